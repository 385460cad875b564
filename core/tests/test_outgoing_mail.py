"""E-mail leaves after the commit, through a task that survives a mail server
that is down and sends once it is back (core.mail)."""

import datetime as dt

import pytest

from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from core.mail import mail_queue, mail_send_pending
from core.models import OutgoingMail

pytestmark = pytest.mark.django_db


def test_nothing_leaves_before_the_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        mail_queue(to=["a@example.org"], subject="Hello", body="Body")
        assert mail.outbox == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert [m.to for m in mail.outbox] == [["a@example.org"]]
    assert OutgoingMail.objects.get().status == OutgoingMail.Status.SENT


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_change_sends_nothing():
    with pytest.raises(RuntimeError), transaction.atomic():
        mail_queue(to=["a@example.org"], subject="Hello", body="Body")
        raise RuntimeError
    assert mail.outbox == []
    assert not OutgoingMail.objects.exists()


def test_a_closed_port_keeps_the_mail_pending(smtp_down, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        queued = mail_queue(to=["a@example.org"], subject="Seat free", body="Come")
    queued.refresh_from_db()
    assert queued.status == OutgoingMail.Status.PENDING
    assert queued.attempts == 1
    assert "Error" in queued.last_error
    assert queued.next_attempt_at > timezone.now()


def test_pending_mail_goes_out_when_the_server_is_back(smtp_down, request):
    with transaction.atomic():
        queued = mail_queue(to=["a@example.org"], subject="Seat free", body="Come")
    # django_db wraps the test in a transaction: deliver by hand as the task would.
    from core.mail import mail_deliver

    mail_deliver(mail_id=queued.pk)
    queued.refresh_from_db()
    assert queued.status == OutgoingMail.Status.PENDING

    received = request.getfixturevalue("smtp_server")
    assert mail_send_pending(now=timezone.now()) == 0  # not due yet
    assert mail_send_pending(now=timezone.now() + dt.timedelta(minutes=2)) == 1
    queued.refresh_from_db()
    assert queued.status == OutgoingMail.Status.SENT
    [envelope] = received
    assert envelope.rcpt_tos == ["a@example.org"]
    assert b"Seat free" in envelope.content


def test_after_the_last_try_the_mail_is_marked_failed(smtp_down, settings):
    settings.MAIL_MAX_ATTEMPTS = 2
    queued = mail_queue(to=["a@example.org"], subject="S", body="B")
    later = timezone.now() + dt.timedelta(hours=1)
    mail_send_pending(now=later)
    mail_send_pending(now=later)
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (OutgoingMail.Status.FAILED, 2)
    assert mail_send_pending(now=later + dt.timedelta(days=1)) == 0


def test_the_command_sends_what_is_due(capsys):
    mail_queue(to=["a@example.org"], subject="S", body="B")
    call_command("send_pending_mail")
    assert "1 e-mail(s) sent." in capsys.readouterr().out
    assert len(mail.outbox) == 1


def test_a_backend_that_can_defer_gets_the_retry_enqueued(smtp_down, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import default_task_backend

    queued = mail_queue(to=["a@example.org"], subject="S", body="B")
    from core.mail import mail_deliver

    mail_deliver(mail_id=queued.pk)
    queued.refresh_from_db()
    [retry] = default_task_backend.results
    assert retry.args == [queued.pk]
    assert retry.task.run_after == queued.next_attempt_at
