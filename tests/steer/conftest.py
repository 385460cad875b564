"""A small programme whose figures can be counted by hand (see each comment).

Year 2025, hub Paris. Partnerships Paris–Phnom Penh and Paris–Rio.

Training: module "Junctions" (traffic, 6 h) has session S1 (March 2025,
capacity 4, trainer from Paris) and a 2024 session; module "Water" (10 h)
is self-paced.
- pp1 (Phnom Penh): S1, completed, certified, passed the assessment
- pp2 (Phnom Penh): S1, not completed, failed the assessment
- pp3 (Phnom Penh): S1, waiting list
- rio1 (Rio): Water, self-paced, enrolled June 2025, completed
- old (Phnom Penh): the 2024 session, completed (outside 2025)

Exchange:
- q1 Phnom Penh, traffic, filed 2025-01-10, submitted then confirmed 10 days
  later; mission 1–10 March 2025 with a Paris and a Rio expert (20 expert-days:
  10 Paris → partner, 10 partner → partner); partner rates 4/5, the Paris
  expert rates 3/3; one report.
- q2 Paris, traffic (Paris–Phnom Penh), submitted then confirmed 4 days
  later; mission 1–5 May 2025 with a Phnom Penh expert (5 days partner → Paris);
  partner rates 2/3.
- q3 Rio, water, submitted, no mission; q4 a draft (never counted).
"""

import datetime as dt

import pytest

from django.urls import reverse

from core.factories import (
    CityFactory,
    CooperationProjectFactory,
    DomainFactory,
    FundingPartnerFactory,
    PartnershipFactory,
    ProjectFundingFactory,
    UserFactory,
)
from core.roles import Role
from documents.models import FunderReport
from exchange.factories import MissionFactory, PartnerRequestFactory
from exchange.models import MissionEvaluation, MissionReport, PartnerRequest, RequestTransition
from experts.factories import ExpertProfileFactory
from training.certificate_services import certificate_issue
from training.factories import CatalogueIndexPageFactory, SessionFactory, TrainingModulePageFactory
from training.models import AssessmentAttempt, Enrolment


def at(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day, 10, tzinfo=dt.UTC)


