"""Demo partner requests in every state of the workflow, with their
proposals, missions, reports and evaluations.

Experts are chosen by the matching module itself, so the demo shows what
a coordinator would see. Idempotent: requests are found by (title, city);
an existing request is left as it is, with its history.
"""

import datetime

from django.contrib.auth.hashers import make_password
from django.db import transaction

from core.demo import DEMO_PASSWORD
from core.models import City, Domain, FundingPartner, Organisation, Partnership, User
from core.roles import Role
from exchange.models import (
    ExpertProposal,
    Mission,
    MissionEvaluation,
    MissionReport,
    PartnerRequest,
    RequestSkill,
    RequestTransition,
)
from exchange.workflow import HAPPY_PATH as PATH
from exchange.workflow import RequestStatus
from experts.models import ExpertProfile, Skill

S = RequestStatus
BY_FOCAL_POINT = {S.DRAFT, S.SUBMITTED, S.IN_PROGRESS, S.COMPLETED, S.EVALUATED}

FOCAL_POINTS = [
    ("focalpoint.phnompenh@passerelle.demo", "Vannak", "Sok", "phnom-penh", "Phnom Penh City Hall"),
    (
        "focalpoint.paris@passerelle.demo",
        "Julie",
        "Marchand",
        "paris",
        "City of Paris — International Relations",
    ),
]

