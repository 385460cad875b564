import pytest

from django.core import mail
from django.urls import reverse

from core.factories import UserFactory
from training.factories import SessionFactory, TrainingModulePageFactory
from training.models import Enrolment
from training.services import (
    AlreadyEnrolled,
    PrerequisitesMissing,
    SessionNotOpen,
    enrolment_create,
    enrolment_withdraw,
)

pytestmark = pytest.mark.django_db


def test_self_paced_enrolment_is_active(module):
    enrolment = enrolment_create(user=UserFactory(), module=module)
    assert enrolment.status == Enrolment.Status.ACTIVE
    assert enrolment.session is None


def test_enrolling_twice_gives_a_message_and_one_enrolment(client, module):
    user = UserFactory()
    client.force_login(user)
    url = reverse("training:enrol", args=[module.pk])
    client.post(url)
    response = client.post(url, follow=True)
    assert "already enrolled" in response.text
    assert Enrolment.objects.filter(user=user).count() == 1


def test_enrolling_in_a_translation_counts_as_the_same_module(module):
    from wagtail.models import Locale

    french = module.copy_for_translation(
        Locale.objects.get_or_create(language_code="fr")[0], copy_parents=True
    )
    user = UserFactory()
    enrolment_create(user=user, module=module)
    with pytest.raises(AlreadyEnrolled):
        enrolment_create(user=user, module=french)


def test_full_session_puts_learner_on_waiting_list_with_position(client, module):
    session = SessionFactory(module=module, capacity=1)
    enrolment_create(user=UserFactory(), module=module, session=session)
    enrolment_create(user=UserFactory(), module=module, session=session)
    third = UserFactory()
    client.force_login(third)
    response = client.post(
        reverse("training:enrol", args=[module.pk]), {"session": session.pk}, follow=True
    )
    assert "waiting list, in position 2" in response.text
    assert Enrolment.objects.get(user=third).status == Enrolment.Status.WAITING


def test_withdrawing_promotes_first_in_line_and_emails_them(
    module, django_capture_on_commit_callbacks
):
    session = SessionFactory(module=module, capacity=1)
    booked = enrolment_create(user=UserFactory(), module=module, session=session)
    first = enrolment_create(
        user=UserFactory(email="first@example.org"), module=module, session=session
    )
    second = enrolment_create(user=UserFactory(), module=module, session=session)
    with django_capture_on_commit_callbacks(execute=True):
        promoted = enrolment_withdraw(enrolment=booked)
    assert promoted == [first]
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Enrolment.Status.ACTIVE
    assert second.status == Enrolment.Status.WAITING
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["first@example.org"]
    assert module.title in mail.outbox[0].subject


def test_withdrawing_from_waiting_list_promotes_nobody(module):
    session = SessionFactory(module=module, capacity=1)
    enrolment_create(user=UserFactory(), module=module, session=session)
    waiting = enrolment_create(user=UserFactory(), module=module, session=session)
    assert enrolment_withdraw(enrolment=waiting) == []
    assert mail.outbox == []


def test_withdrawn_learner_can_enrol_again(module):
    user = UserFactory()
    enrolment = enrolment_create(user=user, module=module)
    enrolment_withdraw(enrolment=enrolment)
    again = enrolment_create(user=user, module=module)
    assert again.pk == enrolment.pk
    assert again.status == Enrolment.Status.ACTIVE


def test_prerequisites_are_enforced_with_their_names(client, catalogue, module):
    advanced = TrainingModulePageFactory(parent=catalogue, title="Advanced signals")
    advanced.prerequisites.add(module)
    advanced.save_revision().publish()
    user = UserFactory()
    with pytest.raises(PrerequisitesMissing) as exc:
        enrolment_create(user=user, module=advanced)
    assert exc.value.modules == [module]
    client.force_login(user)
    response = client.get(advanced.url)
    assert "Take these modules first" in response.text
    assert "Junction design" in response.text


def test_prerequisites_met_once_completed(catalogue, module):
    from django.utils import timezone

    advanced = TrainingModulePageFactory(parent=catalogue)
    advanced.prerequisites.add(module)
    advanced.save_revision().publish()
    user = UserFactory()
    done = enrolment_create(user=user, module=module)
    done.completed_at = timezone.now()
    done.save()
    assert enrolment_create(user=user, module=advanced).is_active


def test_cancelled_session_refuses_enrolment(module):
    session = SessionFactory(module=module, status="cancelled")
    with pytest.raises(SessionNotOpen):
        enrolment_create(user=UserFactory(), module=module, session=session)


def test_enrolling_needs_a_login(client, module):
    response = client.post(reverse("training:enrol", args=[module.pk]))
    assert response.status_code == 302
    assert "/accounts/login/" in response.url
    assert not Enrolment.objects.exists()


def test_a_malformed_or_foreign_session_is_not_found(client, catalogue, module):
    other = SessionFactory(module=TrainingModulePageFactory(parent=catalogue))
    client.force_login(UserFactory())
    url = reverse("training:enrol", args=[module.pk])
    assert client.post(url, {"session": "abc"}).status_code == 404
    assert client.post(url, {"session": other.pk}).status_code == 404
    assert not Enrolment.objects.exists()


def test_deleting_a_module_takes_its_sessions_and_enrolments(module):
    session = SessionFactory(module=module)
    enrolment_create(user=UserFactory(), module=module, session=session)
    module.delete()
    assert not Enrolment.objects.exists()


def test_a_session_with_learners_cannot_be_deleted(module):
    from django.db.models import RestrictedError

    session = SessionFactory(module=module)
    enrolment_create(user=UserFactory(), module=module, session=session)
    with pytest.raises(RestrictedError):
        session.delete()
