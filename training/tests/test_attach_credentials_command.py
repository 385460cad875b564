"""manage.py attach_credentials gives certificates issued before credentials their credential."""

import io

import pytest
from pypdf import PdfReader

from django.core.files.base import ContentFile
from django.core.management import call_command

from core.factories import UserFactory
from documents.certificates import render_certificate
from documents.signing import check_signature
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def old_certificate(module):
    """A certificate whose stored PDF was made before credentials existed."""
    certificate = certificate_issue(holder=UserFactory(), module=module, issued_by=None)[0]
    certificate.pdf.delete(save=False)
    certificate.pdf.save("old.pdf", ContentFile(render_certificate(certificate.as_document())))
    return certificate


def _attachments(certificate) -> set[str]:
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as stored:
        return set(PdfReader(io.BytesIO(stored.read())).attachments)


def test_the_pdf_is_signed_again_with_its_credential(old_certificate, capsys):
    old_name = old_certificate.pdf.name
    assert "openbadgecredential.json" not in _attachments(old_certificate)

    call_command("attach_credentials")

    assert "openbadgecredential.json" in _attachments(old_certificate)
    with old_certificate.pdf.open("rb") as stored:
        assert check_signature(stored.read()).ok
    assert old_certificate.pdf.name != old_name
    assert not old_certificate.pdf.storage.exists(old_name)
    assert "1 document(s) given a credential" in capsys.readouterr().out


def test_a_second_run_changes_nothing(old_certificate, capsys):
    call_command("attach_credentials")
    old_certificate.refresh_from_db()
    name = old_certificate.pdf.name

    call_command("attach_credentials")

    old_certificate.refresh_from_db()
    assert old_certificate.pdf.name == name
    assert capsys.readouterr().out.endswith("0 document(s) given a credential\n")
