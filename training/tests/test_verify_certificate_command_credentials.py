"""manage.py verify_certificate also checks the credential inside a PDF, a
credential JSON file and a baked badge image."""

import io
import json

import pytest
from pypdf import PdfReader

from django.core.management import call_command
from django.core.management.base import CommandError

from core.factories import UserFactory, coordinator
from documents.credentials.baking import badge_png, badge_svg
from documents.services import document_revoke
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(module):
    return certificate_issue(holder=UserFactory(), module=module, issued_by=None)[0]


@pytest.fixture
def credential(certificate) -> dict:
    with certificate.pdf.open("rb") as stored:
        reader = PdfReader(io.BytesIO(stored.read()))
    return json.loads(reader.attachments["openbadgecredential.json"][0])


def _check(path, capsys) -> str:
    call_command("verify_certificate", str(path))
    return capsys.readouterr().out


def test_a_pdf_reports_its_signature_and_its_credential(certificate, tmp_path, capsys):
    path = tmp_path / "certificate.pdf"
    with certificate.pdf.open("rb") as stored:
        path.write_bytes(stored.read())

    output = _check(path, capsys)

    assert f"{certificate.number}: signature valid; status: valid; credential: valid" in output


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("credential.json", lambda c: json.dumps(c).encode()),
        ("badge.png", badge_png),
        ("badge.svg", badge_svg),
    ],
)
def test_a_credential_or_a_badge_is_checked(
    certificate, credential, tmp_path, capsys, name, content
):
    path = tmp_path / name
    path.write_bytes(content(credential))

    output = _check(path, capsys)

    assert f"{certificate.number}: signature valid; status: valid" in output


def test_a_revoked_credential_fails_naming_it_revoked(certificate, credential, tmp_path):
    document_revoke(document=certificate, revoked_by=coordinator(), reason="Issued in error")
    path = tmp_path / "credential.json"
    path.write_text(json.dumps(credential))

    with pytest.raises(CommandError, match="revoked"):
        call_command("verify_certificate", str(path))


def test_a_changed_credential_fails_naming_it_tampered(credential, tmp_path):
    credential["credentialSubject"]["name"] += "e"
    path = tmp_path / "credential.json"
    path.write_text(json.dumps(credential))

    with pytest.raises(CommandError, match="tampered"):
        call_command("verify_certificate", str(path))


def test_a_file_with_no_credential_fails_naming_it(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello")

    with pytest.raises(CommandError, match="not a credential"):
        call_command("verify_certificate", str(path))
