"""A NUL character (\\x00) in a form field, a query parameter or a URL is
refused with a clear answer — a form error, or 404 for an address (no page
has one: `core.middleware.NulInAddressMiddleware`) — never a 500.
PostgreSQL rejects NUL in text, so there a NUL that reached a query would be
a server error; SQLite stores it. Either way it is refused before the
database: these tests pass on both."""

import pytest

from django.urls import reverse

from core.demo import load_home_page
from core.factories import DomainFactory, UserFactory, coordinator
from core.roles import Role
from exchange.factories import PartnerRequestFactory, focal_point
from exchange.models import PartnerRequest
from training.factories import CatalogueIndexPageFactory, TrainingModulePageFactory

pytestmark = pytest.mark.django_db
NUL = "bad\x00value"


@pytest.fixture
def catalogue():
    catalogue = CatalogueIndexPageFactory(parent=load_home_page())
    TrainingModulePageFactory(parent=catalogue, title="Junction design")
    return catalogue


def test_the_catalogue_filter_says_the_domain_is_not_a_choice(client, catalogue):
    DomainFactory(slug="mobility")

    response = client.get(catalogue.url, {"domain": NUL, "q": "junction"})

    assert response.status_code == 200
    assert response.context["form"].errors["domain"]


def test_the_catalogue_search_box_refuses_a_nul(client, catalogue):
    response = client.get(catalogue.url, {"q": NUL})

    assert response.status_code == 200
    assert response.context["form"].errors["q"]


def test_the_certificate_search_refuses_a_nul(client):
    client.force_login(coordinator())

    response = client.get(reverse("training:certificate_list"), {"q": NUL})

    assert response.status_code == 200
    assert response.context["form"].errors["q"]


@pytest.mark.parametrize(
    ("key", "param"),
    [("enrolments", "state"), ("requests", "status"), ("evaluations", "kind")],
)
def test_steering_list_parameters_with_a_nul_are_ignored(client, key, param):
    client.force_login(coordinator())

    response = client.get(reverse("core:steer_list", args=[key]), {param: NUL, "year": NUL})

    assert response.status_code == 200
    assert response.context["form"].errors["year"]


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("core:steer", {"year": NUL, "city": NUL, "direction": NUL, "start": NUL}),
        ("experts:directory", {"city": NUL, "skill": NUL, "language": NUL}),
        ("exchange:request_list", {"status": NUL, "page": NUL}),
        ("core:audit_events", {"page": NUL, "actor": NUL, "action": NUL}),
        ("training:session_list", {"when": NUL, "page": NUL}),
    ],
)
def test_filter_forms_and_query_parameters_never_fail(client, name, params):
    client.force_login(coordinator())

    response = client.get(reverse(name), params)

    assert response.status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/verify/PSL-\x00/",
        "/issued/PSL-\x00/revoke/",
        "/attestations/PSL-\x00.pdf",
        "/me/data/export/\x00/",
        "/no-such-page-\x00/",
        "/accounts/confirm-email/\x00/",
        "/partnerships/\x00/",
    ],
)
def test_an_address_with_a_nul_is_not_found(client, path):
    client.force_login(coordinator())

    assert client.get(path).status_code == 404


def test_the_request_form_shows_an_error_for_a_nul(client):
    user = focal_point(PartnerRequestFactory().city)
    client.force_login(user)

    response = client.post(
        reverse("exchange:request_create"),
        {"title": NUL, "needs": NUL, "working_languages": NUL},
    )

    assert response.status_code == 200
    assert {"title", "needs", "working_languages"} <= set(response.context["form"].errors)
    assert not PartnerRequest.objects.filter(title__startswith="bad").exists()


def test_the_profile_form_shows_an_error_for_a_nul(client):
    client.force_login(UserFactory(roles=[Role.OFFICIAL]))

    response = client.post(
        reverse("core:profile"),
        {"first_name": NUL, "last_name": "Dara", "city": NUL, "new_organisation_name": NUL},
    )

    assert response.status_code == 200
    assert "first_name" in response.context["form"].errors


@pytest.mark.parametrize(
    ("name", "data", "field"),
    [
        ("account_login", {"login": NUL, "password": NUL}, "login"),
        ("account_signup", {"email": NUL, "password1": NUL, "password2": NUL}, "email"),
        ("account_reset_password", {"email": NUL}, "email"),
    ],
)
def test_allauth_forms_show_an_error_for_a_nul(client, name, data, field):
    response = client.post(reverse(name), data)

    assert response.status_code == 200
    assert field in response.context["form"].errors
