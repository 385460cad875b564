"""Certificates as plain data: numbering, verification codes, the signed PDF.

Nothing here touches the database: the Certificate model (training app)
turns itself into a :class:`CertificateDocument` and calls
:func:`render_certificate`.
"""

import datetime as dt
import json
import re
import secrets
from dataclasses import asdict, dataclass
from decimal import Decimal

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from documents.qr import qr_png_data_uri
from documents.render import json_attachment, render_pdf
from documents.signing import sign_pdf

NUMBER_PREFIX = "PSL"
# Each kind of document has its own prefix, ours with a suffix (attestations: ``PSL-ATT``).
NUMBER_RE = re.compile(r"^(?P<prefix>PSL(?:-[A-Z]{2,})?)-(?P<year>\d{4})-(?P<sequence>\d{6,})$")
# 16 random bytes = 128 bits, URL-safe base64 without padding: 22 characters.
CODE_BYTES = 16
CODE_RE = re.compile(r"^[A-Za-z0-9_-]{22}$")
ATTACHMENT_NAME = "certificate.json"
# The Open Badges 3.0 credential attached beside it (`documents.credentials`).
CREDENTIAL_ATTACHMENT_NAME = "openbadgecredential.json"
CREDENTIAL_ONLY = ("holder_email", "summary", "domain", "achievement_url", "translations")


def format_certificate_number(year: int, sequence: int, *, prefix: str = NUMBER_PREFIX) -> str:
    """``PSL-2026-000123``: the prefix, the year of issue, a per-year sequence.

    Another kind of document has its own prefix: ``PSL-ATT-2026-000001``.
    """
    if not 1000 <= year <= 9999:
        raise ValueError(f"year must have four digits, not {year!r}")
    if sequence < 1:
        raise ValueError(f"sequence must be positive, not {sequence!r}")
    return f"{prefix}-{year:04d}-{sequence:06d}"


def parse_certificate_number(number: str) -> tuple[int, int] | None:
    """Return (year, sequence) for a well-formed number, else None."""
    match = NUMBER_RE.match(number.strip())
    if not match:
        return None
    return int(match["year"]), int(match["sequence"])


def number_prefix(number: str) -> str | None:
    """``PSL-ATT`` for ``PSL-ATT-2026-000001``; None for a malformed number."""
    match = NUMBER_RE.match(number.strip())
    return match["prefix"] if match else None


def new_verification_code() -> str:
    """A fresh, unguessable verification code of 128 random bits."""
    return secrets.token_urlsafe(CODE_BYTES)


def is_well_formed_code(code: str) -> bool:
    """True when ``code`` has the shape of a verification code (no DB lookup)."""
    return bool(CODE_RE.fullmatch(code or ""))


def verification_url(code: str, language: str | None = None) -> str:
    """The public verification page of a code, as an absolute URL: in
    `language` (a Khmer certificate's QR code opens the Khmer page), else in
    the active language."""
    with translation.override(language or translation.get_language()):
        path = reverse("documents:verify", kwargs={"code": code})
    return settings.SITE_URL.rstrip("/") + path


class PrintedDocument:
    """What every issued document's layout (`documents/issued.html`) reads
    besides its own fields: mixed into the plain data classes."""

    holder_name: str
    # Names past these lengths print smaller, so a long one stays on the page.
    LONG_NAME, VERY_LONG_NAME = 32, 64

    @property
    def holder_name_size(self) -> str:
        """`normal`, `long` or `very-long`: the print stylesheet's size for the name."""
        if len(self.holder_name) > self.VERY_LONG_NAME:
            return "very-long"
        if len(self.holder_name) > self.LONG_NAME:
            return "long"
        return "normal"


@dataclass(frozen=True)
class CertificateDocument(PrintedDocument):
    """Everything printed on a certificate, as plain data."""

    number: str
    code: str
    holder_name: str
    module_title: str
    hours: Decimal | int
    issued_on: dt.date
    issuer_name: str
    language: str = "en"
    # The module's learning outcomes, in the certificate's language.
    outcomes: tuple[str, ...] = ()
    # The programme's cities for this holder (e.g. Paris, Phnom Penh).
    partner_cities: tuple[str, ...] = ()
    # The issuing coordinator's title and signature image (a media URL), if any.
    issuer_title: str = ""
    issuer_signature: str = ""
    # For the Open Badges credential only (`documents.credentials`), not printed:
    # the holder's e-mail (hashed in the credential), the module's summary,
    # domain and public URL, and its live translations (language, title, URL).
    holder_email: str = ""
    summary: str = ""
    domain: str = ""
    achievement_url: str = ""
    translations: tuple[tuple[str, str, str], ...] = ()

    @property
    def verification_url(self) -> str:
        return verification_url(self.code, self.language)

    def as_json(self) -> str:
        data = asdict(self)
        data["outcomes"] = list(self.outcomes)
        data["partner_cities"] = list(self.partner_cities)
        for field in ("issuer_signature", *CREDENTIAL_ONLY):  # not facts printed on the page
            del data[field]
        data["hours"] = str(self.hours)
        data["issued_on"] = self.issued_on.isoformat()
        data["verification_url"] = self.verification_url
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


def render_issued_document(
    document, *, kind: str, description: str, sign: bool = True, credential: dict | None = None
) -> bytes:
    """An issued document (certificate, attestation) as PDF/A-3b with its data
    attached as `<kind>.json` (and its Open Badges `credential`, if given, as
    `openbadgecredential.json`), signed with the platform's key: the PDF
    signature covers the attachments.

    `document` is one of the plain data classes: it has `number`,
    `language`, `verification_url` and `as_json()`. One template per kind
    (`documents/<kind>.html`) serves every language: its words come from the
    gettext catalogues, rendered in the document's language."""
    pdf = render_pdf(
        f"documents/{kind}.html",
        {kind: document, "document": document, "qr": qr_png_data_uri(document.verification_url)},
        language=document.language,
        attachments=[
            json_attachment(f"{kind}.json", document.as_json(), f"{description} data"),
            *(
                [
                    json_attachment(
                        CREDENTIAL_ATTACHMENT_NAME,
                        json.dumps(credential, ensure_ascii=False, indent=2),
                        "Open Badges 3.0 credential",
                    )
                ]
                if credential
                else []
            ),
        ],
    )
    if not sign:
        return pdf
    return sign_pdf(pdf, reason=f"Passerelle {description.lower()} {document.number}")


def render_certificate(
    certificate: CertificateDocument, *, sign: bool = True, credential: dict | None = None
) -> bytes:
    """The certificate as PDF/A-3b, with its data (and credential) attached as JSON, signed."""
    return render_issued_document(
        certificate, kind="certificate", description="Certificate", sign=sign, credential=credential
    )
