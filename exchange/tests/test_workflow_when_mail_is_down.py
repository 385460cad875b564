"""Workflow steps and reports stand when the mail server is down; the mails follow."""

import datetime as dt

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from core.factories import coordinator, pdf_bytes
from core.mail import mail_send_pending
from core.models import OutgoingMail
from exchange.factories import MissionFactory, PartnerRequestFactory, focal_point
from exchange.models import MissionReport, PartnerRequest
from experts.factories import ExpertProfileFactory

pytestmark = pytest.mark.django_db

PDF = pdf_bytes()


def test_a_workflow_step_stands_and_its_mail_goes_out_later(
    client, smtp_down, django_capture_on_commit_callbacks, request
):
    partner_request = PartnerRequestFactory()
    boss = coordinator()
    client.force_login(focal_point(partner_request.city))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("exchange:request_move", args=[partner_request.pk]),
            {"to": PartnerRequest.Status.SUBMITTED},
        )

    assert response.status_code == 302
    partner_request.refresh_from_db()
    assert partner_request.status == PartnerRequest.Status.SUBMITTED
    assert OutgoingMail.objects.filter(to=[boss.email], status="pending").exists()

    received = request.getfixturevalue("smtp_server")
    mail_send_pending(now=timezone.now() + dt.timedelta(hours=1))
    assert [boss.email] in [envelope.rcpt_tos for envelope in received]
    assert not OutgoingMail.objects.filter(status="pending").exists()


def test_a_report_is_filed_with_the_mail_server_down(
    client, smtp_down, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    expert = ExpertProfileFactory()
    mission = MissionFactory(experts=[expert])
    client.force_login(expert.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("exchange:mission_report", args=[mission.pk]),
            {"text": "We trained 12 engineers.", "attachments": [SimpleUploadedFile("r.pdf", PDF)]},
        )
    assert response.status_code == 302
    assert MissionReport.objects.filter(mission=mission).exists()
