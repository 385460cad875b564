"""What certificates and mission attestations share: a public number, a
verification code, what was printed, and revocation."""

import secrets

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import Partnership
from core.storage import private_storage
from documents.fetcher import private_url
from documents.signatures import validate_signature


class IssuedDocumentQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The holder sees their own; coordinators see all; others none."""
        if not user.is_authenticated:
            return self.none()
        if user.is_coordinator:
            return self
        return self.filter(holder=user)

    def valid(self):
        return self.filter(revoked_at__isnull=True)


class IssuedDocument(models.Model):
    """A signed document issued to a person; what was printed is kept as issued.

    Subclasses add `holder` (a foreign key to the user), what the document
    is about and the `pdf` file field (`documents.services` issues, stores,
    revokes and serves them)."""

    number = models.CharField(_("number"), max_length=32, unique=True)
    year = models.PositiveSmallIntegerField(_("year"))
    sequence = models.PositiveIntegerField(_("sequence"))
    code = models.CharField(_("verification code"), max_length=32, unique=True)
    holder_name = models.CharField(_("holder's name as printed"), max_length=300)
    issued_on = models.DateField(_("issued on"))
    issuer_name = models.CharField(_("issuer's name as printed"), max_length=300)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issuing coordinator"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["-issued_on", "-pk"]

    def __str__(self) -> str:
        return self.number

    @property
    def holder_withheld(self) -> bool:
        """The holder's name was erased at their request (`document_withhold_holder`)."""
        return not self.holder_name

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    def layout_facts(self) -> dict:
        """What the shared layout prints besides the document's own facts:
        the holder's partner cities (their city's public partnerships) and
        the issuing coordinator's title. Read when the PDF is rendered."""
        cities: list[str] = []
        city_id = getattr(self.holder, "city_id", None)
        partnerships = Partnership.objects.public().select_related("city_a", "city_b")
        if city_id:
            partnerships = partnerships.involving(city_id)
        for partnership in partnerships.order_by("pk")[:3]:
            cities += [city.name for city in partnership.cities if city.name not in cities]
        return {
            "partner_cities": tuple(cities),
            "issuer_title": self.issued_by.job_title if self.issued_by else "",
            "issuer_signature": self._issuer_signature_url(),
        }

    def _issuer_signature_url(self) -> str:
        signature = IssuerSignature.objects.filter(user_id=self.issued_by_id).first()
        return private_url(signature.image.name) if signature else ""

    def store_pdf(self, pdf: bytes) -> None:
        """Keep the signed PDF as issued, unless another process stored one first."""
        self.pdf.save(f"{self.number}.pdf", ContentFile(pdf), save=False)
        stored = type(self).objects.filter(pk=self.pk, pdf="").update(pdf=self.pdf.name)
        if not stored:  # theirs stands
            self.pdf.delete(save=False)
            self.refresh_from_db(fields=["pdf"])

    def revoke(self, *, by, reason: str) -> None:
        self.revoked_at = timezone.now()
        self.revoked_by = by
        self.revocation_reason = reason
        self.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])


def _signature_path(signature: "IssuerSignature", filename: str) -> str:
    extension = "svg" if filename.lower().endswith(".svg") else "png"
    return f"signatures/{signature.user_id}/{secrets.token_urlsafe(16)}.{extension}"


class IssuerSignature(models.Model):
    """A coordinator's signature image, printed beside their name and job
    title on the documents they issue."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coordinator"),
        on_delete=models.CASCADE,
        related_name="issuer_signature",
    )
    image = models.FileField(
        _("signature image"),
        upload_to=_signature_path,
        storage=private_storage,
        validators=[validate_signature],
    )

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")

    def __str__(self) -> str:
        return str(self.user)


class CredentialStatusEntry(models.Model):
    """An issued document's place in the Bitstring Status List of its credential.

    Entries are numbered in order of issue: entry `pk` is bit `(pk - 1) %
    STATUS_LIST_SIZE` of list `(pk - 1) // STATUS_LIST_SIZE + 1`. The bit is
    set while the document (any kind, found by its number) is revoked."""

    number = models.CharField(_("document number"), max_length=32, unique=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("credential status entry")
        verbose_name_plural = _("credential status entries")

    def __str__(self) -> str:
        return f"{self.number}: list {self.status_list}, index {self.index}"

    @property
    def status_list(self) -> int:
        return (self.pk - 1) // STATUS_LIST_SIZE + 1

    @property
    def index(self) -> int:
        return (self.pk - 1) % STATUS_LIST_SIZE


# Bits per status list: the W3C recommendation's minimum (16 KB) for herd privacy.
STATUS_LIST_SIZE = 131_072


def _funder_report_path(report: "FunderReport", filename: str) -> str:
    return f"funder-reports/{report.created_at:%Y}/{secrets.token_urlsafe(16)}.pdf"


class FunderReportQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Coordinators see every report; a focal point those limited to the
        city a coordinator granted them; nobody else any."""
        if not user.is_authenticated:
            return self.none()
        if user.is_coordinator:
            return self
        if user.focal_point_city_id:
            return self.filter(city_id=user.focal_point_city_id)
        return self.none()


class FunderReport(models.Model):
    """A funder report asked for, built in the background and kept.

    The request (a project or a funding partner, a period, a language, and
    for a focal point their city) and, once built, the signed PDF. `fingerprint`
    identifies the report's parameters and content: the same report asked
    again while the data are unchanged shares the PDF already stored, so a
    funder can be sent the same file twice (`documents.funder_reports`)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Building")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    project = models.ForeignKey(
        "core.CooperationProject",
        verbose_name=_("cooperation project"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    funder = models.ForeignKey(
        "core.FundingPartner",
        verbose_name=_("funding partner"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    city = models.ForeignKey(
        "core.City",
        verbose_name=_("limited to city"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("A focal point's reports count only their own city."),
    )
    start = models.DateField(_("from"))
    end = models.DateField(_("until"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
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
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    fingerprint = models.CharField(_("fingerprint"), max_length=64, blank=True, db_index=True)
    pdf = models.FileField(
        _("PDF"), upload_to=_funder_report_path, storage=private_storage, blank=True
    )
    reused = models.BooleanField(
        _("served from a stored report"),
        default=False,
        help_text=_("The same report, with the same data, had already been built."),
    )
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    objects = FunderReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("funder report")
        verbose_name_plural = _("funder reports")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(project__isnull=True) ^ models.Q(funder__isnull=True),
                name="funder_report_project_or_funder",
            ),
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")),
                name="funder_report_period_in_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.subject} {self.start:%Y-%m-%d}–{self.end:%Y-%m-%d} ({self.language})"

    @property
    def subject(self):
        return self.project or self.funder

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)
