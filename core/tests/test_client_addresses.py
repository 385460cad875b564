"""Rate limits key on the visitor's address, behind proxies too, and a
forged X-Forwarded-For changes nothing."""

import pytest

from django.conf import settings
from django.test import RequestFactory
from django.urls import reverse

from core.clients import client_ip
from core.factories import UserFactory

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"
PASSWORD = "correct horse battery staple"
UNKNOWN_CODE = "/verify/" + "B" * 22 + "/"


@pytest.fixture
def one_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1


def via(forwarded_for: str | None = None, remote: str = PROXY) -> dict:
    headers = {"REMOTE_ADDR": remote}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return headers


def test_allauth_trusts_as_many_proxies_as_passerelle():
    assert settings.ALLAUTH_TRUSTED_PROXY_COUNT == settings.TRUSTED_PROXY_COUNT == 0


def test_without_a_trusted_proxy_the_header_is_ignored():
    request = RequestFactory().get("/", **via("198.51.100.7", remote="203.0.113.5"))
    assert client_ip(request) == "203.0.113.5"


def test_behind_one_proxy_the_address_it_saw_counts(one_proxy):
    forged = RequestFactory().get("/", **via("6.6.6.6, 198.51.100.7"))
    assert client_ip(forged) == "198.51.100.7"


def test_a_forged_header_does_not_reset_the_verification_limit(client):
    for n in range(20):
        client.get(UNKNOWN_CODE, **via(f"192.0.2.{n}", remote="203.0.113.5"))
    assert client.get(UNKNOWN_CODE, **via("192.0.2.99", remote="203.0.113.5")).status_code == 429


def test_behind_a_proxy_one_visitors_failures_do_not_lock_out_the_others(client, one_proxy):
    for _ in range(20):
        client.get(UNKNOWN_CODE, **via("198.51.100.7"))
    assert client.get(UNKNOWN_CODE, **via("198.51.100.7")).status_code == 429
    # A forged left part does not give the same visitor a new bucket...
    assert client.get(UNKNOWN_CODE, **via("1.2.3.4, 198.51.100.7")).status_code == 429
    # ... and another visitor behind the same proxy is not limited.
    assert client.get(UNKNOWN_CODE, **via("198.51.100.8")).status_code == 404


def test_behind_a_proxy_failed_logins_lock_out_only_their_visitor(client, one_proxy):
    dara = UserFactory(email="dara@example.org")
    login = reverse("account_login")
    for n in range(10):
        client.post(login, {"login": f"nobody{n}@example.org", "password": "x"}, **via("6.6.6.6"))
    locked = client.post(login, {"login": dara.email, "password": PASSWORD}, **via("6.6.6.6"))
    assert "Too many failed login attempts" in locked.text
    response = client.post(login, {"login": dara.email, "password": PASSWORD}, **via("6.6.6.7"))
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(dara.pk)
