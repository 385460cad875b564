"""Background tasks of the core app (django-tasks)."""

from django_tasks import task

from core.mail import mail_deliver


@task()
def deliver_mail(mail_id: int) -> str | None:
    """Send one queued e-mail (`core.mail`); returns its status afterwards.

    Never raises for an unreachable mail server: the failure is recorded on
    the mail, which is tried again later.
    """
    mail = mail_deliver(mail_id=mail_id)
    return mail.status if mail else None
