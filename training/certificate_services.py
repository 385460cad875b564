"""Certificate writes: issue (once per holder and module) and revoke.

Kept beside `services.py` (enrolment, progress) so the two features can
change independently. The PDF comes from `documents`; numbering
and codes are the pure functions there.
"""

import io
import logging
import zipfile

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.models import User
from documents.certificates import NUMBER_PREFIX, render_certificate
from documents.numbering import NumberingError, create_numbered
from training.models import Certificate, CertificateBatch, Enrolment, Session, TrainingModulePage

logger = logging.getLogger(__name__)


class CertificateError(Exception):
    pass


def _display_name(user: User) -> str:
    return user.get_full_name().strip() or user.email


def _create_numbered(**fields) -> Certificate:
    """Insert with the next free number; a concurrent issue makes us retry."""

    def duplicate() -> bool:
        return (
            Certificate.objects.valid()
            .filter(holder=fields["holder"], module=fields["module"])
            .exists()
        )

    try:
        return create_numbered(
            Certificate,
            prefix=NUMBER_PREFIX,
            year=fields["issued_on"].year,
            duplicate=duplicate,
            **fields,
        )
    except NumberingError as exc:
        raise CertificateError("Could not allocate a certificate number; try again.") from exc


@transaction.atomic
def certificate_issue(
    *,
    holder: User,
    module: TrainingModulePage,
    issued_by: User | None,
    language: str | None = None,
) -> tuple[Certificate, bool]:
    """Issue `holder`'s certificate for `module`, signed; nothing twice.

    Returns (certificate, created). A valid certificate that already exists
    is returned unchanged; a revoked one does not block a new issue.
    """
    existing = Certificate.objects.valid().filter(holder=holder, module=module).first()
    if existing:
        return existing, False
    today = timezone.localdate()
    try:
        certificate = _create_numbered(
            holder=holder,
            module=module,
            holder_name=_display_name(holder),
            module_title=module.title,
            hours=module.duration_hours,
            issued_on=today,
            issued_by=issued_by,
            issuer_name=_display_name(issued_by) if issued_by else "Passerelle",
            language=language or holder.preferred_language,
        )
    except IntegrityError:
        # Someone issued the same certificate concurrently: theirs stands.
        return Certificate.objects.valid().get(holder=holder, module=module), False
    pdf = render_certificate(certificate.as_document())
    certificate.store_pdf(pdf)
    logger.info("Certificate %s issued to user %s", certificate.number, holder.pk)
    return certificate, True


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, revoked_by: User, reason: str) -> Certificate:
    """Revoke with a reason; the verification page says so at once."""
    reason = reason.strip()
    if not reason:
        raise CertificateError("A reason is required to revoke a certificate.")
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.is_revoked:
        return certificate
    certificate.revoke(by=revoked_by, reason=reason)
    logger.warning(
        "Certificate %s revoked by user %s: %s", certificate.number, revoked_by.pk, reason
    )
    return certificate


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
