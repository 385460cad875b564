"""Two past years of exchange for the steering dashboard: requests that went
through the whole workflow, missions in every direction (Paris → partner,
partner → Paris, partner → partner), reports and evaluations both ways.

Generated from a fixed seed; requests are found by (title, city) and
everything under a request is created only with it, so `load_demo` run
again adds nothing.
"""

import datetime as dt
import random

from django.utils import timezone

from core.models import City, Domain, Partnership, User
from exchange.models import (
    Mission,
    MissionEvaluation,
    MissionReport,
    PartnerRequest,
    RequestTransition,
)
from exchange.workflow import HAPPY_PATH, RequestStatus
from experts.models import ExpertProfile

SEED = "passerelle-steer-history"
YEARS = (2024, 2025)
REQUESTS_PER_YEAR = 8
# (requesting city, partnership, experts' home city): the three directions.
ROUTES = (
    ("phnom-penh", "paris-phnom-penh", "paris"),
    ("rio-de-janeiro", "paris-rio-de-janeiro", "paris"),
    ("paris", "paris-phnom-penh", "phnom-penh"),
    ("paris", "paris-rio-de-janeiro", "rio-de-janeiro"),
    ("phnom-penh", "paris-phnom-penh", "rio-de-janeiro"),
)
DOMAINS = ("traffic-mobility", "water-sanitation", "urban-development", "local-public-services")
OUTCOMES = (
    "Peak-hour signal plans written with the city's engineers for {n} junctions.",
    "A maintenance schedule for the network, and {n} staff trained to keep it.",
    "A public-space charter drafted with {n} district officers.",
    "Service indicators agreed and a first quarterly report produced by {n} staff.",
)


def _at(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(10)))


def load(coordinator: User) -> None:
    domains = {d.slug: d for d in Domain.objects.filter(slug__in=DOMAINS)}
    for year in YEARS:
        for number in range(1, REQUESTS_PER_YEAR + 1):
            rng = random.Random(f"{SEED}-{year}-{number}")  # noqa: S311 — demo data
            # Every route each year; the year's last request is cancelled.
            city_slug, partnership_slug, expert_city = ROUTES[(number - 1) % len(ROUTES)]
            domain = domains.get(rng.choice(DOMAINS)) or next(iter(domains.values()), None)
            start = dt.date(year, rng.randint(1, 11), rng.randint(1, 20))
            days = rng.randint(5, 15)
            cancelled = number == REQUESTS_PER_YEAR
            rating = (rng.randint(3, 5), rng.randint(2, 5), rng.random() < 0.85)
            experts = rng.randint(1, 2)
            if domain is None:
                return
            _request(
                title=f"{domain.name} exchange {year}-{number:02d}",
                city=City.objects.get(slug=city_slug),
                partnership=Partnership.objects.get(slug=partnership_slug),
                domain=domain,
                start=start,
                end=start + dt.timedelta(days=days - 1),
                cancelled=cancelled,
                experts=list(
                    ExpertProfile.objects.filter(home_city__slug=expert_city).order_by("pk")[
                        number % 3 : number % 3 + experts
                    ]
                ),
                rating=rating,
                outcome=rng.choice(OUTCOMES).format(n=rng.randint(6, 25)),
                coordinator=coordinator,
            )


def _request(
    *,
    title,
    city,
    partnership,
    domain,
    start,
    end,
    cancelled,
    experts,
    rating,
    outcome,
    coordinator,
):
    focal = User.objects.filter(focal_point_grant__city=city).order_by("pk").first() or coordinator
    filed = start - dt.timedelta(days=60)
    status = RequestStatus.CANCELLED if cancelled else RequestStatus.EVALUATED
    request, created = PartnerRequest.objects.get_or_create(
        title=title,
        city=city,
        defaults={
            "partnership": partnership,
            "domain": domain,
            "needs": "Two years ago: " + outcome,
            "working_languages": ["en", "fr"],
            "start_date": start,
            "end_date": end,
            "location": city,
            "experts_needed": max(1, len(experts)),
            "status": status,
            "created_by": focal,
        },
    )
    if not created:
        return
    PartnerRequest.objects.filter(pk=request.pk).update(created_at=_at(filed))
    steps = (*HAPPY_PATH[:3], RequestStatus.CANCELLED) if cancelled else HAPPY_PATH
    previous = ""
    for index, step in enumerate(steps):
        transition = RequestTransition.objects.create(
            request=request, from_status=previous, to_status=step, by=coordinator
        )
        RequestTransition.objects.filter(pk=transition.pk).update(
            at=_at(min(filed + dt.timedelta(days=4 * index), end))
        )
        previous = step
    if cancelled or not experts:
        return
    mission = Mission.objects.create(request=request, start_date=start, end_date=end, place=city)
    mission.experts.set(experts)
    MissionReport.objects.create(mission=mission, author=experts[0], text=outcome)
    objectives, knowledge, again = rating
    MissionEvaluation.objects.create(
        mission=mission,
        kind=MissionEvaluation.Kind.PARTNER,
        author=focal,
        objectives_met=objectives,
        knowledge_transferred=knowledge,
        would_work_together_again=again,
    )
    for expert in experts:
        MissionEvaluation.objects.create(
            mission=mission,
            kind=MissionEvaluation.Kind.EXPERT,
            author=expert.user,
            objectives_met=4,
            knowledge_transferred=min(5, knowledge + 1),
            would_work_together_again=True,
        )
