"""Background tasks of the training app (django-tasks)."""

from django_tasks import task

from training.certificate_services import (
    certificate_batch_archive,
    certificate_batch_chunk_run,
    certificate_issue,
)
from training.emails import send_certificate_issued
from training.models import CertificateBatch, CertificateBatchChunk, Enrolment


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
def issue_certificate_chunk(chunk_id: int) -> int:
    """Issue one chunk of a bulk issue; returns how many certificates it holds.

    Idempotent: a second run (or a retry) issues nothing twice.
    """
    chunk = CertificateBatchChunk.objects.select_related("batch__requested_by").get(pk=chunk_id)
    certificate_batch_chunk_run(chunk=chunk)
    return len(chunk.enrolment_ids)


@task()
def build_certificate_batch_archive(batch_id: int) -> str:
    """Zip a finished bulk issue's PDFs; returns the batch's final status."""
    batch = CertificateBatch.objects.get(pk=batch_id)
    return certificate_batch_archive(batch=batch).status
