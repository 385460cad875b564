"""Completing a mission issues each expert's attestation in the background,
once, and e-mails each expert a link; downloads then serve that attestation."""

import pytest

from django.conf import settings
from django.core import mail
from django.urls import reverse

from core.factories import coordinator
from documents.services import document_revoke
from documents.signing import check_signature
from exchange.factories import MissionFactory, focal_point
from exchange.models import Attestation, PartnerRequest
from exchange.services import request_transition
from exchange.tasks import issue_mission_attestations
from experts.factories import ExpertProfileFactory

S = PartnerRequest.Status
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def experts():
    return [
        ExpertProfileFactory(user__first_name="Claire", user__last_name="Dubois"),
        ExpertProfileFactory(user__first_name="Sok", user__last_name="Dara"),
    ]


@pytest.fixture
def mission(experts):
    return MissionFactory(experts=experts, request__title="Flood warning system")


def _attestation_mails(expert) -> list:
    return [m for m in mail.outbox if m.to == [expert.user.email] and "attestation" in m.subject]


def test_completing_the_mission_issues_one_attestation_per_expert_and_mails_them(
    mission, experts, django_capture_on_commit_callbacks
):
    partner = focal_point(mission.request.city)

    with django_capture_on_commit_callbacks(execute=True):
        request_transition(request=mission.request, user=partner, to_status=S.COMPLETED)

    attestations = Attestation.objects.filter(mission=mission)
    assert sorted(a.holder_id for a in attestations) == sorted(e.user_id for e in experts)
    for attestation in attestations:
        assert attestation.issuer_name == "Passerelle"
        assert attestation.mission_title == "Flood warning system"
        assert check_signature(attestation.pdf.read()).ok
    for expert in experts:
        (message,) = _attestation_mails(expert)
        number = attestations.get(holder=expert.user).number
        assert number in message.body
        assert "Flood warning system" in message.subject
        assert settings.SITE_URL + mission.get_absolute_url() in message.body


def test_nothing_is_issued_before_the_completion_is_committed(
    mission, django_capture_on_commit_callbacks
):
    partner = focal_point(mission.request.city)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        request_transition(request=mission.request, user=partner, to_status=S.COMPLETED)

        assert not Attestation.objects.exists()
    assert callbacks


def test_other_steps_issue_nothing(experts, django_capture_on_commit_callbacks):
    mission = MissionFactory(experts=experts, request__status=S.CONFIRMED)

    with django_capture_on_commit_callbacks(execute=True):
        request_transition(request=mission.request, user=coordinator(), to_status=S.IN_PROGRESS)

    assert not Attestation.objects.exists()


def test_moving_the_request_on_the_web_issues_the_attestations(
    client, mission, experts, django_capture_on_commit_callbacks
):
    client.force_login(coordinator())

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("exchange:request_move", args=[mission.request.pk]), {"to": S.COMPLETED}
        )

    assert response.status_code == 302
    assert Attestation.objects.filter(mission=mission).count() == len(experts)


def test_a_second_run_issues_nothing_and_mails_nobody(mission, experts):
    mission.request.status = S.COMPLETED
    mission.request.save()
    first = issue_mission_attestations.call(mission.pk)
    sent = len(mail.outbox)

    second = issue_mission_attestations.call(mission.pk)

    assert len(first) == len(experts)
    assert second == []
    assert Attestation.objects.count() == len(experts)
    assert len(mail.outbox) == sent


def test_a_revoked_attestation_is_not_issued_again_by_a_rerun(mission, experts):
    mission.request.status = S.COMPLETED
    mission.request.save()
    issue_mission_attestations.call(mission.pk)
    revoked = Attestation.objects.get(holder=experts[0].user)
    document_revoke(document=revoked, revoked_by=coordinator(), reason="Wrong dates")

    assert issue_mission_attestations.call(mission.pk) == []
    assert Attestation.objects.valid().filter(holder=experts[0].user).count() == 0


def test_an_expert_who_issued_theirs_first_gets_no_second_attestation_nor_mail(
    client, mission, experts
):
    mission.request.status = S.COMPLETED
    mission.request.save()
    client.force_login(experts[0].user)
    url = reverse("exchange:mission_attestation", args=[mission.pk, experts[0].pk])
    assert client.post(url).status_code == 302
    assert client.get(url).status_code == 200

    issued = issue_mission_attestations.call(mission.pk)

    assert issued == [Attestation.objects.get(holder=experts[1].user).number]
    assert Attestation.objects.filter(holder=experts[0].user).count() == 1
    assert not _attestation_mails(experts[0])


def test_the_download_serves_the_attestation_issued_on_completion(client, mission, experts):
    mission.request.status = S.COMPLETED
    mission.request.save()
    issue_mission_attestations.call(mission.pk)
    attestation = Attestation.objects.get(holder=experts[0].user)
    client.force_login(experts[0].user)

    response = client.get(reverse("exchange:mission_attestation", args=[mission.pk, experts[0].pk]))

    with attestation.pdf.open("rb") as stored:
        assert b"".join(response.streaming_content) == stored.read()
    assert Attestation.objects.count() == len(experts)


def test_the_task_ignores_an_unfinished_or_unknown_mission(mission):
    assert issue_mission_attestations.call(mission.pk) == []
    assert issue_mission_attestations.call(mission.pk + 1000) == []
    assert not Attestation.objects.exists()
