"""Mission attestations as plain data: what an expert did, signed like a certificate.

Numbers (``PSL-ATT-2026-000001``), verification codes and URLs, the
signature and its checks are the certificates' own; the Attestation model
(exchange app) turns itself into an :class:`AttestationDocument`.
"""

import datetime as dt
import json
from dataclasses import asdict, dataclass

from documents.certificates import (
    CREDENTIAL_ONLY,
    PrintedDocument,
    render_issued_document,
    verification_url,
)

ATTACHMENT_NAME = "attestation.json"


@dataclass(frozen=True)
class AttestationDocument(PrintedDocument):
    """Everything printed on a mission attestation."""

    number: str
    code: str
    holder_name: str
    mission_title: str
    partner_city: str
    start_date: dt.date
    end_date: dt.date
    role: str
    issued_on: dt.date
    issuer_name: str
    language: str = "en"
    partner_cities: tuple[str, ...] = ()
    issuer_title: str = ""
    issuer_signature: str = ""
    # For the Open Badges credential only: the holder's e-mail (hashed) and
    # the mission's public URL.
    holder_email: str = ""
    achievement_url: str = ""

    @property
    def verification_url(self) -> str:
        return verification_url(self.code, self.language)

    def as_json(self) -> str:
        data = asdict(self)
        for field in ("start_date", "end_date", "issued_on"):
            data[field] = data[field].isoformat()
        data["verification_url"] = self.verification_url
        data["partner_cities"] = list(self.partner_cities)
        for field in ("issuer_signature", *CREDENTIAL_ONLY):  # not facts printed on the page
            data.pop(field, None)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


def render_attestation(
    attestation: AttestationDocument, *, sign: bool = True, credential: dict | None = None
) -> bytes:
    """The attestation as PDF/A-3b, its data (and credential) attached as JSON, signed."""
    return render_issued_document(
        attestation,
        kind="attestation",
        description="Mission attestation",
        sign=sign,
        credential=credential,
    )
