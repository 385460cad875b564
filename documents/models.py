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
