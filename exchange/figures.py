"""The exchange's figures for the dashboard and funder reports (`core.steer`).

A request counts in the period when it was filed, a mission when it
starts. Both count for the requesting city and its partnership. A
mission's direction is each expert's: from their home city to the
requesting city, so a mission with a Paris expert and a Rio expert in
Phnom Penh counts once each way; expert-days follow the same split.
"""

import statistics

from django.db.models import (
    Avg,
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    Min,
    OuterRef,
    Q,
    Sum,
)
from django.utils.translation import gettext_lazy as _

from core.steer import (
    Chart,
    Column,
    Direction,
    Figure,
    Filters,
    Panel,
    SteerList,
    direction_expression,
)
from exchange.models import (
    Mission,
    MissionEvaluation,
    MissionReport,
    PartnerRequest,
    RequestStatus,
    RequestTransition,
)
from experts.models import ExpertProfile

Assignment = Mission.experts.through
# An assignment's days minus one (summed, then one added per assignment).
SPAN = Sum(
    ExpressionWrapper(
        F("mission__end_date") - F("mission__start_date"), output_field=DurationField()
    )
)
# How many outcomes (mission report excerpts) a funder report quotes, and how long.
OUTCOMES = 6
OUTCOME_CHARS = 500


def assignments_for(filters: Filters):
    """(mission, expert) pairs of the selected missions, each with its direction."""
    assignments = Assignment.objects.annotate(
        direction=direction_expression(
            "expertprofile__home_city__slug", "mission__request__city__slug"
        ),
    ).filter(mission__in=_missions(filters))
    if filters.direction:
        assignments = assignments.filter(direction=filters.direction)
    return assignments


def _missions(filters: Filters):
    missions = Mission.objects.filter(filters.period("start_date"))
    if filters.city:
        missions = missions.filter(request__city=filters.city)
    if filters.partnership:
        missions = missions.filter(request__partnership=filters.partnership)
    if filters.domain:
        missions = missions.filter(request__domain=filters.domain)
    return missions


def missions_for(filters: Filters):
    """The selected missions; with a direction, those with an expert going that way."""
    missions = _missions(filters)
    if filters.direction:
        missions = missions.filter(Exists(assignments_for(filters).filter(mission=OuterRef("pk"))))
    return missions


def requests_for(filters: Filters):
    requests = PartnerRequest.objects.exclude(status=RequestStatus.DRAFT).filter(
        filters.period("created_at", of_datetime=True)
    )
    if filters.city:
        requests = requests.filter(city=filters.city)
    if filters.partnership:
        requests = requests.filter(partnership=filters.partnership)
    if filters.domain:
        requests = requests.filter(domain=filters.domain)
    if filters.direction:
        requests = requests.filter(mission__in=missions_for(filters))
    return requests


def evaluations_for(filters: Filters):
    return MissionEvaluation.objects.filter(mission__in=missions_for(filters))


def expert_days(span_total, assignments: int) -> int:
    """Days of all assignments: each spans (end − start) + 1 days."""
    return (span_total.days if span_total else 0) + assignments


def _median_days_to_confirmation(requests) -> float | None:
    """Median days from a request's submission to its confirmed mission: one
    query reads each confirmed request's two dates; the median is taken here
    (SQLite has no median aggregate)."""
    transitions = RequestTransition.objects.filter(request=OuterRef("pk"))
    pairs = (
        requests.annotate(
            submitted=Min(
                "transitions__at", filter=Q(transitions__to_status=RequestStatus.SUBMITTED)
            ),
            confirmed=Min(
                "transitions__at", filter=Q(transitions__to_status=RequestStatus.CONFIRMED)
            ),
        )
        .filter(Exists(transitions.filter(to_status=RequestStatus.CONFIRMED)))
        .values_list("submitted", "confirmed")
    )
    days = [
        (confirmed - submitted).total_seconds() / 86400
        for submitted, confirmed in pairs
        if submitted and confirmed
    ]
    return round(statistics.median(days), 1) if days else None


