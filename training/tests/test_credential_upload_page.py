"""The public page that checks an uploaded credential or badge image."""

import io
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader

from django.core.files.uploadedfile import SimpleUploadedFile

from core.factories import UserFactory, coordinator
from documents.credentials.baking import badge_png, badge_svg
from documents.credentials.proofs import add_proof
from documents.services import document_revoke
from documents.views import VERIFY_FAILURES_ALLOWED
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db
URL = "/verify/credential/"


@pytest.fixture
def certificate(module):
    return certificate_issue(holder=UserFactory(), module=module, issued_by=None)[0]


@pytest.fixture
def credential(certificate) -> dict:
    with certificate.pdf.open("rb") as stored:
        reader = PdfReader(io.BytesIO(stored.read()))
    return json.loads(reader.attachments["openbadgecredential.json"][0])


def _upload(client, name: str, content: bytes):
    return client.post(URL, {"file": SimpleUploadedFile(name, content)})


def _outcome(response) -> str:
    assert response.status_code == 200
    return response.context["check"].outcome


def test_the_page_shows_an_upload_form_to_anyone(client):
    response = client.get(URL)

    assert response.status_code == 200
    assert b'enctype="multipart/form-data"' in response.content
    assert b"noindex" in response.content


@pytest.mark.parametrize(
    ("name", "bake"),
    [("c.json", lambda c: json.dumps(c).encode()), ("b.png", badge_png), ("b.svg", badge_svg)],
)
def test_a_genuine_credential_or_badge_is_valid(client, certificate, credential, name, bake):
    response = _upload(client, name, bake(credential))

    assert _outcome(response) == "valid"
    assert certificate.number in response.content.decode()


def test_a_revoked_credential_is_reported_revoked(client, certificate, credential):
    document_revoke(document=certificate, revoked_by=coordinator(), reason="Issued in error")

    assert _outcome(_upload(client, "c.json", json.dumps(credential).encode())) == "revoked"


def test_a_changed_credential_is_reported_tampered(client, credential):
    credential["credentialSubject"]["achievement"]["name"] += "!"

    assert _outcome(_upload(client, "c.json", json.dumps(credential).encode())) == "tampered"


def test_a_credential_of_another_issuer_is_reported_unknown(client, credential):
    credential.pop("proof")
    credential["issuer"]["id"] = "did:web:diplomas.example"
    foreign = add_proof(
        credential,
        key=Ed25519PrivateKey.generate(),
        verification_method="did:web:diplomas.example#1",
    )

    assert _outcome(_upload(client, "c.json", json.dumps(foreign).encode())) == "unknown issuer"


@pytest.mark.parametrize(
    "content",
    [b"not json", b"\x89PNG\r\n\x1a\nbroken", b"<svg xmlns='http://www.w3.org/2000/svg'/>", b""],
)
def test_a_file_without_a_credential_re_displays_the_form_with_the_reason(client, content):
    response = _upload(client, "upload.bin", content)

    assert response.status_code == 400
    assert response.context["form"].errors["file"]


def test_a_hostile_svg_is_refused_without_expanding_entities(client):
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><svg>&b;</svg>'
    )

    assert _upload(client, "bomb.svg", bomb).status_code == 400


def test_after_too_many_failed_checks_uploads_from_that_address_are_refused(client, credential):
    for _ in range(VERIFY_FAILURES_ALLOWED):
        _upload(client, "upload.bin", b"not json")

    response = _upload(client, "c.json", json.dumps(credential).encode())

    assert response.status_code == 429
