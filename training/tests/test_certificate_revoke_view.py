"""Only coordinators revoke, with a reason; the verification page follows at once."""

import pytest

from django.urls import reverse

from core.factories import UserFactory, coordinator
from core.roles import Role
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(module):
    return certificate_issue(holder=UserFactory(), module=module, issued_by=None)[0]


def _url(certificate) -> str:
    return reverse("documents:revoke", kwargs={"number": certificate.number})


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


def test_coordinator_sees_the_form_with_what_the_certificate_says(client, certificate):
    client.force_login(coordinator())

    response = client.get(_url(certificate))

    assert response.status_code == 200
    content = response.content.decode()
    assert f"Revoke certificate {certificate.number}" in content
    assert "Junction design" in content and 'name="reason"' in content


def test_anonymous_visitor_is_sent_to_log_in(client, certificate):
    response = client.post(_url(certificate), {"reason": "x"})

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    certificate.refresh_from_db()
    assert not certificate.is_revoked


def test_unknown_number_is_404_for_a_coordinator(client, certificate):
    client.force_login(coordinator())

    unknown = reverse("documents:revoke", kwargs={"number": "PSL-2026-999999"})

    assert client.post(unknown, {"reason": "x"}).status_code == 404


def test_the_verification_page_links_only_coordinators_to_the_revocation(client, certificate):
    assert _url(certificate) not in client.get(f"/verify/{certificate.code}/").content.decode()
    client.force_login(coordinator())

    assert _url(certificate) in client.get(f"/verify/{certificate.code}/").content.decode()


def test_the_former_address_redirects_to_the_shared_page(client, certificate):
    client.force_login(coordinator())

    response = client.get(f"/certificates/{certificate.number}/revoke/")

    assert response.status_code == 301
    assert response["Location"] == _url(certificate)


def test_revocation_goes_to_the_audit_trail(client, certificate):
    from core.models import AuditEvent

    revoker = coordinator()
    client.force_login(revoker)

    client.post(_url(certificate), {"reason": "Wrong module"}, REMOTE_ADDR="203.0.113.9")

    event = AuditEvent.objects.get(action=AuditEvent.Action.DOCUMENT_REVOKED)
    assert (event.actor, event.subject) == (revoker, certificate.holder)
    assert event.target == f"certificate {certificate.number}"
    assert (event.detail, event.ip_address) == ("Wrong module", "203.0.113.9")
    issued = AuditEvent.objects.get(action=AuditEvent.Action.DOCUMENT_ISSUED)
    assert issued.subject == certificate.holder
