"""Coordinators revoke a mission attestation with a reason, from the mission
page; the public verification page then says revoked, with date and reason."""

import pytest

from django.urls import reverse
from django.utils import formats, timezone

from core.factories import UserFactory, coordinator
from core.roles import Role
from exchange.attestation_services import attestation_issue
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
    return MissionFactory(
        experts=[expert], request__status=S.COMPLETED, request__title="Flood warning system"
    )


@pytest.fixture
def attestation(mission, expert):
    return attestation_issue(mission=mission, expert=expert)[0]


def _url(attestation) -> str:
    return reverse("documents:revoke", kwargs={"number": attestation.number})


def _mission_page(client, mission) -> str:
    response = client.get(reverse("exchange:mission_detail", args=[mission.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_coordinator_sees_the_form_with_what_the_attestation_says(client, attestation):
    client.force_login(coordinator())

    response = client.get(_url(attestation))

    assert response.status_code == 200
    content = response.content.decode()
    assert f"Revoke attestation {attestation.number}" in content
    for fact in ("Claire Dubois", "Flood warning system", attestation.partner_city):
        assert fact in content
    assert 'name="reason"' in content


def test_revoking_leads_to_the_verification_page_with_date_and_reason(client, attestation):
    client.force_login(coordinator())

    response = client.post(_url(attestation), {"reason": "Wrong dates"}, follow=True)

    attestation.refresh_from_db()
    assert attestation.is_revoked
    assert attestation.revocation_reason == "Wrong dates"
    assert response.redirect_chain[-1][0] == f"/verify/{attestation.code}/"
    assert f"Attestation {attestation.number} is revoked." in response.content.decode()
    client.logout()
    content = client.get(f"/verify/{attestation.code}/").content.decode()
    assert "Revoked" in content and "Wrong dates" in content
    today = formats.date_format(timezone.localdate(), "DATE_FORMAT")
    assert f"this attestation was revoked on {today}." in content


@pytest.mark.parametrize("reason", ["", "   "])
def test_empty_reason_redisplays_the_form_with_a_message(client, attestation, reason):
    client.force_login(coordinator())

    response = client.post(_url(attestation), {"reason": reason})

    assert response.status_code == 200
    content = response.content.decode()
    assert "field--error" in content and "This field is required." in content
    attestation.refresh_from_db()
    assert not attestation.is_revoked


def test_an_already_revoked_attestation_shows_when_and_why(client, attestation):
    client.force_login(coordinator())
    client.post(_url(attestation), {"reason": "Wrong dates"})

    content = client.get(_url(attestation)).content.decode()

    assert "Revocation recorded on" in content and "Wrong dates" in content
    assert 'name="reason"' not in content


def test_anonymous_visitor_is_sent_to_log_in(client, attestation):
    response = client.post(_url(attestation), {"reason": "x"})

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    attestation.refresh_from_db()
    assert not attestation.is_revoked


@pytest.mark.parametrize("role", [Role.OFFICIAL, Role.FOCAL_POINT, Role.EXPERT])
def test_other_roles_get_403(client, attestation, role):
    client.force_login(UserFactory(roles=[role]))

    assert client.get(_url(attestation)).status_code == 403
    assert client.post(_url(attestation), {"reason": "x"}).status_code == 403
    attestation.refresh_from_db()
    assert not attestation.is_revoked


def test_the_holder_and_the_partner_focal_point_get_403(client, attestation, mission):
    for user in (attestation.holder, focal_point(mission.request.city)):
        client.force_login(user)
        assert client.post(_url(attestation), {"reason": "x"}).status_code == 403
    attestation.refresh_from_db()
    assert not attestation.is_revoked


def test_unknown_number_is_404_for_a_coordinator(client, attestation):
    client.force_login(coordinator())

    url = reverse("documents:revoke", kwargs={"number": "PSL-ATT-2026-999999"})

    assert client.get(url).status_code == 404
    assert client.post(url, {"reason": "x"}).status_code == 404


def test_the_mission_page_links_coordinators_to_the_revocation(client, mission, attestation):
    client.force_login(coordinator())

    content = _mission_page(client, mission)

    assert _url(attestation) in content
    assert f"/verify/{attestation.code}/" in content


def test_the_expert_sees_no_revocation_link(client, mission, attestation):
    client.force_login(attestation.holder)

    content = _mission_page(client, mission)

    assert _url(attestation) not in content
    assert f"/verify/{attestation.code}/" in content


def test_the_verification_page_links_only_coordinators_to_the_revocation(client, attestation):
    assert _url(attestation) not in client.get(f"/verify/{attestation.code}/").content.decode()
    client.force_login(coordinator())

    assert _url(attestation) in client.get(f"/verify/{attestation.code}/").content.decode()


def test_after_revocation_the_expert_sees_it_revoked_and_cannot_download_it(
    client, mission, expert, attestation
):
    client.force_login(coordinator())
    client.post(_url(attestation), {"reason": "Wrong dates"})
    client.force_login(expert.user)
    download = reverse("exchange:mission_attestation", args=[mission.pk, expert.pk])

    content = _mission_page(client, mission)

    assert "was revoked on" in content and "Wrong dates" in content
    assert download not in content
    assert client.get(download).status_code == 404
    assert Attestation.objects.filter(holder=expert.user).count() == 1


def test_the_former_address_redirects_to_the_shared_page(client, attestation):
    client.force_login(coordinator())

    response = client.get(f"/attestations/{attestation.number}/revoke/")

    assert response.status_code == 301
    assert response["Location"] == _url(attestation)
