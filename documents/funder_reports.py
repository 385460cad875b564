"""Funder reports: what a cooperation project, or everything a funding
partner pays for, delivered in a period — as a signed PDF, built in the
background and kept.

The figures are the steering dashboard's (`core.steer`), computed for each
project's partnership and domain (and, for a focal point, their city), so
the report and the dashboard always agree. The PDF goes through the one
rendering module (`documents.render`) and is signed like certificates
(`documents.signing`).

A report is kept as asked (`FunderReport`). Its fingerprint is a digest of
its parameters and of the page printed (every figure, label and date): the
same report asked again while the data are unchanged shares the PDF already
stored, so a funder sent the file twice gets the same bytes; a change in
the data gives a new PDF.
"""

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core import audit
from core.models import City, CooperationProject, FundingPartner, ProjectFunding, User
from core.steer import Filters, Panel, panels
from documents.models import FunderReport
from documents.render import render_html
from documents.signing import sign_pdf

logger = logging.getLogger(__name__)

TEMPLATE = "documents/funder_report.html"
LANGUAGES = (("en", _("English")), ("fr", _("French")), ("pt", _("Portuguese (Brazil)")))
#: Share of the progress bar reached once the figures are computed; the
#: render and the signature take the rest.
FIGURES_DONE = 70
RENDERED = 90


class FunderReportError(Exception):
    pass


@dataclass(frozen=True)
class ProjectSection:
    project: CooperationProject
    fundings: list[ProjectFunding]
    panels: list[Panel]


def report_projects(
    *,
    project: CooperationProject | None = None,
    funder: FundingPartner | None = None,
    city: City | None = None,
) -> list[CooperationProject]:
    """The project asked for, or every project `funder` contributes to; with
    `city`, only projects of that city's partnerships."""
    projects = CooperationProject.objects.select_related(
        "partnership__city_a", "partnership__city_b", "domain"
    ).order_by("start_year", "title", "pk")
    if city is not None:
        projects = projects.filter(Q(partnership__city_a=city) | Q(partnership__city_b=city))
    if project is not None:
        return list(projects.filter(pk=project.pk))
    return list(projects.filter(fundings__funder=funder).distinct())


def funder_report_context(
    *,
    start: dt.date,
    end: dt.date,
    project: CooperationProject | None = None,
    funder: FundingPartner | None = None,
    city: City | None = None,
    on_section=None,
) -> dict:
    """What the report prints; `on_section(done, total)` is called after each
    project's figures (the progress of a background build)."""
    projects = report_projects(project=project, funder=funder, city=city)
    fundings: dict[int, list[ProjectFunding]] = {p.pk: [] for p in projects}
    for funding in (
        ProjectFunding.objects.filter(project__in=projects)
        .select_related("funder")
        .order_by("funder__name", "pk")
    ):
        fundings[funding.project_id].append(funding)
    sections = []
    for index, item in enumerate(projects, start=1):
        filters = Filters(
            start=start, end=end, partnership=item.partnership, domain=item.domain, city=city
        )
        sections.append(
            ProjectSection(project=item, fundings=fundings[item.pk], panels=panels(filters))
        )
        if on_section:
            on_section(index, len(projects))
    return {
        "title": project.title if project else funder.name,
        "funder": funder,
        "city": city,
        "start": start,
        "end": end,
        "sections": sections,
    }


def funder_report_html(
    *,
    start: dt.date,
    end: dt.date,
    language: str,
    project: CooperationProject | None = None,
    funder: FundingPartner | None = None,
    city: City | None = None,
    on_section=None,
) -> str:
    """The report's page in `language`; figures are read with that language
    active, so their labels print in it."""
    with translation.override(language):
        context = funder_report_context(
            start=start, end=end, project=project, funder=funder, city=city, on_section=on_section
        )
        return render_to_string(TEMPLATE, context)


def _sign(pdf: bytes) -> bytes:
    return sign_pdf(pdf, reason="Passerelle funder report")


def _fingerprint(report: FunderReport, html: str) -> str:
    params = (
        f"project={report.project_id};funder={report.funder_id};city={report.city_id};"
        f"start={report.start.isoformat()};end={report.end.isoformat()};"
        f"language={report.language}\n"
    )
    return hashlib.sha256((params + html).encode()).hexdigest()


