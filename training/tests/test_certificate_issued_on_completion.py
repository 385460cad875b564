"""Meeting the completion rule issues the certificate, once, after the commit."""

import pytest

from core.factories import UserFactory
from training.factories import TrainingModulePageFactory
from training.models import Certificate, Enrolment
from training.services import enrolment_create, enrolment_record_completion
from training.tasks import issue_certificate_for_enrolment

pytestmark = pytest.mark.django_db


@pytest.fixture
def completed_enrolment(module):
    enrolment = enrolment_create(user=UserFactory(), module=module)
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at="2026-11-29T10:00:00Z")
    enrolment.refresh_from_db()
    return enrolment


def test_completion_issues_the_certificate_after_commit(
    catalogue, django_capture_on_commit_callbacks
):
    # No lessons and no assessment: enrolling is enough to meet the rule.
    module = TrainingModulePageFactory(parent=catalogue, title="Short briefing")
    enrolment = enrolment_create(user=UserFactory(), module=module)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        completed = enrolment_record_completion(enrolment=enrolment)

    assert completed
    assert callbacks, "the certificate task was not enqueued on commit"
    certificate = Certificate.objects.get(holder=enrolment.user, module=module)
    assert certificate.module_title == "Short briefing"
    assert certificate.issuer_name == "Passerelle"


def test_nothing_is_issued_before_the_rule_is_met(module, django_capture_on_commit_callbacks):
    enrolment = enrolment_create(user=UserFactory(), module=module)

    with django_capture_on_commit_callbacks(execute=True):
        assert not enrolment_record_completion(enrolment=enrolment)

    assert not Certificate.objects.exists()


def test_task_is_idempotent(completed_enrolment):
    first = issue_certificate_for_enrolment.call(completed_enrolment.pk)
    second = issue_certificate_for_enrolment.call(completed_enrolment.pk)

    assert first == second
    assert Certificate.objects.count() == 1


def test_task_ignores_an_unfinished_enrolment(module):
    enrolment = enrolment_create(user=UserFactory(), module=module)

    assert issue_certificate_for_enrolment.call(enrolment.pk) is None
    assert not Certificate.objects.exists()