@pytest.fixture
def world(db):
    from core.demo import load_home_page

    paris = CityFactory(slug="paris", name="Paris")
    phnom_penh = CityFactory(slug="phnom-penh", name="Phnom Penh")
    rio = CityFactory(slug="rio", name="Rio de Janeiro")
    traffic = DomainFactory(slug="traffic", name="Traffic")
    water = DomainFactory(slug="water", name="Water")
    paris_pp = PartnershipFactory(city_a=paris, city_b=phnom_penh, slug="paris-phnom-penh")
    paris_rio = PartnershipFactory(city_a=paris, city_b=rio, slug="paris-rio")

    catalogue = CatalogueIndexPageFactory(parent=load_home_page())
    junctions = TrainingModulePageFactory(
        parent=catalogue, title="Junctions", domain=traffic, duration_hours=6
    )
    water_module = TrainingModulePageFactory(
        parent=catalogue, title="Water", domain=water, duration_hours=10
    )
    trainer = UserFactory(city=paris, roles=[Role.EXPERT])
    s1 = SessionFactory(
        module=junctions,
        trainer=trainer,
        capacity=4,
        starts_at=at(2025, 3, 3),
        ends_at=at(2025, 3, 5),
    )
    s_old = SessionFactory(
        module=junctions,
        trainer=trainer,
        capacity=5,
        starts_at=at(2024, 3, 3),
        ends_at=at(2024, 3, 5),
    )

    def learner(city, name):
        return UserFactory(city=city, last_name=name, email=f"{name}@example.org")

    pp1, pp2, pp3 = (learner(phnom_penh, name) for name in ("pp1", "pp2", "pp3"))
    rio1, old = learner(rio, "rio1"), learner(phnom_penh, "old")
    Active, Waiting = Enrolment.Status.ACTIVE, Enrolment.Status.WAITING
    Enrolment.objects.create(user=pp1, module=junctions, session=s1, completed_at=at(2025, 3, 5))
    Enrolment.objects.create(user=pp2, module=junctions, session=s1, status=Active)
    Enrolment.objects.create(user=pp3, module=junctions, session=s1, status=Waiting)
    self_paced = Enrolment.objects.create(
        user=rio1, module=water_module, completed_at=at(2025, 7, 1)
    )
    Enrolment.objects.filter(pk=self_paced.pk).update(created_at=at(2025, 6, 1))
    Enrolment.objects.create(user=old, module=junctions, session=s_old, completed_at=at(2024, 3, 5))
    AssessmentAttempt.objects.create(user=pp1, module=junctions, score=90, passed=True)
    AssessmentAttempt.objects.create(user=pp2, module=junctions, score=20, passed=False)
    certificate_issue(holder=pp1, module=junctions, issued_by=None)

    expert_paris = ExpertProfileFactory(user=UserFactory(city=paris, roles=[Role.EXPERT]))
    expert_rio = ExpertProfileFactory(user=UserFactory(city=rio, roles=[Role.EXPERT]))
    expert_pp = ExpertProfileFactory(user=UserFactory(city=phnom_penh, roles=[Role.EXPERT]))
    S = PartnerRequest.Status

    def request(title, city, partnership, domain, filed, status, confirmed_after=None):
        partner_request = PartnerRequestFactory(
            title=title,
            city=city,
            location=city,
            partnership=partnership,
            domain=domain,
            status=status,
        )
        PartnerRequest.objects.filter(pk=partner_request.pk).update(created_at=filed)
        RequestTransition.objects.filter(request=partner_request).delete()
        if status != S.DRAFT:
            RequestTransition.objects.create(
                request=partner_request, from_status=S.DRAFT, to_status=S.SUBMITTED
            )
            RequestTransition.objects.filter(request=partner_request).update(at=filed)
        if confirmed_after is not None:
            confirmed = RequestTransition.objects.create(
                request=partner_request, from_status=S.EXPERTS_PROPOSED, to_status=S.CONFIRMED
            )
            RequestTransition.objects.filter(pk=confirmed.pk).update(
                at=filed + dt.timedelta(days=confirmed_after)
            )
        return partner_request

    q1 = request(
        "Traffic lights", phnom_penh, paris_pp, traffic, at(2025, 1, 10), S.IN_PROGRESS, 10
    )
    q2 = request("Moto taxis in Paris", paris, paris_pp, traffic, at(2025, 2, 1), S.COMPLETED, 4)
    request("Water network", rio, paris_rio, water, at(2025, 4, 1), S.SUBMITTED)
    request("Draft", rio, paris_rio, water, at(2025, 4, 2), S.DRAFT)
    m1 = MissionFactory(
        request=q1,
        start_date=dt.date(2025, 3, 1),
        end_date=dt.date(2025, 3, 10),
        experts=[expert_paris, expert_rio],
    )
    m2 = MissionFactory(
        request=q2,
        start_date=dt.date(2025, 5, 1),
        end_date=dt.date(2025, 5, 5),
        experts=[expert_pp],
    )
    partner = MissionEvaluation.Kind.PARTNER
    MissionEvaluation.objects.create(
        mission=m1,
        kind=partner,
        author=q1.created_by,
        objectives_met=4,
        knowledge_transferred=5,
        would_work_together_again=True,
    )
    MissionEvaluation.objects.create(
        mission=m1,
        kind=MissionEvaluation.Kind.EXPERT,
        author=expert_paris.user,
        objectives_met=3,
        knowledge_transferred=3,
        would_work_together_again=True,
    )
    MissionEvaluation.objects.create(
        mission=m2,
        kind=partner,
        author=q2.created_by,
        objectives_met=2,
        knowledge_transferred=3,
        would_work_together_again=False,
    )
    MissionReport.objects.create(
        mission=m1, author=expert_paris, text="Twelve junctions now run on a shared timing plan."
    )
    return {
        "paris": paris,
        "phnom_penh": phnom_penh,
        "rio": rio,
        "traffic": traffic,
        "water": water,
        "paris_pp": paris_pp,
        "paris_rio": paris_rio,
        "s1": s1,
        "junctions": junctions,
        "pp1": pp1,
        "m1": m1,
        "m2": m2,
        "q1": q1,
    }


@pytest.fixture
def year_2025():
    from core.steer import Filters

    return Filters.for_year(2025)


@pytest.fixture
def project(world):
    project = CooperationProjectFactory(
        partnership=world["paris_pp"], domain=world["traffic"], title="Traffic flow in Phnom Penh"
    )
    ministry = FundingPartnerFactory(name="French Ministry for Foreign Affairs")
    ProjectFundingFactory(project=project, funder=ministry, amount="120000.00")
    return project


@pytest.fixture
def rio_project(world):
    return CooperationProjectFactory(
        partnership=world["paris_rio"], domain=world["water"], title="São Cristóvão water"
    )


@pytest.fixture
def ask(client, django_capture_on_commit_callbacks):
    """Post the form as `user`, run the queued build, return the report."""

    def ask(user, **data) -> FunderReport:
        client.force_login(user)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("documents:funder_report"), data)
        assert response.status_code == 302, response.content.decode()[:2000]
        return FunderReport.objects.get(pk=response.url.rstrip("/").split("/")[-1])

    return ask