def report_city_for(user: User) -> City | None:
    """Coordinators report on everything; a focal point on their granted city."""
    if user.is_coordinator:
        return None
    if user.focal_point_city_id:
        return City.objects.get(pk=user.focal_point_city_id)
    raise FunderReportError(_("Only coordinators and city focal points produce funder reports."))


@transaction.atomic
def funder_report_request(
    *,
    requested_by: User,
    start: dt.date,
    end: dt.date,
    language: str,
    project: CooperationProject | None = None,
    funder: FundingPartner | None = None,
    request: HttpRequest | None = None,
) -> FunderReport:
    """Record a report asked for (and who asked, in the audit trail) and
    queue its build after the commit.

    A focal point's report counts only their city, and may cover only
    projects of its partnerships."""
    from documents.tasks import build_funder_report  # the task module imports this one

    if (project is None) == (funder is None):
        raise FunderReportError(_("Choose a cooperation project or a funding partner."))
    if end < start:
        raise FunderReportError(_("The period cannot end before it starts."))
    if language not in dict(LANGUAGES):
        raise FunderReportError(_("Choose one of the report languages."))
    city = report_city_for(requested_by)
    if city is not None and not report_projects(project=project, funder=funder, city=city):
        raise FunderReportError(_("This report covers no project of your city's partnerships."))
    report = FunderReport.objects.create(
        project=project,
        funder=funder,
        city=city,
        start=start,
        end=end,
        language=language,
        requested_by=requested_by,
    )
    audit.record(
        audit.Action.FUNDER_REPORT_REQUESTED,
        actor=requested_by,
        target=report_target(report),
        detail=report_detail(report),
        request=request,
    )
    transaction.on_commit(lambda: build_funder_report.enqueue(report.pk))
    return report


def report_target(report: FunderReport) -> str:
    """How the audit trail names a report."""
    return f"funder report {report.pk}"


def report_detail(report: FunderReport) -> str:
    """What the report covers, for the audit trail (names as they are today)."""
    about = f"project {report.project}" if report.project else f"funder {report.funder}"
    lines = [about, f"{report.start.isoformat()} – {report.end.isoformat()}", report.language]
    if report.city is not None:
        lines.append(f"city {report.city}")
    return "\n".join(lines)


def funder_report_build(*, report: FunderReport) -> FunderReport:
    """Build the report: figures, page, then the PDF — or, when a report with
    the same fingerprint is already stored, that PDF. Run again, a finished
    report is left as it is."""
    if report.status == FunderReport.Status.DONE:
        return report
    reports = FunderReport.objects.filter(pk=report.pk)
    reports.update(status=FunderReport.Status.RUNNING, progress=5)

    def on_section(done: int, total: int) -> None:
        reports.update(progress=5 + (FIGURES_DONE - 5) * done // total)

    try:
        html = funder_report_html(
            start=report.start,
            end=report.end,
            language=report.language,
            project=report.project,
            funder=report.funder,
            city=report.city,
            on_section=on_section,
        )
        report.fingerprint = _fingerprint(report, html)
        stored = (
            FunderReport.objects.filter(
                fingerprint=report.fingerprint, status=FunderReport.Status.DONE
            )
            .exclude(pdf="")
            .order_by("pk")
            .first()
        )
        if stored is not None:
            report.pdf.name, report.reused = stored.pdf.name, True
        else:
            reports.update(progress=FIGURES_DONE, fingerprint=report.fingerprint)
            pdf = render_html(html)
            reports.update(progress=RENDERED)
            report.pdf.save("report.pdf", ContentFile(_sign(pdf)), save=False)
    except Exception as exc:
        reports.update(
            status=FunderReport.Status.FAILED, error=str(exc)[:1000], finished_at=timezone.now()
        )
        logger.exception("Funder report %s failed", report.pk)
        raise
    report.status, report.progress, report.error = FunderReport.Status.DONE, 100, ""
    report.finished_at = timezone.now()
    report.save(
        update_fields=[
            "status",
            "progress",
            "error",
            "fingerprint",
            "pdf",
            "reused",
            "finished_at",
        ]
    )
    return report
