"""Certificates: what one says (a module, its hours) and the bulk issue for a session.

Numbering, rendering, signing, storing, revoking and downloading are the
documents app's (`documents.services`); this module says what a certificate
is for and prints.
"""

import io
import logging
import zipfile

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.models import User
from documents.certificates import NUMBER_PREFIX
from documents.registry import DocumentKind, DocumentTexts, coordinator_only, holder_or_coordinator
from documents.services import DocumentError, document_issue
from training.models import Certificate, CertificateBatch, Enrolment, Session, TrainingModulePage

logger = logging.getLogger(__name__)

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
    is returned unchanged; a revoked one does not block a new issue.
    """
    return document_issue(
        model=Certificate,
        holder=holder,
        subject=module,
        printed={"module_title": module.title, "hours": module.duration_hours},
        issued_by=issued_by,
        language=language or holder.preferred_language,
    )


def session_certificate_enrolments(session: Session):
    """Who a bulk issue for `session` certifies: everyone booked in it."""
    return (
        session.enrolments.filter(status=Enrolment.Status.ACTIVE)
        .select_related("user", "module")
        .order_by("pk")
    )


@transaction.atomic
def certificate_batch_start(*, session: Session, requested_by: User) -> CertificateBatch:
    """Queue a bulk issue for `session`; the task runs after the commit."""
    from training.tasks import run_certificate_batch  # the task module imports this one

    total = session_certificate_enrolments(session).count()
    if not total:
        raise CertificateError(_("Nobody is booked in this session: there is nothing to issue."))
    batch = CertificateBatch.objects.create(session=session, requested_by=requested_by, total=total)
    transaction.on_commit(lambda: run_certificate_batch.enqueue(batch.pk))
    return batch


def certificate_batch_run(*, batch: CertificateBatch) -> CertificateBatch:
    """Issue every certificate of the batch's session, then zip the PDFs.

    Not one transaction: progress is saved after each certificate so the
    coordinator sees it, and a re-run issues nothing twice.
    """
    batch.status = CertificateBatch.Status.RUNNING
    batch.done = batch.issued = 0
    enrolments = list(session_certificate_enrolments(batch.session))
    batch.total = len(enrolments)
    batch.save(update_fields=["status", "done", "issued", "total"])
    certificates = []
    try:
        for enrolment in enrolments:
            certificate, created = certificate_issue(
                holder=enrolment.user, module=enrolment.module, issued_by=batch.requested_by
            )
            certificates.append(certificate)
            batch.done += 1
            batch.issued += int(created)
            batch.save(update_fields=["done", "issued"])
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
            for certificate in certificates:
                with certificate.pdf.open("rb") as handle:
                    archive.writestr(f"{certificate.number}.pdf", handle.read())
        batch.archive.save(
            f"session-{batch.session_id}-batch-{batch.pk}.zip",
            ContentFile(buffer.getvalue()),
            save=False,
        )
        batch.status = CertificateBatch.Status.DONE
    except Exception as exc:
        batch.status = CertificateBatch.Status.FAILED
        batch.error = str(exc)[:1000]
        logger.exception("Certificate batch %s failed", batch.pk)
    batch.finished_at = timezone.now()
    batch.save(update_fields=["status", "archive", "error", "finished_at"])
    return batch
