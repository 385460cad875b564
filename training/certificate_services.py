"""Certificates: what one says (a module, its hours) and the bulk issue for a session.

Numbering, rendering, signing, storing, revoking and downloading are the
documents app's (`documents.services`); this module says what a certificate
is for and prints, and runs a session's bulk issue in chunks that any
number of workers share.
"""

import logging

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.models import User
from documents.certificates import NUMBER_PREFIX
from documents.registry import DocumentKind, DocumentTexts, coordinator_only, holder_or_coordinator
from documents.services import DocumentError, document_issue, documents_archive
from training.models import (
    Certificate,
    CertificateBatch,
    CertificateBatchChunk,
    Enrolment,
    Session,
    TrainingModulePage,
)

logger = logging.getLogger(__name__)

#: Enrolments per task of a bulk issue: ~1 s of work on one core.
BATCH_CHUNK_SIZE = 25

CERTIFICATES = DocumentKind(
    name="certificate",
    model=Certificate,
    prefix=NUMBER_PREFIX,
    description="Certificate",
    subject="module",
    facts_template="includes/certificate_facts.html",
    pdf_url_name="certificates:pdf",
    may_download=holder_or_coordinator,
    may_revoke=coordinator_only,
    texts=DocumentTexts(
        revoke=gettext_lazy("Revoke certificate %(number)s"),
        revoked=gettext_lazy("Certificate %(number)s is revoked."),
        reason_required=gettext_lazy("A reason is required to revoke a certificate."),
        valid=gettext_lazy("this certificate was issued by Passerelle and has not been revoked."),
        revoked_on=gettext_lazy("this certificate was revoked on %(date)s."),
    ),
)


class CertificateError(DocumentError):
    pass


def certificate_issue(
    *,
    holder: User,
    module: TrainingModulePage,
    issued_by: User | None,
    language: str | None = None,
) -> tuple[Certificate, bool]:
    """Issue `holder`'s signed certificate for `module`; nothing twice.

    Returns (certificate, created). A valid certificate that already exists
    is returned unchanged; a revoked one does not block a new issue. It is
    printed in `language` (default: the holder's preferred one), with the
    module's title from its live translation in that language if there is one.
    """
    language = language or holder.preferred_language
    module = module.recorded_page()
    return document_issue(
        model=Certificate,
        holder=holder,
        subject=module,
        printed={
            "module_title": module.in_language(language).title,
            "hours": module.duration_hours,
        },
        issued_by=issued_by,
        language=language,
    )


def session_certificate_enrolments(session: Session, *, completed_only: bool = False):
    """Who a bulk issue for `session` certifies: everyone booked in it (with
    `completed_only`, those who completed the module)."""
    enrolments = session.enrolments.filter(status=Enrolment.Status.ACTIVE)
    if completed_only:
        enrolments = enrolments.filter(completed_at__isnull=False)
    return enrolments.select_related("user", "module").order_by("pk")


@transaction.atomic
def certificate_batch_start(
    *,
    session: Session,
    requested_by: User,
    chunk_size: int = BATCH_CHUNK_SIZE,
    completed_only: bool = False,
) -> CertificateBatch:
    """Queue a bulk issue for `session`: one task per `chunk_size` people,
    enqueued after the commit, for whichever workers are running."""
    from training.tasks import issue_certificate_chunk  # the task module imports this one

    enrolments = session_certificate_enrolments(session, completed_only=completed_only)
    enrolment_ids = list(enrolments.values_list("pk", flat=True))
    if not enrolment_ids:
        raise CertificateError(_("Nobody is booked in this session: there is nothing to issue."))
    starts = range(0, len(enrolment_ids), chunk_size)
    batch = CertificateBatch.objects.create(
        session=session,
        requested_by=requested_by,
        total=len(enrolment_ids),
        chunk_count=len(starts),
    )
    chunks = CertificateBatchChunk.objects.bulk_create(
        CertificateBatchChunk(
            batch=batch, index=index, enrolment_ids=enrolment_ids[start : start + chunk_size]
        )
        for index, start in enumerate(starts)
    )

    def enqueue() -> None:
        for chunk in chunks:
            issue_certificate_chunk.enqueue(chunk.pk)

    transaction.on_commit(enqueue)
    return batch


def certificate_batch_chunk_run(*, chunk: CertificateBatchChunk) -> None:
    """Issue the chunk's certificates (each committed on its own), then count
    the chunk finished; the last chunk of the batch has the ZIP built.

    Run twice, a chunk issues nothing twice and counts once.
    """
    if chunk.finished_at is not None:
        return
    batch = chunk.batch
    CertificateBatch.objects.filter(pk=batch.pk, status=CertificateBatch.Status.QUEUED).update(
        status=CertificateBatch.Status.RUNNING
    )
    enrolments = (
        Enrolment.objects.filter(pk__in=chunk.enrolment_ids)
        .select_related("user", "module")
        .order_by("pk")
    )
    certificate_ids, issued = [], 0
    try:
        for enrolment in enrolments:
            certificate, created = certificate_issue(
                holder=enrolment.user, module=enrolment.module, issued_by=batch.requested_by
            )
            certificate_ids.append(certificate.pk)
            issued += int(created)
    except Exception as exc:
        CertificateBatch.objects.filter(pk=batch.pk).update(
            status=CertificateBatch.Status.FAILED,
            error=str(exc)[:1000],
            finished_at=timezone.now(),
        )
        logger.exception("Certificate batch %s failed in chunk %s", batch.pk, chunk.index)
        raise
    if _chunk_finish(chunk, certificate_ids=certificate_ids, issued=issued):
        from training.tasks import build_certificate_batch_archive  # imports this module

        transaction.on_commit(lambda: build_certificate_batch_archive.enqueue(batch.pk))


@transaction.atomic
def _chunk_finish(chunk: CertificateBatchChunk, *, certificate_ids: list[int], issued: int) -> bool:
    """Count the chunk finished, once; True when it is the batch's last one."""
    finishing = CertificateBatchChunk.objects.filter(pk=chunk.pk, finished_at__isnull=True)
    if not finishing.update(finished_at=timezone.now(), certificate_ids=certificate_ids):
        return False  # another run of this chunk counted it
    batches = CertificateBatch.objects.filter(pk=chunk.batch_id)
    # The UPDATE locks the batch's row until the commit: concurrent chunks
    # count one after the other and exactly one sees the last count.
    batches.update(
        chunks_finished=F("chunks_finished") + 1,
        done=F("done") + len(certificate_ids),
        issued=F("issued") + issued,
    )
    finished, count = batches.values_list("chunks_finished", "chunk_count").get()
    return finished == count


def _batch_certificates(batch: CertificateBatch):
    """The batch's certificates, read one chunk at a time."""
    for ids in batch.chunks.order_by("index").values_list("certificate_ids", flat=True):
        yield from Certificate.objects.filter(pk__in=ids).only("number", "pdf").order_by("number")


def certificate_batch_archive(*, batch: CertificateBatch) -> CertificateBatch:
    """Zip every PDF of the batch into storage, then mark it done (once)."""
    if batch.status == CertificateBatch.Status.DONE:
        return batch
    documents_archive(
        documents=_batch_certificates(batch),
        into=batch.archive,
        name=f"session-{batch.session_id}-batch-{batch.pk}.zip",
    )
    batch.status, batch.error = CertificateBatch.Status.DONE, ""
    batch.finished_at = timezone.now()
    batch.save(update_fields=["archive", "status", "error", "finished_at"])
    return batch
