"""Training's figures for the dashboard and funder reports (`core.steer`).

An enrolment counts in the period when its training is held in it: the
session's start, or the enrolment's date for self-paced learning. It counts
for a city and a partnership by the learner's city, for a direction by the
session trainer's city → the learner's. Every number is aggregated in the
database, in a fixed number of queries whatever the data.
"""

from collections.abc import Callable

from django.db.models import Count, Exists, F, IntegerField, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce, TruncMonth
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.models import City, Domain, Partnership
from core.steer import Chart, Column, Figure, Filters, Panel, SteerList, direction_expression, rate
from training.models import AssessmentAttempt, Attendance, Certificate, Enrolment, Session

ENROLMENT_STATES = ("completed", "certified", "waiting", "booked")
# "Enrolled" means holding a place (not waiting, not withdrawn).
ENROLLED = Count("pk", filter=Q(status=Enrolment.Status.ACTIVE))
COMPLETED = Count("pk", filter=Q(completed_at__isnull=False))


def _certified():
    return Exists(
        Certificate.objects.valid().filter(
            holder=OuterRef("user"), module__translation_key=OuterRef("module__translation_key")
        )
    )


def _attempted(*, passed: bool | None = None):
    attempts = AssessmentAttempt.objects.filter(
        user=OuterRef("user"), module__translation_key=OuterRef("module__translation_key")
    )
    if passed is not None:
        attempts = attempts.filter(passed=passed)
    return Exists(attempts)


def enrolments_for(filters: Filters):
    """The enrolments (withdrawn ones included) the filters select."""
    enrolments = Enrolment.objects.annotate(
        held_at=Coalesce("session__starts_at", "created_at")
    ).filter(filters.period("held_at", of_datetime=True))
    if filters.city:
        enrolments = enrolments.filter(user__city=filters.city)
    if filters.partnership:
        enrolments = enrolments.filter(
            user__city__in=[filters.partnership.city_a_id, filters.partnership.city_b_id]
        )
    if filters.domain:
        enrolments = enrolments.filter(module__domain=filters.domain)
    if filters.direction:
        # Only then: the trainer's and the learner's cities are joined for it.
        enrolments = enrolments.annotate(
            direction=direction_expression("session__trainer__city__slug", "user__city__slug")
        ).filter(direction=filters.direction)
    return enrolments


def enrolments_in_state(filters: Filters, state: str = ""):
    enrolments = enrolments_for(filters)
    if state == "completed":
        return enrolments.completed()
    if state == "certified":
        return enrolments.filter(_certified())
    if state == "waiting":
        return enrolments.filter(status=Enrolment.Status.WAITING)
    if state == "booked":
        return enrolments.filter(status=Enrolment.Status.ACTIVE, session__isnull=False)
    return enrolments.filter(status=Enrolment.Status.ACTIVE)


def sessions_for(filters: Filters):
    """Sessions held in the period (not cancelled); with a city, partnership or
    direction, those where one of the selected learners was enrolled."""
    sessions = Session.objects.exclude(status=Session.Status.CANCELLED).filter(
        filters.period("starts_at", of_datetime=True)
    )
    if filters.domain:
        sessions = sessions.filter(module__domain=filters.domain)
    if filters.city or filters.partnership or filters.direction:
        sessions = sessions.filter(
            Exists(enrolments_for(filters).current().filter(session=OuterRef("pk")))
        )
    return sessions


def certificates_for(filters: Filters):
    """Valid certificates of the selected enrolments: the register behind "certified"."""
    return Certificate.objects.valid().filter(
        Exists(
            enrolments_for(filters).filter(
                user=OuterRef("holder"), module__translation_key=OuterRef("module__translation_key")
            )
        )
    )


