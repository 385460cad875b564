"""Logging in lands on My Passerelle in the person's preferred language, from
a login page in any language; an address to go back to keeps its own."""

import pytest

from core.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def log_in(client, login_url: str, user):
    return client.post(login_url, {"login": user.email, "password": PASSWORD})


@pytest.mark.parametrize(
    ("language", "login_url", "lands_on"),
    [
        ("km", "/accounts/login/", "/km/me/"),
        ("pt", "/accounts/login/", "/pt/me/"),
        ("pt", "/fr/accounts/login/", "/pt/me/"),
        ("en", "/km/accounts/login/", "/me/"),
    ],
)
def test_the_login_lands_on_my_passerelle_in_their_language(client, language, login_url, lands_on):
    user = UserFactory(preferred_language=language)

    response = log_in(client, login_url, user)

    assert response.status_code == 302
    assert response.url == lands_on
    assert f'<html lang="{language}">' in client.get(response.url).text


def test_an_address_to_go_back_to_keeps_its_own_language(client):
    user = UserFactory(preferred_language="km")

    response = log_in(client, "/accounts/login/?next=/pt/learning/", user)

    assert response.url == "/pt/learning/"
