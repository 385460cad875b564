import re

import pytest
from allauth.account.models import EmailAddress

from django.core import mail
from django.test import TestCase
from django.urls import reverse

from core.factories import UserFactory
from core.models import User
from core.roles import Role

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase"


def sign_up(client, email="sokha@example.org", password=PASSWORD):
    # As a committed request: the outbox sends once the sign-up commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            reverse("account_signup"),
            {"email": email, "password1": password, "password2": password},
        )


def confirmation_link(message) -> str:
    return re.search(r"https?://[^/\s]+(\S*/accounts/confirm-email/\S+)", message.body).group(1)


def test_sign_up_sends_a_confirmation_email_and_does_not_log_in(client):
    response = sign_up(client)
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    user = User.objects.get(email="sokha@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    assert user.has_role(Role.OFFICIAL)
    assert len(mail.outbox) == 1
    assert "/accounts/confirm-email/" in mail.outbox[0].body
    assert "_auth_user_id" not in client.session


def test_unconfirmed_user_cannot_log_in(client):
    sign_up(client)
    mail.outbox.clear()
    response = client.post(
        reverse("account_login"), {"login": "sokha@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_confirmation_link_verifies_logs_in_and_asks_for_the_profile(client):
    sign_up(client)
    link = confirmation_link(mail.outbox[0])
    assert client.get(link).status_code == 200
    response = client.post(link)
    assert response.status_code == 302
    assert client.get(response.url).url == reverse("core:profile")
    assert EmailAddress.objects.get(email="sokha@example.org").verified


def test_sign_up_in_french_records_french_as_preferred_language(client):
    client.post(
        "/fr/accounts/signup/",
        {"email": "chanthou@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert User.objects.get(email="chanthou@example.org").preferred_language == "fr"


def test_duplicate_sign_up_creates_nothing_and_reveals_nothing(client):
    UserFactory(email="taken@example.org")
    response = sign_up(client, email="taken@example.org")
    # Same answer as for a new address (no enumeration); the owner is told by e-mail.
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert User.objects.filter(email__iexact="taken@example.org").count() == 1
    assert "already" in mail.outbox[0].body.lower()


def test_mismatched_passwords_redisplay_the_form_and_save_nothing(client):
    response = client.post(
        reverse("account_signup"),
        {"email": "new@example.org", "password1": PASSWORD, "password2": PASSWORD + "x"},
    )
    assert response.status_code == 200
    assert "same password" in response.text
    assert 'value="new@example.org"' in response.text
    assert not User.objects.filter(email="new@example.org").exists()


def test_expired_or_wrong_confirmation_key_says_so(client):
    response = client.get("/accounts/confirm-email/not-a-real-key/")
    assert response.status_code == 200
    assert "expired or is invalid" in response.text
