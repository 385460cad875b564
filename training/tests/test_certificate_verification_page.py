"""The public verification page: no account, valid or revoked, clear "not found"."""

import pytest

from core.factories import UserFactory, coordinator
from documents.services import document_revoke
from documents.views import VERIFY_FAILURES_ALLOWED
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(module):
    holder = UserFactory(first_name="Dara", last_name="Sok")
    return certificate_issue(holder=holder, module=module, issued_by=coordinator())[0]


def test_anonymous_visitor_sees_a_valid_certificate(client, certificate):
    response = client.get(f"/verify/{certificate.code}/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "Valid" in content
    for fact in (certificate.number, "Dara Sok", "Junction design", certificate.issuer_name):
        assert fact in content


def test_revoked_certificate_shows_date_and_reason_at_once(client, certificate):
    document_revoke(document=certificate, revoked_by=coordinator(), reason="Wrong person")

    content = client.get(f"/verify/{certificate.code}/").content.decode()

    assert "Revoked" in content
    assert "Wrong person" in content


@pytest.mark.parametrize(
    "code", ["A" * 22, "short", "%2e%2e", "abc%00def", "a%20b", "' OR 1=1 --", "x" * 300, "ក" * 22]
)
def test_unknown_or_malformed_code_is_not_found(client, code):
    response = client.get(f"/verify/{code}/")

    assert response.status_code == 404
    # A NUL in the address is refused before any view (NulInAddressMiddleware).
    assert ("Not found" if "%00" not in code else "Page not found") in response.content.decode()


def test_repeated_unknown_codes_are_rate_limited(client, certificate):
    for _ in range(VERIFY_FAILURES_ALLOWED):
        assert client.get("/verify/" + "B" * 22 + "/").status_code == 404

    assert client.get("/verify/" + "C" * 22 + "/").status_code == 429
    assert client.get(f"/verify/{certificate.code}/").status_code == 429


def test_page_is_not_cached_and_not_indexed(client, certificate):
    response = client.get(f"/verify/{certificate.code}/")

    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert 'name="robots" content="noindex"' in response.content.decode()


@pytest.mark.parametrize(
    ("who", "offered"),
    [("holder", True), ("coordinator", True), ("someone else", False), ("anonymous", False)],
)
def test_only_the_holder_and_coordinators_are_offered_the_pdf(client, certificate, who, offered):
    users = {
        "holder": certificate.holder,
        "coordinator": coordinator(),
        "someone else": UserFactory(),
    }
    if who in users:
        client.force_login(users[who])

    page = client.get(f"/verify/{certificate.code}/").text

    assert (f"/certificates/{certificate.number}.pdf" in page) == offered