# Every count and sum the panel shows, for any group of enrolments.
TOTALS = {
    "enrolled": ENROLLED,
    "waiting": Count("pk", filter=Q(status=Enrolment.Status.WAITING)),
    "booked": Count("pk", filter=Q(status=Enrolment.Status.ACTIVE, session__isnull=False)),
    "completed": COMPLETED,
    # With thousands of certificates or attempts, PostgreSQL reads each table
    # once into a hash of (learner, translation key) and probes it per enrolment.
    "certified": Count("pk", filter=Q(_certified())),
    "attempted": Count("pk", filter=Q(_attempted())),
    "passed": Count("pk", filter=Q(_attempted(passed=True))),
    "hours": Coalesce(Sum("module__duration_hours", filter=Q(completed_at__isnull=False)), 0),
}
# What the breakdowns group by: ids only (their names are read once, after:
# sorting thousands of rows by names in the database's collation is slow).
GROUPS = ("user__city", "module__domain", "month")


def grouped_totals(filters: Filters) -> list[dict]:
    """The selected enrolments' `TOTALS` per city, domain and month, in one
    query (at most cities × domains × months rows, whatever the enrolments):
    the headline figures and the three breakdowns are sums of these rows."""
    return list(
        enrolments_for(filters)
        .current()
        .annotate(month=TruncMonth("held_at"))
        .values(*GROUPS)
        .annotate(**TOTALS)
        .order_by()
    )


def _sum(rows: list[dict], by: tuple[str, ...] = ()) -> dict:
    """`rows` added up (all of them, or per value of the `by` keys)."""
    sums: dict = {}
    for row in rows:
        group = tuple(row[key] for key in by)
        total = sums.setdefault(group, dict.fromkeys(TOTALS, 0))
        for name in TOTALS:
            total[name] += row[name]
    return sums if by else sums.get((), dict.fromkeys(TOTALS, 0))


def panel(filters: Filters) -> Panel:
    rows = grouped_totals(filters)
    totals = _sum(rows)
    sessions = sessions_for(filters).aggregate(run=Count("pk"), seats=Coalesce(Sum("capacity"), 0))
    figures = (
        Figure(_("Learners enrolled"), totals["enrolled"], "enrolments"),
        Figure(
            _("Learners who completed"), totals["completed"], "enrolments", {"state": "completed"}
        ),
        Figure(_("Learners certified"), totals["certified"], "enrolments", {"state": "certified"}),
        Figure(
            _("Training hours delivered"), totals["hours"], "enrolments", {"state": "completed"}
        ),
        Figure(
            _("Completion rate"),
            rate(totals["completed"], totals["enrolled"]),
            "enrolments",
            {"state": "completed"},
            unit="%",
        ),
        Figure(_("Assessment pass rate"), rate(totals["passed"], totals["attempted"]), unit="%"),
        Figure(_("Sessions run"), sessions["run"], "sessions"),
        Figure(_("Seats filled"), totals["booked"], "enrolments", {"state": "booked"}),
        Figure(_("Seats filled, share"), rate(totals["booked"], sessions["seats"]), unit="%"),
        Figure(_("On waiting lists"), totals["waiting"], "enrolments", {"state": "waiting"}),
        Figure(_("Certificates issued"), certificates_for(filters).count(), "certificates"),
    )
    return Panel(
        _("Training"),
        figures,
        charts=(
            _breakdown(rows, "user__city", _city_names, _("Learners by city"), "city"),
            _breakdown(rows, "module__domain", _domain_names, _("Learners by domain"), "domain"),
            _by_month(rows),
        ),
    )


def _city_names(ids: set[int]) -> dict[int, str]:
    return dict(City.objects.filter(pk__in=ids).values_list("pk", "name"))


def _domain_names(ids: set[int]) -> dict[int, str]:
    return {domain.pk: domain.label for domain in Domain.objects.filter(pk__in=ids)}


def _breakdown(
    rows: list[dict], key: str, names: Callable[[set[int]], dict], title: str, param: str
) -> Chart:
    sums = _sum([row for row in rows if row[key] is not None], by=(key,))
    labels = names({pk for (pk,) in sums}) if sums else {}
    return Chart(
        title,
        (_("Enrolled"), _("Completed")),
        tuple(
            (labels[pk], (total["enrolled"], total["completed"]), {param: pk})
            for (pk,), total in sorted(sums.items(), key=lambda item: labels[item[0][0]].casefold())
        ),
        list_key="enrolments",
    )


def _by_month(rows: list[dict]) -> Chart:
    sums = _sum(rows, by=("month",))
    return Chart(
        _("Learners by month"),
        (_("Enrolled"), _("Completed")),
        tuple(
            (f"{month:%Y-%m}", (total["enrolled"], total["completed"]), {})
            for (month,), total in sorted(sums.items())
        ),
    )


