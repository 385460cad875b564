"""A withdrawal stands and its e-mail waits when the mail server is down."""

import datetime as dt

import pytest

from django.urls import reverse
from django.utils import timezone

from core.factories import UserFactory
from core.mail import mail_send_pending
from core.models import OutgoingMail
from training.factories import SessionFactory
from training.models import Enrolment
from training.services import enrolment_create

pytestmark = pytest.mark.django_db


def test_withdrawing_with_the_mail_server_down_is_no_error_and_mail_follows(
    client, module, smtp_down, django_capture_on_commit_callbacks, request
):
    session = SessionFactory(module=module, capacity=1)
    booked = enrolment_create(user=UserFactory(), module=module, session=session)
    first = enrolment_create(user=UserFactory(), module=module, session=session)
    client.force_login(booked.user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("training:withdraw", args=[booked.pk]))

    assert response.status_code == 302
    assert Enrolment.objects.get(pk=booked.pk).status == Enrolment.Status.WITHDRAWN
    assert Enrolment.objects.get(pk=first.pk).status == Enrolment.Status.ACTIVE
    waiting = OutgoingMail.objects.get()
    assert (waiting.status, waiting.to) == (OutgoingMail.Status.PENDING, [first.user.email])

    received = request.getfixturevalue("smtp_server")
    mail_send_pending(now=timezone.now() + dt.timedelta(hours=1))
    assert [envelope.rcpt_tos for envelope in received] == [[first.user.email]]
