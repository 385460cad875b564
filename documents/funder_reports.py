"""Funder reports: what a cooperation project, or everything a funding
partner pays for, delivered in a period — as a PDF.

The figures are the steering dashboard's (`core.steer`), computed for each
project's partnership and domain, so the report and the dashboard always
agree. The PDF goes through the one rendering module (`documents.render`).
"""

import datetime as dt
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.models import CooperationProject, FundingPartner, ProjectFunding
from core.steer import Filters, Panel, panels
from documents.render import render_pdf

TEMPLATE = "documents/funder_report.html"
LANGUAGES = (("en", _("English")), ("fr", _("French")))


@dataclass(frozen=True)
class ProjectSection:
    project: CooperationProject
    fundings: list[ProjectFunding]
    panels: list[Panel]


def report_projects(
    *, project: CooperationProject | None = None, funder: FundingPartner | None = None
) -> list[CooperationProject]:
    """The project asked for, or every project `funder` contributes to."""
    projects = CooperationProject.objects.select_related(
        "partnership__city_a", "partnership__city_b", "domain"
    ).order_by("start_year", "title")
    if project is not None:
        return list(projects.filter(pk=project.pk))
    return list(projects.filter(fundings__funder=funder).distinct())


def funder_report_context(
    *,
    start: dt.date,
    end: dt.date,
    project: CooperationProject | None = None,
    funder: FundingPartner | None = None,
) -> dict:
    projects = report_projects(project=project, funder=funder)
    fundings: dict[int, list[ProjectFunding]] = {p.pk: [] for p in projects}
    for funding in ProjectFunding.objects.filter(project__in=projects).select_related("funder"):
        fundings[funding.project_id].append(funding)
    sections = [
        ProjectSection(
            project=item,
            fundings=fundings[item.pk],
            panels=panels(
                Filters(start=start, end=end, partnership=item.partnership, domain=item.domain)
            ),
        )
        for item in projects
    ]
    return {
        "title": project.title if project else funder.name,
        "funder": funder,
        "start": start,
        "end": end,
        "sections": sections,
    }


def funder_report_pdf(
    *,
    start: dt.date,
    end: dt.date,
    language: str,
    project: CooperationProject | None = None,
    funder: FundingPartner | None = None,
) -> bytes:
    """The report in `language`; figures are read with that language active,
    so their labels print in it."""
    with translation.override(language):
        context = funder_report_context(start=start, end=end, project=project, funder=funder)
    return render_pdf(TEMPLATE, context, language=language)