def _days(*, present: bool):
    """Days marked present (or absent), as a subquery: a join and GROUP BY over
    the list's many selected columns is far slower on large lists."""
    days = (
        Attendance.objects.filter(enrolment=OuterRef("pk"), present=present)
        .order_by()
        .values("enrolment")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(days, output_field=IntegerField()), 0)


def _enrolment_rows(filters: Filters, params: dict):
    state = params.get("state", "")
    return (
        enrolments_in_state(filters, state if state in ENROLMENT_STATES else "")
        .select_related("user", "user__city", "user__organisation", "session")
        # The title only: loading whole module pages (StreamFields) costs ~2 ms a row.
        .annotate(module_title=F("module__title"))
        .annotate(days_present=_days(present=True), days_absent=_days(present=False))
        .order_by("-held_at", "pk")
    )


ENROLMENTS = SteerList(
    key="enrolments",
    title=_("Enrolments and attendance"),
    rows=_enrolment_rows,
    params=("state",),
    columns=(
        Column(_("Learner"), lambda e: e.user.get_full_name() or e.user.email),
        Column(_("E-mail"), lambda e: e.user.email),
        Column(_("City"), lambda e: e.user.city.name if e.user.city else ""),
        Column(
            _("Organisation"), lambda e: e.user.organisation.name if e.user.organisation else ""
        ),
        Column(_("Module"), lambda e: e.module_title),
        Column(_("Session"), lambda e: e.session.local_start.date() if e.session else ""),
        Column(_("Status"), lambda e: e.get_status_display()),
        Column(_("Enrolled at"), lambda e: e.created_at.date()),
        Column(_("Completed at"), lambda e: e.completed_at.date() if e.completed_at else ""),
        Column(_("Days present"), lambda e: e.days_present),
        Column(_("Days absent"), lambda e: e.days_absent),
    ),
)

SESSIONS = SteerList(
    key="sessions",
    title=_("Sessions"),
    rows=lambda filters, params: (
        sessions_for(filters)
        .with_counts()
        .select_related("trainer")
        .annotate(module_title=F("module__title"))
        .order_by("-starts_at", "pk")
    ),
    columns=(
        Column(_("Module"), lambda s: s.module_title),
        Column(_("Starts"), lambda s: s.local_start.date()),
        Column(_("Ends"), lambda s: s.local_end.date()),
        Column(_("Place"), lambda s: s.place or _("Online")),
        Column(_("Language"), lambda s: s.language),
        Column(_("Trainer"), lambda s: s.trainer.get_full_name() if s.trainer else ""),
        Column(_("Capacity"), lambda s: s.capacity),
        Column(_("Booked"), lambda s: s.booked_count),
        Column(_("Waiting"), lambda s: s.waiting_count),
        Column(_("Status"), lambda s: s.get_status_display()),
    ),
    row_url=lambda s: reverse("training:session_detail", kwargs={"session_id": s.pk}),
)

CERTIFICATES = SteerList(
    key="certificates",
    title=_("Certificate register"),
    rows=lambda filters, params: certificates_for(filters).order_by("-issued_on", "-pk"),
    columns=(
        Column(_("Number"), lambda c: c.number),
        Column(_("Holder"), lambda c: c.holder_name),
        Column(_("Module"), lambda c: c.module_title),
        Column(_("Hours"), lambda c: c.hours),
        Column(_("Issued on"), lambda c: c.issued_on),
        Column(_("Issued by"), lambda c: c.issuer_name),
        Column(_("Language"), lambda c: c.language),
    ),
)


def partnership_learners_trained(partnership_id: int) -> tuple[int]:
    """For a partnership's public page: people from either of its cities who
    completed a module (ever), in one query."""
    cities = Partnership.objects.filter(pk=partnership_id)
    learners = Enrolment.objects.filter(
        Q(user__city__in=cities.values("city_a")) | Q(user__city__in=cities.values("city_b")),
        completed_at__isnull=False,
    ).aggregate(n=Count("user", distinct=True))
    return (learners["n"],)
