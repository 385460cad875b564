"""Certificates: a signed PDF and a public verification record per learner and module."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.languages import own_full_url
from core.storage import private_storage, unguessable_path
from documents.certificates import CertificateDocument
from documents.models import IssuedDocument, IssuedDocumentQuerySet


class CertificateQuerySet(IssuedDocumentQuerySet):
    def of(self, user):
        return self.filter(holder=user)


def _pdf_path(certificate: "Certificate", filename: str) -> str:
    # Served only through the permission-checked download view; the code
    # (128 random bits) keeps the storage name unguessable.
    return f"certificates/{certificate.year}/{certificate.code}.pdf"


def _archive_path(batch: "CertificateBatch", filename: str) -> str:
    return unguessable_path("certificate-batches", filename)


class Certificate(IssuedDocument):
    """Proof that `holder` completed `module`; what was printed is kept as issued."""

    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("holder"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    module = models.ForeignKey(
        "training.TrainingModulePage",
        verbose_name=_("module"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    module_title = models.CharField(_("module title as printed"), max_length=300)
    hours = models.PositiveSmallIntegerField(_("hours"))
    pdf = models.FileField(_("PDF"), upload_to=_pdf_path, storage=private_storage, blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta(IssuedDocument.Meta):
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(fields=["year", "sequence"], name="certificate_year_sequence"),
            models.UniqueConstraint(
                fields=["holder", "module"],
                condition=Q(revoked_at__isnull=True),
                name="one_valid_certificate_per_holder_and_module",
            ),
        ]

    def as_document(self) -> CertificateDocument:
        module = self.module.in_language(self.language)
        return CertificateDocument(
            number=self.number,
            code=self.code,
            holder_name=self.holder_name,
            module_title=self.module_title,
            hours=self.hours,
            issued_on=self.issued_on,
            issuer_name=self.issuer_name,
            language=self.language,
            outcomes=tuple(module.outcomes()),
            holder_email=self.holder.email,
            summary=module.summary,
            domain=getattr(self.module.domain, f"name_{self.language}", "")
            or self.module.domain.name,
            achievement_url=own_full_url(self.module) or "",
            translations=tuple(
                (page.locale.language_code, page.title, own_full_url(page) or "")
                for page in self.module.get_translations(inclusive=True)
                .live()
                .select_related("locale")
                .specific()
            ),
            **self.layout_facts(),
        )


class CertificateBatch(models.Model):
    """A coordinator's bulk issue for a session, run in chunks as background tasks.

    `done` and `issued` grow as each chunk finishes; the last one to finish
    (`chunks_finished == chunk_count`) has the ZIP built."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Issuing")
        DONE = "done", _("Finished")
        FAILED = "failed", _("Failed")

    session = models.ForeignKey(
        "training.Session",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="certificate_batches",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    total = models.PositiveIntegerField(_("certificates to issue"), default=0)
    done = models.PositiveIntegerField(_("certificates done"), default=0)
    issued = models.PositiveIntegerField(_("newly issued"), default=0)
    chunk_count = models.PositiveIntegerField(_("parts"), default=0)
    chunks_finished = models.PositiveIntegerField(_("parts finished"), default=0)
    archive = models.FileField(
        _("ZIP archive"), upload_to=_archive_path, storage=private_storage, blank=True
    )
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate batch")
        verbose_name_plural = _("certificate batches")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.session} ({self.get_status_display()})"

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 100

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)


class CertificateBatchChunk(models.Model):
    """A share of a bulk issue, run as a task of its own on any worker.

    `finished_at` is set once, in the transaction that counts the chunk as
    finished: a chunk run twice issues nothing twice and counts once."""

    batch = models.ForeignKey(
        CertificateBatch,
        verbose_name=_("certificate batch"),
        on_delete=models.CASCADE,
        related_name="chunks",
    )
    index = models.PositiveIntegerField(_("part"))
    enrolment_ids = models.JSONField(_("enrolments"), default=list)
    certificate_ids = models.JSONField(_("certificates"), default=list)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("part of a certificate batch")
        verbose_name_plural = _("parts of certificate batches")
        ordering = ["batch", "index"]
        constraints = [
            models.UniqueConstraint(fields=["batch", "index"], name="one_chunk_per_batch_index")
        ]

    def __str__(self) -> str:
        return f"{self.batch_id}/{self.index}"