REQUESTS = [
    {
        "title": "Traffic signal timing on Monivong Boulevard",
        "city": "phnom-penh",
        "partnership": "paris-phnom-penh",
        "domain": "traffic-mobility",
        "needs": "Our engineers run the new signal controllers with fixed plans; we want to learn adaptive timing and peak-hour plans.",
        "skills": [("traffic-signal-timing", True, 3), ("traffic-modelling", False, 2)],
        "languages": ["en", "fr"],
        "start": datetime.date(2027, 2, 1),
        "end": datetime.date(2027, 2, 12),
        "location": "phnom-penh",
        "needed": 2,
        "trainees": 15,
        "funders": ["French Ministry for Foreign Affairs"],
        "status": S.EVALUATED,
        "report": "Two weeks with the signals team: 15 engineers trained, peak-hour plans for 12 junctions written together.",
        "ratings": (5, 4, True),
    },
    {
        "title": "Restoring heritage façades in São Cristóvão",
        "city": "rio-de-janeiro",
        "partnership": "paris-rio-de-janeiro",
        "domain": "urban-development",
        "needs": "A renovation programme for 40 façades needs a method for diagnosis and for works specifications.",
        "skills": [("heritage-restoration", True, 3), ("urban-planning-regulation", True, 2)],
        "languages": ["pt", "fr"],
        "interpretation": True,
        "start": datetime.date(2027, 3, 8),
        "end": datetime.date(2027, 3, 19),
        "location": "rio-de-janeiro",
        "needed": 1,
        "trainees": 10,
        "funders": ["CAIXA — Federal economic bank", "Brazilian Ministry for Cities"],
        "status": S.COMPLETED,
        "report": "Diagnosis grid adapted with the municipal architects; three pilot façades specified.",
    },
    {
        "title": "Leak detection for the Phnom Penh water network",
        "city": "phnom-penh",
        "partnership": "paris-phnom-penh",
        "domain": "water-sanitation",
        "needs": "Night-flow analysis and acoustic leak detection for two pilot districts.",
        "skills": [("leak-detection", True, 2), ("non-revenue-water", False, 2)],
        "languages": ["en", "km"],
        "start": datetime.date(2027, 4, 5),
        "end": datetime.date(2027, 4, 23),
        "location": "phnom-penh",
        "needed": 1,
        "trainees": 8,
        "funders": ["European Union"],
        "status": S.IN_PROGRESS,
    },
    {
        "title": "Flood drainage planning for the North Zone",
        "city": "rio-de-janeiro",
        "partnership": "paris-rio-de-janeiro",
        "domain": "water-sanitation",
        "needs": "Heavy rains flood the North Zone every summer; we need a drainage master plan method.",
        "skills": [("drainage-planning", True, 2), ("water-quality", False, 2)],
        "languages": ["pt", "en"],
        "start": datetime.date(2027, 5, 3),
        "end": datetime.date(2027, 5, 21),
        "location": "rio-de-janeiro",
        "needed": 2,
        "trainees": 12,
        "funders": [],
        "status": S.EXPERTS_PROPOSED,
    },
    {
        "title": "Designing the riverside public space",
        "city": "phnom-penh",
        "partnership": "paris-phnom-penh",
        "domain": "public-spaces",
        "needs": "The riverside promenade is being extended; we want help with design, lighting and maintenance.",
        "skills": [
            ("public-space-design", True, 2),
            ("urban-lighting", True, 2),
            ("parks-maintenance", False, 1),
        ],
        "languages": ["en", "fr", "km"],
        "start": datetime.date(2027, 6, 7),
        "end": datetime.date(2027, 6, 25),
        "location": "phnom-penh",
        "needed": 2,
        "trainees": 20,
        "funders": ["French Ministry for Foreign Affairs"],
        "status": S.MATCHING,
    },
    {
        "title": "Reducing non-revenue water: learning from Phnom Penh",
        "city": "paris",
        "partnership": "paris-phnom-penh",
        "domain": "water-sanitation",
        "needs": "Phnom Penh's water authority cut its losses dramatically; Paris wants to hear how, remotely.",
        "skills": [("non-revenue-water", True, 3)],
        "languages": ["fr", "en"],
        "start": datetime.date(2027, 9, 6),
        "end": datetime.date(2027, 9, 10),
        "location": None,
        "needed": 1,
        "trainees": 6,
        "funders": [],
        "status": S.SUBMITTED,
    },
    {
        "title": "Bus rapid transit operations",
        "city": "rio-de-janeiro",
        "partnership": "paris-rio-de-janeiro",
        "domain": "traffic-mobility",
        "needs": "Draft: operating rules for a new BRT line.",
        "skills": [("public-transport-operations", True, 3)],
        "languages": ["pt", "en"],
        "start": datetime.date(2027, 10, 4),
        "end": datetime.date(2027, 10, 15),
        "location": "rio-de-janeiro",
        "needed": 1,
        "trainees": 10,
        "funders": [],
        "status": S.DRAFT,
    },
    {
        "title": "Parking enforcement pilot",
        "city": "phnom-penh",
        "partnership": "paris-phnom-penh",
        "domain": "traffic-mobility",
        "needs": "Pilot on-street paid parking in Daun Penh.",
        "skills": [("parking-policy", True, 2)],
        "languages": ["en"],
        "start": datetime.date(2027, 3, 1),
        "end": datetime.date(2027, 3, 5),
        "location": "phnom-penh",
        "needed": 1,
        "trainees": 5,
        "funders": [],
        "status": S.CANCELLED,
    },
]


def load_focal_points() -> None:
    from experts.demo import demo_user

    password = make_password(DEMO_PASSWORD)
    for email, first, last, city_slug, organisation in FOCAL_POINTS:
        demo_user(
            email=email,
            first=first,
            last=last,
            organisation=Organisation.objects.get(city__slug=city_slug, name=organisation),
            roles=(Role.OFFICIAL, Role.FOCAL_POINT),
            password=password,
            job_title="International relations focal point",
        )


def _focal_point(city: City) -> User:
    return User.objects.filter(focal_point_grant__city=city).order_by("pk").first()


def _history(request: PartnerRequest, target: str, focal: User, coordinator: User) -> None:
    if request.transitions.exists():
        return
    steps = PATH[: PATH.index(target) + 1] if target != S.CANCELLED else (*PATH[:3], S.CANCELLED)
    previous = ""
    for step in steps:
        by = focal if step in BY_FOCAL_POINT else coordinator
        RequestTransition.objects.create(
            request=request, from_status=previous, to_status=step, by=by
        )
        previous = step


def _experts_for(request: PartnerRequest, count: int) -> list[ExpertProfile]:
    from exchange.selectors import build_pool, request_data

    pool = build_pool()
    best = pool.shortlist(request_data(request), limit=count)
    return list(ExpertProfile.objects.filter(pk__in=[e.expert_id for e in best]))


