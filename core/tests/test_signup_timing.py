"""Sign-up answers as fast for an address that has an account as for a new
one, so its speed does not tell who is registered."""

import statistics
import time

import pytest

from django.urls import reverse

from core.factories import UserFactory
from core.models import OutgoingMail

pytestmark = pytest.mark.django_db

TRIES = 7


def sign_up(client, email: str, n: int) -> float:
    data = {"email": email, "password1": "a long unusual passphrase", "password2": ""}
    data["password2"] = data["password1"]
    started = time.perf_counter()
    response = client.post(reverse("account_signup"), data, REMOTE_ADDR=f"192.0.2.{n}")
    elapsed = time.perf_counter() - started
    assert response.status_code == 302
    return elapsed


def test_known_and_unknown_addresses_answer_in_the_same_time(client, settings):
    # Production's hasher: a new account costs one slow password hash.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    UserFactory(email="known@example.org")
    known, unknown = [], []
    for n in range(TRIES):  # interleaved, so a busy machine slows both alike
        known.append(sign_up(client, "known@example.org", n))
        client.logout()
        unknown.append(sign_up(client, f"new{n}@example.org", n + 100))
        client.logout()
    # Answered by e-mail (queued, sent after the commit), never on the page.
    assert OutgoingMail.objects.count() > TRIES
    ratio = statistics.median(known) / statistics.median(unknown)
    assert 0.6 < ratio < 1.6, (known, unknown)
