"""Mission attestations: a signed PDF and a public verification record per expert and mission."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.storage import private_storage
from documents.attestations import AttestationDocument
from documents.models import IssuedDocument, IssuedDocumentQuerySet
from exchange.models.missions import Mission


def _pdf_path(attestation: "Attestation", filename: str) -> str:
    # Served only through the permission-checked download view.
    return f"attestations/{attestation.year}/{attestation.code}.pdf"


class Attestation(IssuedDocument):
    """Proof that `holder` took part in `mission` as an expert; what was printed is kept."""

    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("holder"),
        on_delete=models.PROTECT,
        related_name="attestations",
    )
    mission = models.ForeignKey(
        Mission, verbose_name=_("mission"), on_delete=models.PROTECT, related_name="attestations"
    )
    mission_title = models.CharField(_("mission title as printed"), max_length=300)
    partner_city = models.CharField(_("partner city as printed"), max_length=200)
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"))
    role = models.CharField(_("role as printed"), max_length=100)
    pdf = models.FileField(_("PDF"), upload_to=_pdf_path, storage=private_storage, blank=True)

    objects = IssuedDocumentQuerySet.as_manager()

    class Meta(IssuedDocument.Meta):
        verbose_name = _("mission attestation")
        verbose_name_plural = _("mission attestations")
        constraints = [
            models.UniqueConstraint(fields=["year", "sequence"], name="attestation_year_sequence"),
            models.UniqueConstraint(
                fields=["holder", "mission"],
                condition=Q(revoked_at__isnull=True),
                name="one_valid_attestation_per_holder_and_mission",
            ),
        ]

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
            holder_email=self.holder.email,
            achievement_url=settings.SITE_URL.rstrip("/") + self.mission.get_absolute_url(),
            **self.layout_facts(),
        )
