"""An issued attestation is also served by its number, to its holder and
coordinators only, and the verification page offers it to them."""

import pytest

from django.urls import reverse

from core.factories import UserFactory, coordinator
from documents.services import document_revoke
from exchange.attestation_services import attestation_issue
from exchange.factories import MissionFactory
from exchange.models import PartnerRequest
from experts.factories import ExpertProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def attestation():
    expert = ExpertProfileFactory()
    mission = MissionFactory(experts=[expert], request__status=PartnerRequest.Status.COMPLETED)
    return attestation_issue(mission=mission, expert=expert)[0]


def _url(attestation) -> str:
    return reverse("exchange:attestation_pdf", kwargs={"number": attestation.number})


def test_the_holder_gets_the_stored_pdf(client, attestation):
    client.force_login(attestation.holder)

    response = client.get(_url(attestation))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == attestation.pdf.read()


def test_a_coordinator_gets_it_and_anybody_else_404(client, attestation):
    client.force_login(coordinator())
    assert client.get(_url(attestation)).status_code == 200

    client.force_login(ExpertProfileFactory().user)
    assert client.get(_url(attestation)).status_code == 404


def test_a_revoked_attestation_is_not_served(client, attestation):
    document_revoke(document=attestation, revoked_by=coordinator(), reason="Wrong dates")
    client.force_login(attestation.holder)

    assert client.get(_url(attestation)).status_code == 404


def test_the_verification_page_offers_it_to_the_holder_only(client, attestation):
    client.force_login(attestation.holder)
    assert _url(attestation) in client.get(f"/verify/{attestation.code}/").text

    client.force_login(UserFactory())
    assert _url(attestation) not in client.get(f"/verify/{attestation.code}/").text
