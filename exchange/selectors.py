"""Reads that feed the matching module: database rows -> plain data."""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from exchange.models import ExpertProposal, Mission, MissionEvaluation, PartnerRequest
from exchange.workflow import RequestStatus
from experts.matching import (
    Assignment,
    ExpertData,
    ExpertPool,
    RequestData,
    batch_assign,
    inputs_fingerprint,
)
from experts.models import ExpertProfile

BUSY_STATUSES = (RequestStatus.CONFIRMED, RequestStatus.IN_PROGRESS)
ACTIVE_PROPOSALS = (ExpertProposal.Status.PROPOSED, ExpertProposal.Status.ACCEPTED)


def expert_ratings() -> dict[int, list[float]]:
    """Partner ratings of past missions, per expert profile id."""
    ratings: dict[int, list[float]] = defaultdict(list)
    evaluations = MissionEvaluation.objects.filter(
        kind=MissionEvaluation.Kind.PARTNER
    ).prefetch_related("mission__experts")
    for evaluation in evaluations:
        for expert in evaluation.mission.experts.all():
            ratings[expert.pk].append(evaluation.rating)
    return ratings


def expert_loads() -> dict[int, int]:
    """Missions confirmed or in progress, per expert profile id."""
    through = Mission.experts.through
    rows = (
        through.objects.filter(mission__request__status__in=BUSY_STATUSES)
        .values("expertprofile_id")
        .annotate(n=Count("mission_id"))
    )
    return {row["expertprofile_id"]: row["n"] for row in rows}


def expert_days_used(year: int) -> dict[int, int]:
    """Mission days already committed in `year`, per expert profile id."""
    used: dict[int, int] = defaultdict(int)
    missions = (
        Mission.objects.filter(start_date__year=year)
        .exclude(request__status=RequestStatus.CANCELLED)
        .prefetch_related("experts")
    )
    for mission in missions:
        days = (mission.end_date - mission.start_date).days + 1
        for expert in mission.experts.all():
            used[expert.pk] += days
    return used


def expert_data(profile: ExpertProfile, ratings=None, loads=None, days_used=None) -> ExpertData:
    ratings = ratings if ratings is not None else expert_ratings()
    loads = loads if loads is not None else expert_loads()
    days_used = days_used if days_used is not None else expert_days_used(timezone.localdate().year)
    return ExpertData(
        id=profile.pk,
        name=str(profile.user),
        skills={s.skill_id: s.level for s in profile.skills.all()},
        languages={lang.language: lang.level for lang in profile.languages.all()},
        availability=[(a.start, a.end) for a in profile.availabilities.all()],
        domains=frozenset(d.pk for d in profile.domains.all()),
        years=profile.years_of_experience,
        ratings=tuple(ratings.get(profile.pk, ())),
        load=loads.get(profile.pk, 0),
        capacity=profile.max_concurrent_missions,
        days_left=max(profile.mission_days_per_year - days_used.get(profile.pk, 0), 0),
    )


def build_pool(profiles=None) -> ExpertPool:
    profiles = profiles if profiles is not None else ExpertProfile.objects.all()
    ratings, loads = expert_ratings(), expert_loads()
    days_used = expert_days_used(timezone.localdate().year)
    return ExpertPool(
        [expert_data(p, ratings, loads, days_used) for p in profiles.for_matching().order_by("pk")]
    )


def request_data(request: PartnerRequest, *, needed: int | None = None) -> RequestData:
    skills = list(request.skills.all())
    return RequestData(
        id=request.pk,
        title=request.title,
        domain=request.domain_id,
        start=request.start_date,
        end=request.end_date,
        required={s.skill_id: s.min_level for s in skills if s.required},
        nice={s.skill_id: s.min_level for s in skills if not s.required},
        languages=frozenset(request.working_languages),
        interpretation=request.interpretation_available,
        needed=request.experts_needed if needed is None else needed,
        skill_names={s.skill_id: s.skill.label for s in skills},
        min_availability=request.required_availability_share,
    )


def open_requests_data() -> list[RequestData]:
    """Open requests, each with the number of experts still to find."""
    active = Q(proposals__status__in=ACTIVE_PROPOSALS)
    requests = (
        PartnerRequest.objects.open_for_matching()
        .for_matching()
        .annotate(taken=Count("proposals", filter=active))
        .order_by("pk")
    )
    return [request_data(r, needed=max(r.experts_needed - r.taken, 0)) for r in requests]


def proposed_pairs(request_ids) -> set[tuple[int, int]]:
    """(request, expert) pairs already proposed, accepted or declined."""
    return set(
        ExpertProposal.objects.filter(request_id__in=request_ids)
        .exclude(status=ExpertProposal.Status.VOLUNTEERED)
        .values_list("request_id", "expert_id")
    )


@dataclass(frozen=True)
class BatchInputs:
    """Everything the batch assignment reads, as plain data."""

    requests: list[RequestData]  # open requests still short of experts
    pool: ExpertPool
    exclude: frozenset[tuple[int, int]]  # pairs already proposed, accepted or declined

    @property
    def fingerprint(self) -> str:
        return inputs_fingerprint(self.pool.experts, self.requests, self.exclude)

    def assign(self) -> Assignment:
        return batch_assign(self.pool, self.requests, exclude=self.exclude)


def batch_inputs() -> BatchInputs:
    requests = [r for r in open_requests_data() if r.needed > 0]
    return BatchInputs(
        requests=requests,
        pool=build_pool(),
        exclude=frozenset(proposed_pairs([r.id for r in requests])),
    )
