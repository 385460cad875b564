"""Only coordinators revoke, with a reason; the verification page follows at once."""

import pytest

from exchange.factories import UserFactory, coordinator
from exchange.roles import Role
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(module):
    return certificate_issue(holder=UserFactory(), module=module, issued_by=None)[0]


def _url(certificate) -> str:
    return f"/certificates/{certificate.number}/revoke/"


def test_coordinator_revokes_with_a_reason(client, certificate):
    client.force_login(coordinator())

    response = client.post(_url(certificate), {"reason": "Wrong module"}, follow=True)

    certificate.refresh_from_db()
    assert certificate.is_revoked
    assert response.redirect_chain[-1][0] == f"/verify/{certificate.code}/"
    assert "Revoked" in response.content.decode()
    assert "Wrong module" in response.content.decode()


def test_empty_reason_redisplays_the_form(client, certificate):
    client.force_login(coordinator())

    response = client.post(_url(certificate), {"reason": ""})

    assert response.status_code == 200
    assert "field--error" in response.content.decode()
    certificate.refresh_from_db()
    assert not certificate.is_revoked


@pytest.mark.parametrize("role", [Role.OFFICIAL, Role.FOCAL_POINT, Role.EXPERT])
def test_non_coordinators_get_403(client, certificate, role):
    client.force_login(UserFactory(roles=[role]))

    assert client.post(_url(certificate), {"reason": "x"}).status_code == 403
    certificate.refresh_from_db()
    assert not certificate.is_revoked


def test_holder_cannot_revoke_their_own(client, certificate):
    client.force_login(certificate.holder)

    assert client.post(_url(certificate), {"reason": "x"}).status_code == 403
