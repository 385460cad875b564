"""Background tasks of core (django-tasks)."""

from django_tasks import task

from core.exports import export_build, send_export_ready
from core.mail import mail_deliver
from core.models import DataExport


@task()
def build_export(export_id: int) -> str:
    """Build a personal-data export and e-mail its link; returns its status.

    Idempotent: a retry of a built export only sends the e-mail again."""
    export = DataExport.objects.select_related("user", "requested_by").get(pk=export_id)
    if export.status != DataExport.Status.READY:
        try:
            export_build(export=export)
        except Exception:
            DataExport.objects.filter(pk=export.pk).update(status=DataExport.Status.FAILED)
            raise
    send_export_ready(export)
    return export.status


@task()
def deliver_mail(mail_id: int) -> str | None:
    """Send one queued e-mail (`core.mail`); returns its status afterwards.

    Never raises for an unreachable mail server: the failure is recorded on
    the mail, which is tried again later.
    """
    mail = mail_deliver(mail_id=mail_id)
    return mail.status if mail else None
