"""Experts get a signed, verifiable attestation once their mission is completed."""

import io

import pytest
from pypdf import PdfReader

from django.core.management import CommandError, call_command
from django.urls import reverse

from core.factories import UserFactory, coordinator
from core.roles import Role
from documents.services import document_revoke
from documents.signing import check_signature
from exchange.attestation_services import AttestationError, attestation_issue
from exchange.factories import MissionFactory, focal_point
from exchange.models import Attestation, PartnerRequest
from experts.factories import ExpertProfileFactory

S = PartnerRequest.Status
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def expert():
    return ExpertProfileFactory(user__first_name="Claire", user__last_name="Dubois")


@pytest.fixture
def mission(expert):
    mission = MissionFactory(
        experts=[expert], request__status=S.COMPLETED, request__title="Flood warning system"
    )
    return mission


def _url(mission, expert) -> str:
    return reverse("exchange:mission_attestation", args=[mission.pk, expert.pk])


def _issue(client, mission, expert):
    """Issue through the mission page's button (a POST), as the task would have."""
    response = client.post(_url(mission, expert))
    assert response.status_code == 302
    return response


def _pdf(response) -> bytes:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content)


def test_expert_downloads_a_signed_attestation_that_reads_back(client, mission, expert):
    client.force_login(expert.user)
    _issue(client, mission, expert)

    pdf = _pdf(client.get(_url(mission, expert)))

    attestation = Attestation.objects.get()
    assert attestation.number.startswith("PSL-ATT-")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for expected in (
        "Mission attestation",
        "Claire Dubois",
        "Flood warning system",
        str(mission.request.city),
        "expert",
        attestation.number,
        f"/verify/{attestation.code}/",
    ):
        assert expected in text, expected
    assert check_signature(pdf).ok


def test_second_download_issues_nothing_new(client, mission, expert):
    client.force_login(expert.user)
    _issue(client, mission, expert)
    first = _pdf(client.get(_url(mission, expert)))

    second = _pdf(client.get(_url(mission, expert)))

    assert Attestation.objects.count() == 1
    assert first == second


def test_coordinator_downloads_an_experts_attestation(client, mission, expert):
    client.force_login(coordinator())
    _issue(client, mission, expert)

    _pdf(client.get(_url(mission, expert)))


@pytest.mark.parametrize("role", [Role.EXPERT, Role.OFFICIAL, Role.FOCAL_POINT])
def test_other_people_get_404(client, mission, expert, role):
    client.force_login(UserFactory(roles=[role]))

    assert client.get(_url(mission, expert)).status_code == 404
    assert client.post(_url(mission, expert)).status_code == 404
    assert not Attestation.objects.exists()


def test_partner_focal_point_who_sees_the_mission_gets_404(client, mission, expert):
    client.force_login(focal_point(mission.request.city))

    assert client.get(reverse("exchange:mission_detail", args=[mission.pk])).status_code == 200
    assert client.get(_url(mission, expert)).status_code == 404


def test_another_expert_of_the_mission_cannot_download_it(client, mission, expert):
    colleague = ExpertProfileFactory()
    mission.experts.add(colleague)
    client.force_login(colleague.user)

    assert client.get(_url(mission, expert)).status_code == 404


def test_no_attestation_before_the_mission_is_completed(client, expert):
    mission = MissionFactory(experts=[expert], request__status=S.IN_PROGRESS)
    client.force_login(expert.user)

    assert client.get(_url(mission, expert)).status_code == 404
    page = client.get(reverse("exchange:mission_detail", args=[mission.pk]))
    assert _url(mission, expert) not in page.text
    with pytest.raises(AttestationError):
        attestation_issue(mission=mission, expert=expert)


def test_completed_mission_page_links_the_expert_to_their_attestation(client, mission, expert):
    client.force_login(expert.user)
    attestation_issue(mission=mission, expert=expert)

    page = client.get(reverse("exchange:mission_detail", args=[mission.pk]))

    assert f'href="{_url(mission, expert)}"' in page.text


def test_a_get_never_issues_an_attestation(client, mission, expert):
    client.force_login(expert.user)

    assert client.get(_url(mission, expert)).status_code == 404
    page = client.get(reverse("exchange:mission_detail", args=[mission.pk]))

    assert not Attestation.objects.exists()
    assert f'<form method="post" action="{_url(mission, expert)}"' in page.text
    assert f'href="{_url(mission, expert)}"' not in page.text


def test_posting_twice_issues_one_attestation(client, mission, expert):
    client.force_login(expert.user)
    _issue(client, mission, expert)
    _issue(client, mission, expert)

    assert Attestation.objects.count() == 1


def test_verification_page_shows_the_attestation_and_its_revocation(client, mission, expert):
    attestation, _created = attestation_issue(mission=mission, expert=expert)

    page = client.get(f"/verify/{attestation.code}/")
    assert page.status_code == 200
    assert "Valid" in page.text and "Flood warning system" in page.text

    document_revoke(document=attestation, revoked_by=coordinator(), reason="Wrong dates")
    page = client.get(f"/verify/{attestation.code}/")
    assert "Revoked" in page.text and "Wrong dates" in page.text


def test_verify_certificate_command_recognises_an_attestation(tmp_path, mission, expert, capsys):
    attestation, _created = attestation_issue(mission=mission, expert=expert)
    path = tmp_path / "attestation.pdf"
    path.write_bytes(attestation.pdf.read())

    call_command("verify_certificate", str(path))

    assert f"{attestation.number}: signature valid; status: valid" in capsys.readouterr().out
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(CommandError, match="tampered"):
        call_command("verify_certificate", str(path))
