import re

import pytest
from allauth.mfa.totp.internal.auth import hotp_value, yield_hotp_counters_from_time

from django.core import mail
from django.urls import reverse

from core.factories import UserFactory, with_totp

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def log_in(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_log_in_and_out(client):
    user = UserFactory(email="dara@example.org")
    response = log_in(client, "dara@example.org")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    client.post(reverse("account_logout"))
    assert "_auth_user_id" not in client.session


def test_wrong_password_is_refused_with_a_message(client):
    UserFactory(email="dara@example.org")
    response = log_in(client, "dara@example.org", "wrong password")
    assert response.status_code == 200
    assert "The email address and/or password you specified are not correct." in response.text
    assert "_auth_user_id" not in client.session


def test_repeated_failed_logins_are_rate_limited(client):
    UserFactory(email="dara@example.org")
    for _ in range(5):
        log_in(client, "dara@example.org", "wrong password")
    response = log_in(client, "dara@example.org")  # even the right password now waits
    assert "Too many failed login attempts" in response.text
    assert "_auth_user_id" not in client.session


def test_password_reset_by_email(client, django_capture_on_commit_callbacks):
    UserFactory(email="dara@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_reset_password"), {"email": "dara@example.org"})
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/\s]+(\S*/accounts/password/reset/key/\S+)", mail.outbox[0].body)
    response = client.get(link.group(1))
    assert response.status_code == 302  # allauth moves the key out of the URL
    form_url = response.url
    new_password = "a brand new passphrase 42"
    response = client.post(form_url, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    client.logout()
    assert log_in(client, "dara@example.org", new_password).status_code == 302
    assert "_auth_user_id" in client.session


def test_password_reset_for_unknown_address_reveals_nothing(client):
    response = client.post(reverse("account_reset_password"), {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert response.url == reverse("account_reset_password_done")


def current_code(secret: str) -> str:
    counter = next(yield_hotp_counters_from_time())
    return f"{hotp_value(secret, counter):06d}"


def test_two_factor_login_asks_for_the_code(client):
    user = UserFactory(email="dara@example.org")
    secret = with_totp(user)
    response = log_in(client, "dara@example.org")
    assert response.url == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    wrong = f"{(int(current_code(secret)) + 1) % 1_000_000:06d}"
    response = client.post(reverse("mfa_authenticate"), {"code": wrong})
    assert "Incorrect code" in response.text
    client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert client.session["_auth_user_id"] == str(user.pk)
