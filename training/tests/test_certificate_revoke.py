"""Revoking: needs a reason, is recorded, and the register says so at once."""

import pytest

from django.core.management import call_command

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


def test_verify_command_reports_valid_then_revoked(certificate, tmp_path, capsys):
    path = tmp_path / "c.pdf"
    with certificate.pdf.open("rb") as handle:
        path.write_bytes(handle.read())

    call_command("verify_certificate", str(path))
    document_revoke(document=certificate, revoked_by=coordinator(), reason="Fraud")
    call_command("verify_certificate", str(path))

    first, second = capsys.readouterr().out.splitlines()
    assert first == f"{certificate.number}: signature valid; status: valid"
    assert second.startswith(f"{certificate.number}: signature valid; status: revoked on")
    assert second.endswith("Fraud")