def panel(filters: Filters) -> Panel:
    requests = requests_for(filters)
    by_status = dict(
        requests.order_by().values("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    assignments = assignments_for(filters)
    totals = assignments.aggregate(
        missions=Count("mission", distinct=True),
        experts=Count("expertprofile", distinct=True),
        pairs=Count("pk"),
        span=SPAN,
    )
    by_direction = {
        row["direction"]: row
        for row in assignments.order_by()
        .values("direction")
        .annotate(missions=Count("mission", distinct=True), pairs=Count("pk"), span=SPAN)
    }
    by_partnership = (
        assignments.order_by()
        .values("mission__request__partnership", "mission__request__partnership__slug")
        .annotate(missions=Count("mission", distinct=True), pairs=Count("pk"), span=SPAN)
        .order_by("mission__request__partnership__slug")
    )
    scores = evaluations_for(filters).aggregate(
        **{
            f"{kind}_{name}": Avg(field, filter=Q(kind=kind))
            for kind in MissionEvaluation.Kind.values
            for name, field in (
                ("objectives", "objectives_met"),
                ("knowledge", "knowledge_transferred"),
            )
        },
        **{
            f"{kind}_count": Count("pk", filter=Q(kind=kind))
            for kind in MissionEvaluation.Kind.values
        },
    )
    outcomes = tuple(
        text[:OUTCOME_CHARS]
        for text in MissionReport.objects.filter(mission__in=missions_for(filters))
        .order_by("-submitted_at")
        .values_list("text", flat=True)[:OUTCOMES]
    )

    def score(kind: str, name: str) -> float | None:
        value = scores[f"{kind}_{name}"]
        return round(value, 2) if value is not None else None

    partner, expert = MissionEvaluation.Kind.PARTNER, MissionEvaluation.Kind.EXPERT
    figures = (
        Figure(_("Requests filed"), sum(by_status.values()), "requests"),
        Figure(
            _("Median days from submission to confirmed mission"),
            _median_days_to_confirmation(requests),
            "requests",
            {"status": RequestStatus.CONFIRMED},
        ),
        Figure(_("Missions"), totals["missions"], "missions"),
        Figure(_("Expert-days"), expert_days(totals["span"], totals["pairs"]), "missions"),
        Figure(_("Experts on missions"), totals["experts"], "experts"),
        Figure(
            _("Partners' rating: objectives met (1–5)"),
            score(partner, "objectives"),
            "evaluations",
            {"kind": partner},
        ),
        Figure(
            _("Partners' rating: knowledge transferred (1–5)"),
            score(partner, "knowledge"),
            "evaluations",
            {"kind": partner},
        ),
        Figure(
            _("Experts' rating: objectives met (1–5)"),
            score(expert, "objectives"),
            "evaluations",
            {"kind": expert},
        ),
        Figure(
            _("Experts' rating: knowledge transferred (1–5)"),
            score(expert, "knowledge"),
            "evaluations",
            {"kind": expert},
        ),
    )
    charts = (
        Chart(
            _("Requests by status"),
            (_("Requests"),),
            tuple(
                (str(label), (by_status[status],), {"status": status})
                for status, label in RequestStatus.choices
                if by_status.get(status)
            ),
            list_key="requests",
        ),
        Chart(
            _("Missions and expert-days by direction"),
            (_("Missions"), _("Expert-days")),
            tuple(
                (
                    str(label),
                    (row["missions"], expert_days(row["span"], row["pairs"])),
                    {"direction": direction},
                )
                for direction, label in Direction.choices
                if (row := by_direction.get(direction))
            ),
            list_key="missions",
        ),
        Chart(
            _("Missions and expert-days by partnership"),
            (_("Missions"), _("Expert-days")),
            tuple(
                (
                    row["mission__request__partnership__slug"],
                    (row["missions"], expert_days(row["span"], row["pairs"])),
                    {"partnership": row["mission__request__partnership"]},
                )
                for row in by_partnership
            ),
            list_key="missions",
        ),
    )
    return Panel(_("Exchange of expertise"), figures, charts=charts, outcomes=outcomes)


def _request_rows(filters: Filters, params: dict):
    requests = requests_for(filters).select_related("city", "partnership", "domain")
    if params.get("status") in RequestStatus.values:
        requests = requests.filter(status=params["status"])
    return requests.order_by("-created_at", "pk")


REQUESTS = SteerList(
    key="requests",
    title=_("Partner requests"),
    rows=_request_rows,
    params=("status",),
    columns=(
        Column(_("Title"), lambda r: r.title),
        Column(_("Requesting city"), lambda r: r.city.name),
        Column(_("Partnership"), lambda r: str(r.partnership)),
        Column(_("Domain"), lambda r: str(r.domain)),
        Column(_("Status"), lambda r: r.get_status_display()),
        Column(_("From"), lambda r: r.start_date),
        Column(_("Until"), lambda r: r.end_date),
        Column(_("Experts needed"), lambda r: r.experts_needed),
        Column(_("Filed"), lambda r: r.created_at.date()),
    ),
    row_url=lambda r: r.get_absolute_url(),
)

MISSIONS = SteerList(
    key="missions",
    title=_("Missions"),
    rows=lambda filters, params: (
        missions_for(filters)
        .select_related("request__city", "request__partnership", "request__domain", "place")
        .annotate(expert_count=Count("experts", distinct=True))
        .order_by("-start_date", "pk")
    ),
    columns=(
        Column(_("Mission"), lambda m: m.request.title),
        Column(_("Requesting city"), lambda m: m.request.city.name),
        Column(_("Partnership"), lambda m: str(m.request.partnership)),
        Column(_("Domain"), lambda m: str(m.request.domain)),
        Column(_("From"), lambda m: m.start_date),
        Column(_("Until"), lambda m: m.end_date),
        Column(_("Place"), lambda m: m.place.name if m.place else _("Remote")),
        Column(_("Experts"), lambda m: m.expert_count),
        Column(_("Expert-days"), lambda m: m.expert_count * ((m.end_date - m.start_date).days + 1)),
        Column(_("Status"), lambda m: m.request.get_status_display()),
    ),
    row_url=lambda m: m.get_absolute_url(),
)


def _evaluation_rows(filters: Filters, params: dict):
    evaluations = evaluations_for(filters).select_related("mission__request__city", "author")
    if params.get("kind") in MissionEvaluation.Kind.values:
        evaluations = evaluations.filter(kind=params["kind"])
    return evaluations.order_by("-created_at", "pk")


EVALUATIONS = SteerList(
    key="evaluations",
    title=_("Evaluations"),
    rows=_evaluation_rows,
    params=("kind",),
    columns=(
        Column(_("Mission"), lambda e: e.mission.request.title),
        Column(_("Requesting city"), lambda e: e.mission.request.city.name),
        Column(_("Who rates"), lambda e: e.get_kind_display()),
        Column(_("Author"), lambda e: e.author.get_full_name() or e.author.email),
        Column(_("Objectives met"), lambda e: e.objectives_met),
        Column(_("Knowledge transferred"), lambda e: e.knowledge_transferred),
        Column(
            _("Would work together again"),
            lambda e: _("yes") if e.would_work_together_again else _("no"),
        ),
        Column(_("Comment"), lambda e: e.comment),
        Column(_("Date"), lambda e: e.created_at.date()),
    ),
)


def _expert_rows(filters: Filters, params: dict):
    """Experts who went on the selected missions, with their count and days."""
    mine = assignments_for(filters).filter(expertprofile=OuterRef("pk"))
    return (
        ExpertProfile.objects.filter(Exists(mine))
        .select_related("user", "home_city", "organisation")
        .annotate(
            mission_count=Count(
                "missions", filter=Q(missions__in=missions_for(filters)), distinct=True
            )
        )
        .order_by("user__last_name", "user__first_name", "pk")
    )


EXPERTS = SteerList(
    key="experts",
    title=_("Experts on missions"),
    rows=_expert_rows,
    columns=(
        Column(_("Expert"), lambda p: p.user.get_full_name() or p.user.email),
        Column(_("E-mail"), lambda p: p.user.email),
        Column(_("Home city"), lambda p: p.home_city.name),
        Column(_("Organisation"), lambda p: p.organisation.name if p.organisation else ""),
        Column(_("Missions"), lambda p: p.mission_count),
    ),
    row_url=lambda p: p.get_absolute_url(),
)


def partnership_missions(partnership_id: int) -> tuple[int, int]:
    """For a partnership's public page: its missions (those asked for within
    it, with experts) and their expert-days, ever, in one query."""
    totals = Assignment.objects.filter(mission__request__partnership=partnership_id).aggregate(
        missions=Count("mission", distinct=True), pairs=Count("pk"), span=SPAN
    )
    return totals["missions"], expert_days(totals["span"], totals["pairs"])
