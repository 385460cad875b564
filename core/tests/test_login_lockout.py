"""A locked account is told for how long, and that a password reset unlocks it."""

import re

import pytest

from django.core import mail
from django.test import TestCase
from django.urls import reverse

from core.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def log_in(client, password=PASSWORD):
    return client.post(
        reverse("account_login"), {"login": "dara@example.org", "password": password}
    )


def reset_password(client, new_password: str) -> None:
    with TestCase.captureOnCommitCallbacks(execute=True):  # the mail leaves on commit
        client.post(reverse("account_reset_password"), {"email": "dara@example.org"})
    link = re.search(r"https?://[^/\s]+(\S*/accounts/password/reset/key/\S+)", mail.outbox[-1].body)
    form_url = client.get(link.group(1)).url
    response = client.post(form_url, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302


def test_the_lockout_says_how_long_and_that_a_reset_unlocks_it(client, settings):
    UserFactory(email="dara@example.org")
    for _ in range(5):
        log_in(client, "wrong password")
    response = log_in(client)
    assert "_auth_user_id" not in client.session
    assert f"locked for {settings.LOGIN_LOCKOUT_MINUTES} minutes" in response.text
    assert "Resetting your password unlocks it" in response.text


def test_a_password_reset_unlocks_the_account(client):
    UserFactory(email="dara@example.org")
    for _ in range(5):
        log_in(client, "wrong password")
    assert "Too many failed login attempts" in log_in(client).text

    reset_password(client, "a brand new passphrase 42")
    client.logout()
    assert log_in(client, "a brand new passphrase 42").status_code == 302
    assert "_auth_user_id" in client.session
