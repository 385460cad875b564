"""Experts file reports with checked attachments; partner and experts rate."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.factories import pdf_bytes
from exchange.factories import MissionFactory, focal_point
from exchange.models import MissionEvaluation, MissionReport, PartnerRequest
from experts.factories import ExpertProfileFactory

S = PartnerRequest.Status
pytestmark = pytest.mark.django_db

PDF = pdf_bytes()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_expert_files_a_report_with_a_pdf(client):
    expert = ExpertProfileFactory()
    mission = MissionFactory(experts=[expert])
    client.force_login(expert.user)
    response = client.post(
        reverse("exchange:mission_report", args=[mission.pk]),
        {"text": "We trained 12 engineers.", "attachments": [SimpleUploadedFile("r.pdf", PDF)]},
    )
    assert response.status_code == 302
    report = MissionReport.objects.get()
    assert report.attachments.count() == 1
    download = client.get(
        reverse("exchange:attachment_download", args=[report.attachments.get().pk])
    )
    assert download.status_code == 200


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("virus.exe", b"MZ\x90\x00", "Attach PDF"),
        ("fake.pdf", b"<html>not a pdf</html>", "does not match its type"),
    ],
)
def test_bad_attachments_are_refused(client, name, content, message):
    expert = ExpertProfileFactory()
    mission = MissionFactory(experts=[expert])
    client.force_login(expert.user)
    response = client.post(
        reverse("exchange:mission_report", args=[mission.pk]),
        {"text": "Report", "attachments": [SimpleUploadedFile(name, content)]},
    )
    assert response.status_code == 400
    assert message in response.text
    assert not MissionReport.objects.exists()


def test_too_large_attachment_is_refused(client, monkeypatch):
    monkeypatch.setattr("exchange.uploads.ATTACHMENT_MAX_BYTES", 10)
    expert = ExpertProfileFactory()
    mission = MissionFactory(experts=[expert])
    client.force_login(expert.user)
    response = client.post(
        reverse("exchange:mission_report", args=[mission.pk]),
        {"text": "Report", "attachments": [SimpleUploadedFile("r.pdf", PDF)]},
    )
    assert "too large" in response.text


def test_another_expert_cannot_report_on_the_mission(client):
    mission = MissionFactory(experts=[ExpertProfileFactory()])
    client.force_login(ExpertProfileFactory().user)
    response = client.post(reverse("exchange:mission_report", args=[mission.pk]), {"text": "x"})
    assert response.status_code == 404


def test_partner_rates_the_mission_and_the_request_is_evaluated(client):
    expert = ExpertProfileFactory()
    mission = MissionFactory(experts=[expert], request__status=S.COMPLETED)
    client.force_login(focal_point(mission.request.city))
    client.post(
        reverse("exchange:mission_evaluate", args=[mission.pk]),
        {"objectives_met": "4", "knowledge_transferred": "5", "would_work_together_again": "on"},
    )
    mission.request.refresh_from_db()
    assert mission.request.status == S.EVALUATED
    assert MissionEvaluation.objects.get().kind == MissionEvaluation.Kind.PARTNER


def test_expert_rates_the_partnership(client):
    expert = ExpertProfileFactory()
    mission = MissionFactory(experts=[expert], request__status=S.COMPLETED)
    client.force_login(expert.user)
    client.post(
        reverse("exchange:mission_evaluate", args=[mission.pk]),
        {"objectives_met": "3", "knowledge_transferred": "4", "comment": "Great hosts."},
    )
    evaluation = MissionEvaluation.objects.get()
    assert evaluation.kind == MissionEvaluation.Kind.EXPERT
    mission.request.refresh_from_db()
    assert mission.request.status == S.COMPLETED


def test_a_mission_in_progress_cannot_be_rated_yet(client):
    expert = ExpertProfileFactory()
    mission = MissionFactory(experts=[expert])
    client.force_login(expert.user)
    response = client.post(
        reverse("exchange:mission_evaluate", args=[mission.pk]),
        {"objectives_met": "3", "knowledge_transferred": "4"},
        follow=True,
    )
    assert "once it is completed" in response.text
    assert not MissionEvaluation.objects.exists()
