"""Revoking: needs a reason, is recorded, and the register says so at once."""

import pytest

from core.factories import UserFactory, coordinator
from documents.services import DocumentError, document_revoke
from documents.verification import certificate_status
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(module):
    return certificate_issue(holder=UserFactory(), module=module, issued_by=None)[0]


def test_revoke_records_who_when_and_why(certificate):
    by = coordinator()

    revoked = document_revoke(document=certificate, revoked_by=by, reason="Fraud")

    assert revoked.is_revoked
    assert revoked.revoked_by == by
    assert revoked.revocation_reason == "Fraud"
    assert certificate_status(certificate.number, certificate.code).startswith("revoked on")


def test_revoke_needs_a_reason(certificate):
    with pytest.raises(DocumentError, match="A reason is required to revoke a certificate"):
        document_revoke(document=certificate, revoked_by=coordinator(), reason="  ")

    certificate.refresh_from_db()
    assert not certificate.is_revoked