def _proposals(request, spec, coordinator) -> list[ExpertProposal]:
    status = spec["status"]
    if status not in PATH or PATH.index(status) < PATH.index(S.EXPERTS_PROPOSED):
        return []
    if request.proposals.exists():
        return list(request.proposals.all())
    from exchange.selectors import build_pool, request_data

    experts = _experts_for(request, spec["needed"])
    pool = build_pool()
    proposals = []
    for number, expert in enumerate(experts):
        accepted = status != S.EXPERTS_PROPOSED or number == 0
        explanation = pool.explain_pair(request_data(request), expert.pk)
        proposals.append(
            ExpertProposal.objects.create(
                request=request,
                expert=expert,
                status=ExpertProposal.Status.ACCEPTED
                if accepted
                else ExpertProposal.Status.PROPOSED,
                score=explanation.score,
                reasons=[r.as_dict() for r in explanation.reasons],
                proposed_by=coordinator,
            )
        )
    return proposals


def _mission(request, spec, proposals, focal) -> None:
    status = spec["status"]
    if status not in (S.CONFIRMED, S.IN_PROGRESS, S.COMPLETED, S.EVALUATED):
        return
    mission, created = Mission.objects.get_or_create(
        request=request,
        defaults={
            "start_date": request.start_date,
            "end_date": request.end_date,
            "place": request.location,
        },
    )
    if created:
        mission.experts.set(
            p.expert for p in proposals if p.status == ExpertProposal.Status.ACCEPTED
        )
    experts = list(mission.experts.all())
    if spec.get("report") and experts:
        MissionReport.objects.get_or_create(
            mission=mission, author=experts[0], defaults={"text": spec["report"]}
        )
    if status == S.EVALUATED:
        objectives, knowledge, again = spec["ratings"]
        MissionEvaluation.objects.get_or_create(
            mission=mission,
            kind=MissionEvaluation.Kind.PARTNER,
            author=focal,
            defaults={
                "objectives_met": objectives,
                "knowledge_transferred": knowledge,
                "would_work_together_again": again,
                "comment": "Practical, patient and well prepared.",
            },
        )
        for expert in experts:
            MissionEvaluation.objects.get_or_create(
                mission=mission,
                kind=MissionEvaluation.Kind.EXPERT,
                author=expert.user,
                defaults={
                    "objectives_met": 4,
                    "knowledge_transferred": 4,
                    "would_work_together_again": True,
                    "comment": "A motivated team and a well-organised visit.",
                },
            )


@transaction.atomic
def load() -> list[PartnerRequest]:
    load_focal_points()
    coordinator = User.objects.get(email="coordinator@passerelle.demo")
    requests = []
    for spec in REQUESTS:
        city = City.objects.get(slug=spec["city"])
        focal = _focal_point(city)
        request, created = PartnerRequest.objects.get_or_create(
            title=spec["title"],
            city=city,
            defaults={
                "partnership": Partnership.objects.get(slug=spec["partnership"]),
                "domain": Domain.objects.get(slug=spec["domain"]),
                "needs": spec["needs"],
                "working_languages": spec["languages"],
                "interpretation_available": spec.get("interpretation", False),
                "start_date": spec["start"],
                "end_date": spec["end"],
                "on_site": spec["location"] is not None,
                "location": City.objects.get(slug=spec["location"]) if spec["location"] else None,
                "experts_needed": spec["needed"],
                "expected_trainees": spec["trainees"],
                "status": spec["status"],
                "created_by": focal,
            },
        )
        if created:
            request.funding_partners.set(FundingPartner.objects.filter(name__in=spec["funders"]))
            for slug, required, level in spec["skills"]:
                RequestSkill.objects.create(
                    request=request,
                    skill=Skill.objects.get(slug=slug),
                    required=required,
                    min_level=level,
                )
        _history(request, spec["status"], focal, coordinator)
        proposals = _proposals(request, spec, coordinator)
        _mission(request, spec, proposals, focal)
        requests.append(request)
    return requests
