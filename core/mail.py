"""E-mail that leaves only after the change it tells about is committed.

`mail_queue` writes an `OutgoingMail` row inside the caller's transaction
(a transactional outbox) and enqueues the `core.tasks.deliver_mail` task
when that transaction commits. A rolled-back change sends nothing; a mail
server that is down fails the task, not the request: the row stays pending
and is tried again later, with growing delays, until `MAIL_MAX_ATTEMPTS`.

Retries: django-tasks has none of its own. Where the task backend can defer
(the database and Redis queues), a failed delivery enqueues itself again
after a delay; `manage.py send_pending_mail` (for cron, or after an outage)
sends every pending mail whose time has come, whatever the backend.

Every e-mail is written in its recipient's language (`mail_compose` renders
its templates inside `translation.override`), as plain text with an HTML
part in the site's layout (`templates/emails/layout.*`), and ends with the
site's name and why the recipient gets it. allauth's e-mails come through
here too (`core.adapters.AccountAdapter.send_mail`).
"""

import datetime as dt
import logging
import smtplib
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from core.languages import reader_language
from core.models import OutgoingMail

logger = logging.getLogger(__name__)

#: Errors that mean "the mail server is not reachable now": worth a retry.
TRANSIENT_ERRORS = (smtplib.SMTPException, OSError)


def site_name() -> str:
    """The name e-mails sign with: the default Wagtail site's, as
    coordinators edit it in the admin."""
    from wagtail.models import Site

    name = Site.objects.filter(is_default_site=True).values_list("site_name", flat=True).first()
    return name or "Passerelle"


@dataclass(frozen=True)
class Composed:
    """An e-mail ready to queue: its subject, plain text and HTML."""

    subject: str
    body: str
    html: str


def mail_wrap(*, subject: str, text: str, reason: str, language: str) -> Composed:
    """Put a plain-text message in the site's layout, in `language`: the
    text (and its HTML rendering), then the site's name and `reason`, why the
    recipient gets it (it may name the site as `%(site)s`)."""
    name = site_name()
    with translation.override(language):
        context = {
            "subject": " ".join(str(subject).splitlines()).strip(),
            "text": str(text).strip(),
            "reason": str(reason) % {"site": name},
            "site_name": name,
            "site_url": settings.SITE_URL,
            "language": language,
        }
        return Composed(
            subject=context["subject"],
            body=render_to_string("emails/layout.txt", context),
            html=render_to_string("emails/layout.html", context),
        )


def mail_compose(
    *, template: str, context: dict, language: str, reason: str, subject_prefix: str = ""
) -> Composed:
    """Render `<template>_subject.txt` and `<template>_body.txt` in
    `language` (dates, numbers and links too) and put them in the layout."""
    with translation.override(language):
        context = {**context, "site_name": site_name(), "site_url": settings.SITE_URL}
        subject = render_to_string(f"{template}_subject.txt", context)
        text = render_to_string(f"{template}_body.txt", context)
        return mail_wrap(
            subject=subject_prefix + subject, text=text, reason=reason, language=language
        )


def user_language(user) -> str:
    """The language to write to someone in: their preferred one; without an
    account (`None`), the language they are reading the site in."""
    language = getattr(user, "preferred_language", "") or reader_language()
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def mail_queue_to(*, user, template: str, context: dict, reason: str) -> OutgoingMail:
    """Write `template` to `user` in their language and queue it (`mail_compose`)."""
    composed = mail_compose(
        template=template, context=context, language=user_language(user), reason=reason
    )
    return mail_queue(
        to=[user.email], subject=composed.subject, body=composed.body, html=composed.html
    )


def mail_queue(
    *,
    to: Iterable[str],
    subject: str,
    body: str,
    html: str = "",
    from_email: str | None = None,
) -> OutgoingMail:
    """Record an e-mail (plain text, and HTML when given) and have it sent
    once the transaction commits."""
    mail = OutgoingMail.objects.create(
        to=list(to),
        subject=str(subject),
        body=str(body),
        html=str(html),
        from_email=from_email or "",
    )
    transaction.on_commit(lambda: _enqueue(mail.pk), robust=True)
    return mail


def _enqueue(mail_id: int, *, run_after: dt.datetime | None = None) -> None:
    from core.tasks import deliver_mail  # the task module imports this one

    task = deliver_mail.using(run_after=run_after) if run_after else deliver_mail
    task.enqueue(mail_id)


def retry_delay(attempts: int) -> dt.timedelta:
    """1, 2, 4, 8 ... minutes after each failure, at most six hours."""
    return dt.timedelta(minutes=min(2 ** (attempts - 1), 360))


def mail_deliver(*, mail_id: int) -> OutgoingMail | None:
    """Send one pending mail; on a transient error record it and plan a retry.

    The row is locked while it is sent, so two workers never send it twice.
    """
    with transaction.atomic():
        mail = (
            OutgoingMail.objects.select_for_update()
            .filter(pk=mail_id, status=OutgoingMail.Status.PENDING)
            .first()
        )
        if mail is None:
            return None
        message = EmailMultiAlternatives(
            mail.subject, mail.body, mail.from_email or settings.DEFAULT_FROM_EMAIL, mail.to
        )
        if mail.html:
            message.attach_alternative(mail.html, "text/html")
        try:
            message.send()
        except TRANSIENT_ERRORS as exc:
            mail.attempts += 1
            mail.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            if mail.attempts >= settings.MAIL_MAX_ATTEMPTS:
                mail.status, mail.next_attempt_at = OutgoingMail.Status.FAILED, None
                logger.error("Mail %s to %s abandoned: %s", mail.pk, mail.to, mail.last_error)
            else:
                mail.next_attempt_at = timezone.now() + retry_delay(mail.attempts)
                logger.warning("Mail %s not sent, will retry: %s", mail.pk, mail.last_error)
        else:
            mail.attempts += 1
            mail.status, mail.sent_at, mail.next_attempt_at = (
                OutgoingMail.Status.SENT,
                timezone.now(),
                None,
            )
        mail.save(update_fields=["attempts", "last_error", "status", "next_attempt_at", "sent_at"])
    if mail.status == OutgoingMail.Status.PENDING and _backend_can_defer():
        _enqueue(mail.pk, run_after=mail.next_attempt_at)
    return mail


def _backend_can_defer() -> bool:
    from core.tasks import deliver_mail

    return deliver_mail.get_backend().supports_defer


def mail_send_pending(*, now: dt.datetime | None = None) -> int:
    """Try every pending mail that is due now; returns how many were sent."""
    now = now or timezone.now()
    due = OutgoingMail.objects.filter(status=OutgoingMail.Status.PENDING).exclude(
        next_attempt_at__gt=now
    )
    sent = 0
    for mail_id in due.order_by("pk").values_list("pk", flat=True):
        mail = mail_deliver(mail_id=mail_id)
        sent += mail is not None and mail.status == OutgoingMail.Status.SENT
    return sent
