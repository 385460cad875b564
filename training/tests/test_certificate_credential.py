"""Every certificate PDF carries a signed Open Badges 3.0 credential."""

import hashlib
import json

import pytest
from pypdf import PdfReader

from core.factories import UserFactory
from documents.credentials.verify import REVOKED, VALID, verify_credential
from documents.services import document_revoke
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db


def _credential_in(certificate) -> dict:
    reader = PdfReader(certificate.pdf.open("rb"))
    return json.loads(reader.attachments["openbadgecredential.json"][0])


@pytest.fixture
def certificate(module):
    holder = UserFactory(email="sophea@example.org", first_name="Sophea", last_name="Sok")
    return certificate_issue(holder=holder, module=module, issued_by=None)[0]


def test_the_pdf_carries_an_openbadgecredential_for_the_module(certificate, module):
    credential = _credential_in(certificate)

    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    achievement = credential["credentialSubject"]["achievement"]
    assert achievement["name"] == module.title
    assert achievement["description"] == module.summary
    assert achievement["fieldOfStudy"] == module.domain.name
    assert str(module.duration_hours) in achievement["criteria"]["narrative"]
    assert credential["credentialSubject"]["name"] == "Sophea Sok"
    assert credential["validFrom"] == f"{certificate.issued_on.isoformat()}T00:00:00Z"
    assert credential["proof"]["cryptosuite"] == "eddsa-rdfc-2022"


def test_the_holder_is_named_by_a_salted_hash_of_their_email(certificate):
    identity = _credential_in(certificate)["credentialSubject"]["identifier"][0]

    expected = hashlib.sha256(("sophea@example.org" + identity["salt"]).encode()).hexdigest()
    assert identity["identityHash"] == f"sha256${expected}"
    assert identity["hashed"] is True
    assert "sophea@example.org" not in json.dumps(_credential_in(certificate))


def test_the_credential_verifies_then_reads_revoked_once_revoked(certificate):
    credential = _credential_in(certificate)
    assert verify_credential(credential).outcome == VALID

    document_revoke(document=certificate, revoked_by=UserFactory(), reason="Issued in error")

    assert verify_credential(credential).outcome == REVOKED
