"""Background tasks of the training app (django-tasks)."""

from django_tasks import task

from training.certificate_services import certificate_batch_run, certificate_issue
from training.emails import send_certificate_issued
from training.models import CertificateBatch, Enrolment


@task()
def issue_certificate_for_enrolment(enrolment_id: int) -> str | None:
    """Issue the certificate of a completed enrolment; returns its number.

    Idempotent: a second run (or a retry) returns the same certificate.
    """
    enrolment = (
        Enrolment.objects.select_related("user", "module")
        .filter(pk=enrolment_id, completed_at__isnull=False)
        .first()
    )
    if enrolment is None:
        return None
    certificate, created = certificate_issue(
        holder=enrolment.user, module=enrolment.module, issued_by=None
    )
    if created:
        send_certificate_issued(certificate)
    return certificate.number


@task()
def run_certificate_batch(batch_id: int) -> str:
    """Run a coordinator's bulk issue; returns the batch's final status."""
    batch = CertificateBatch.objects.select_related("session", "requested_by").get(pk=batch_id)
    return certificate_batch_run(batch=batch).status
