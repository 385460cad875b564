"""A person with something of every kind Passerelle holds: learner, expert,
certificate and attestation holder, report author, evaluator."""

import pytest

from django.core.files.base import ContentFile
from django.utils import timezone

from core.factories import UserFactory
from core.roles import Role
from exchange.attestation_services import attestation_issue
from exchange.factories import MissionFactory
from exchange.models import (
    ExpertProposal,
    MissionEvaluation,
    MissionReport,
    PartnerRequest,
    ReportAttachment,
)
from experts.factories import ExpertProfileFactory, SkillFactory
from training.certificate_services import certificate_issue
from training.factories import (
    CatalogueIndexPageFactory,
    LessonPageFactory,
    SessionFactory,
    TrainingModulePageFactory,
    two_questions,
)
from training.models import AssessmentAttempt, Attendance, LessonProgress
from training.services import enrolment_create

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def module(db):
    from core.demo import load_home_page

    catalogue = CatalogueIndexPageFactory(parent=load_home_page())
    page = TrainingModulePageFactory(
        parent=catalogue, title="Junction design", questions=two_questions()
    )
    LessonPageFactory(parent=page, title="Lesson one")
    return page


@pytest.fixture
def person(module):
    """Sok Sreynich: learner with a certificate, expert with a mission, a
    report, an attachment, an evaluation given and an attestation."""
    user = UserFactory(
        email="sok@example.org",
        first_name="Sok",
        last_name="Sreynich",
        roles=[Role.OFFICIAL, Role.EXPERT],
    )
    session = SessionFactory(module=module)
    enrolment = enrolment_create(user=user, module=module, session=session)
    Attendance.objects.create(enrolment=enrolment, day=timezone.localdate(), present=True)
    LessonProgress.objects.create(user=user, lesson=module.lessons().first())
    AssessmentAttempt.objects.create(user=user, module=module, answers={}, score=90, passed=True)
    certificate_issue(holder=user, module=module, issued_by=None)

    expert = ExpertProfileFactory(
        user=user, bio="Traffic engineer in Phnom Penh", skills={SkillFactory(): 3}
    )
    mission = MissionFactory(experts=[expert], request__status=PartnerRequest.Status.COMPLETED)
    ExpertProposal.objects.create(
        request=mission.request, expert=expert, status=ExpertProposal.Status.ACCEPTED
    )
    report = MissionReport.objects.create(
        mission=mission, author=expert, text="We trained 12 engineers."
    )
    ReportAttachment.objects.create(report=report, file=ContentFile(PDF, name="slides.pdf"))
    MissionEvaluation.objects.create(
        mission=mission,
        kind=MissionEvaluation.Kind.EXPERT,
        author=user,
        objectives_met=4,
        knowledge_transferred=5,
        would_work_together_again=True,
        comment="Sok enjoyed it",
    )
    attestation_issue(mission=mission, expert=expert)
    return user
