"""A mission attestation's PDF carries an Open Badges credential for the mission."""

import io
import json
from pathlib import Path

import jsonschema
import pytest
from pypdf import PdfReader

import documents
from core.factories import coordinator
from documents.credentials.verify import REVOKED, VALID, verify_credential
from documents.services import document_revoke
from exchange.attestation_services import attestation_issue
from exchange.factories import MissionFactory
from exchange.models import PartnerRequest
from experts.factories import ExpertProfileFactory

pytestmark = pytest.mark.django_db

SCHEMA = Path(documents.__file__).parent / "credentials" / "schema"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def attestation():
    expert = ExpertProfileFactory()
    mission = MissionFactory(experts=[expert], request__status=PartnerRequest.Status.COMPLETED)
    return attestation_issue(mission=mission, expert=expert)[0]


def _credential(attestation) -> dict:
    reader = PdfReader(io.BytesIO(attestation.pdf.read()))
    return json.loads(reader.attachments["openbadgecredential.json"][0])


def test_the_credential_describes_the_mission(attestation):
    credential = _credential(attestation)

    subject = credential["credentialSubject"]
    assert subject["achievement"]["name"] == attestation.mission_title
    assert attestation.partner_city in subject["achievement"]["description"]
    assert subject["role"] == attestation.role
    assert subject["activityStartDate"] == f"{attestation.start_date.isoformat()}T00:00:00Z"
    assert subject["activityEndDate"] == f"{attestation.end_date.isoformat()}T00:00:00Z"
    assert subject["achievement"]["id"].endswith(f"/missions/{attestation.mission_id}/")
    schema = json.loads((SCHEMA / "ob_v3p0_achievementcredential_schema.json").read_text())
    jsonschema.Draft201909Validator(schema).validate(credential)


def test_it_verifies_until_the_attestation_is_revoked(attestation):
    credential = _credential(attestation)
    assert verify_credential(credential).outcome == VALID

    document_revoke(document=attestation, revoked_by=coordinator(), reason="Wrong expert")

    assert verify_credential(credential).outcome == REVOKED


def test_the_expert_finds_linkedin_and_wallet_links_on_the_mission_page(client, attestation):
    client.force_login(attestation.holder)

    page = client.get(attestation.mission.get_absolute_url()).content.decode()

    assert "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME" in page
    assert f"/issued/{attestation.number}/credential.json" in page
    response = client.get(f"/issued/{attestation.number}/credential.json")
    assert json.loads(response.content) == _credential(attestation)
