"""Erasing a person: self-service (password, and two-factor when set),
by a coordinator, and from the Wagtail admin's delete. Personal data goes;
certificates stay verifiable with the holder withheld, reports keep their
content, evaluations their scores; no path gives a 500."""

import os

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import hotp_value, yield_hotp_counters_from_time

from django.urls import reverse

from core.erasure import is_erased, user_erase
from core.factories import UserFactory, coordinator, with_totp
from core.models import AuditEvent, User
from exchange.models import Attestation, MissionEvaluation, MissionReport
from experts.models import ExpertProfile, ExpertSkill
from training.models import (
    AssessmentAttempt,
    Attendance,
    Certificate,
    Enrolment,
    LessonProgress,
)

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def totp_code(secret: str) -> str:
    return f"{hotp_value(secret, next(yield_hotp_counters_from_time())):06d}"


def assert_erased(person: User) -> None:
    person.refresh_from_db()
    assert is_erased(person)
    assert (person.first_name, person.last_name, person.is_active) == ("", "", False)
    assert not person.has_usable_password()
    assert not person.groups.exists()
    assert not EmailAddress.objects.filter(user=person).exists()
    for model in (Enrolment, LessonProgress, AssessmentAttempt):
        assert not model.objects.filter(user=person).exists(), model
    assert not Attendance.objects.filter(enrolment__user=person).exists()


def test_what_stays_stays_without_the_name(client, person, django_capture_on_commit_callbacks):
    certificate = Certificate.objects.get(holder=person)
    pdf_path = certificate.pdf.path

    with django_capture_on_commit_callbacks(execute=True):
        user_erase(user=person, by=None)

    assert_erased(person)
    certificate.refresh_from_db()
    assert certificate.holder_withheld and not certificate.pdf
    assert not os.path.exists(pdf_path)
    page = client.get(reverse("documents:verify", kwargs={"code": certificate.code}))
    assert page.status_code == 200
    assert "Withheld at the holder's request" in page.content.decode()
    assert "Sreynich" not in page.content.decode()
    assert Attestation.objects.get(holder=person).holder_withheld
    report = MissionReport.objects.get()
    assert report.text == "We trained 12 engineers."
    profile = ExpertProfile.objects.get(user=person)
    assert (profile.bio, profile.is_public) == ("", False)
    assert not ExpertSkill.objects.filter(profile=profile).exists()
    evaluation = MissionEvaluation.objects.get()
    assert (evaluation.objectives_met, evaluation.knowledge_transferred) == (4, 5)
    assert evaluation.comment == ""
    event = AuditEvent.objects.get(action=AuditEvent.Action.ERASED)
    assert event.subject == person


def test_erasing_twice_changes_nothing(person):
    user_erase(user=person)
    user_erase(user=person)
    assert AuditEvent.objects.filter(action=AuditEvent.Action.ERASED).count() == 1


def test_a_person_deletes_their_account_with_their_password(client, person):
    client.force_login(person)

    wrong = client.post(reverse("core:account_delete"), {"password": "wrong"})
    assert wrong.status_code == 200
    assert "This is not your password." in wrong.content.decode()
    person.refresh_from_db()
    assert not is_erased(person)

    response = client.post(reverse("core:account_delete"), {"password": PASSWORD})

    assert response.status_code == 302
    assert_erased(person)
    assert "_auth_user_id" not in client.session
    event = AuditEvent.objects.get(action=AuditEvent.Action.ERASED)
    assert (event.actor, event.detail) == (None, "self-service")
    login = client.post(
        reverse("account_login"), {"login": "sok@example.org", "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session and login.status_code == 200


def test_with_two_factor_the_code_is_needed_too(client):
    person = UserFactory()
    secret = with_totp(person)
    client.force_login(person)

    without = client.post(reverse("core:account_delete"), {"password": PASSWORD})
    wrong = client.post(reverse("core:account_delete"), {"password": PASSWORD, "code": "000000"})

    assert without.status_code == wrong.status_code == 200
    person.refresh_from_db()
    assert not is_erased(person)

    client.post(reverse("core:account_delete"), {"password": PASSWORD, "code": totp_code(secret)})
    assert_erased(person)


def test_a_coordinator_erases_a_person_who_asked_by_post(client, person):
    officer = coordinator()
    client.force_login(officer)
    url = reverse("core:privacy_requests")

    unconfirmed = client.post(url, {"erase-email": person.email})
    assert unconfirmed.status_code == 200
    person.refresh_from_db()
    assert not is_erased(person)

    response = client.post(url, {"erase-email": person.email, "erase-confirm": "on"})

    assert response.status_code == 302
    assert_erased(person)
    assert AuditEvent.objects.get(action=AuditEvent.Action.ERASED).actor == officer


def test_a_coordinator_cannot_erase_themselves_here(client):
    officer = coordinator()
    client.force_login(officer)
    response = client.post(
        reverse("core:privacy_requests"), {"erase-email": officer.email, "erase-confirm": "on"}
    )
    assert response.status_code == 200
    officer.refresh_from_db()
    assert not is_erased(officer)


def test_others_cannot_erase(client, person):
    client.force_login(UserFactory())
    response = client.post(
        reverse("core:privacy_requests"), {"erase-email": person.email, "erase-confirm": "on"}
    )
    assert response.status_code == 403


def test_deleting_a_certificate_holder_in_the_admin_erases_them(client, person):
    """It used to be a 500: the certificate protects its holder."""
    client.force_login(coordinator(is_superuser=True, is_staff=True))

    response = client.post(reverse("wagtailusers_users:delete", args=[person.pk]))

    assert response.status_code == 302
    assert_erased(person)
    assert Certificate.objects.get(holder=person).holder_withheld


def test_the_admin_confirmation_page_still_shows(client, person):
    client.force_login(coordinator(is_superuser=True, is_staff=True))
    response = client.get(reverse("wagtailusers_users:delete", args=[person.pk]))
    assert response.status_code == 200
    person.refresh_from_db()
    assert not is_erased(person)


def test_bulk_delete_in_the_admin_erases(client, person):
    other = UserFactory()
    client.force_login(coordinator(is_superuser=True, is_staff=True))
    url = (
        reverse("wagtail_bulk_action", args=["core", "user", "delete"])
        + f"?id={person.pk}&id={other.pk}"
    )

    response = client.post(url)

    assert response.status_code == 302
    assert_erased(person)
    assert_erased(other)
