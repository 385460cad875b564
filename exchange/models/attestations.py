"""Mission attestations: a signed PDF and a public verification record per expert and mission."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from exchange.documents.attestations import AttestationDocument

from .missions import Mission


class AttestationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The expert sees their own; coordinators see all; others none."""
        if not user.is_authenticated:
            return self.none()
        if user.is_coordinator:
            return self
        return self.filter(holder=user)

    def valid(self):
        return self.filter(revoked_at__isnull=True)


def _pdf_path(attestation: "Attestation", filename: str) -> str:
    # Served only through the permission-checked download view.
    return f"attestations/{attestation.year}/{attestation.code}.pdf"


class Attestation(models.Model):
    """Proof that `holder` took part in `mission` as an expert; what was printed is kept."""

    number = models.CharField(_("number"), max_length=32, unique=True)
    year = models.PositiveSmallIntegerField(_("year"))
    sequence = models.PositiveIntegerField(_("sequence"))
    code = models.CharField(_("verification code"), max_length=32, unique=True)
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("holder"),
        on_delete=models.PROTECT,
        related_name="attestations",
    )
    mission = models.ForeignKey(
        Mission, verbose_name=_("mission"), on_delete=models.PROTECT, related_name="attestations"
    )
    holder_name = models.CharField(_("holder's name as printed"), max_length=300)
    mission_title = models.CharField(_("mission title as printed"), max_length=300)
    partner_city = models.CharField(_("partner city as printed"), max_length=200)
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"))
    role = models.CharField(_("role as printed"), max_length=100)
    issued_on = models.DateField(_("issued on"))
    issuer_name = models.CharField(_("issuer's name as printed"), max_length=300)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    pdf = models.FileField(_("PDF"), upload_to=_pdf_path, blank=True)
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

    objects = AttestationQuerySet.as_manager()

    class Meta:
        verbose_name = _("mission attestation")
        verbose_name_plural = _("mission attestations")
        ordering = ["-issued_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["year", "sequence"], name="attestation_year_sequence"),
            models.UniqueConstraint(
                fields=["holder", "mission"],
                condition=Q(revoked_at__isnull=True),
                name="one_valid_attestation_per_holder_and_mission",
            ),
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    def as_document(self) -> AttestationDocument:
        return AttestationDocument(
            number=self.number,
            code=self.code,
            holder_name=self.holder_name,
            mission_title=self.mission_title,
            partner_city=self.partner_city,
            start_date=self.start_date,
            end_date=self.end_date,
            role=self.role,
            issued_on=self.issued_on,
            issuer_name=self.issuer_name,
            language=self.language,
        )
