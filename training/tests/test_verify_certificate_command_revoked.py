"""manage.py verify_certificate refuses a revoked certificate, saying so."""

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from core.factories import UserFactory, coordinator
from documents.services import document_revoke
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def issued(module, tmp_path):
    certificate = certificate_issue(holder=UserFactory(), module=module, issued_by=None)[0]
    path = tmp_path / "certificate.pdf"
    with certificate.pdf.open("rb") as handle:
        path.write_bytes(handle.read())
    return certificate, path


def test_a_valid_certificate_passes(issued, capsys):
    certificate, path = issued

    call_command("verify_certificate", str(path))

    assert f"{certificate.number}: signature valid; status: valid" in capsys.readouterr().out


def test_a_revoked_certificate_fails_and_says_revoked_with_the_reason(issued):
    certificate, path = issued
    document_revoke(document=certificate, revoked_by=coordinator(), reason="Wrong person")

    with pytest.raises(CommandError, match=r"revoked on \d{4}-\d\d-\d\d: Wrong person"):
        call_command("verify_certificate", str(path))
