"""Only the holder and coordinators can download a certificate's PDF."""

import pytest

from core.factories import UserFactory, coordinator
from core.roles import Role
from documents.services import document_revoke
from documents.signing import check_signature
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(module):
    return certificate_issue(holder=UserFactory(), module=module, issued_by=None)[0]


def _url(certificate) -> str:
    return f"/certificates/{certificate.number}.pdf"


def test_holder_downloads_the_signed_pdf(client, certificate):
    client.force_login(certificate.holder)

    response = client.get(_url(certificate))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f'filename="{certificate.number}.pdf"' in response["Content-Disposition"]
    assert check_signature(b"".join(response.streaming_content)).ok


def test_coordinator_downloads_any_certificate(client, certificate):
    client.force_login(coordinator())

    assert client.get(_url(certificate)).status_code == 200


@pytest.mark.parametrize("role", [Role.OFFICIAL, Role.FOCAL_POINT, Role.EXPERT])
def test_other_people_get_404(client, certificate, role):
    client.force_login(UserFactory(roles=[role]))

    assert client.get(_url(certificate)).status_code == 404


def test_anonymous_visitor_is_sent_to_log_in(client, certificate):
    response = client.get(_url(certificate))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_unknown_number_is_404(client, certificate):
    client.force_login(certificate.holder)

    assert client.get("/certificates/PSL-2026-999999.pdf").status_code == 404


def test_a_revoked_certificate_is_not_served(client, certificate):
    document_revoke(document=certificate, revoked_by=coordinator(), reason="Wrong person")

    for user in (certificate.holder, coordinator()):
        client.force_login(user)
        assert client.get(_url(certificate)).status_code == 404
