"""Check a certificate or attestation PDF: is it ours, intact, and what does the register say?"""

import json
from dataclasses import dataclass

from django.apps import apps
from django.db import DatabaseError

from documents.attestations import ATTACHMENT_NAME as ATTESTATION_ATTACHMENT
from documents.certificates import ATTACHMENT_NAME, ATTESTATION_PREFIX
from documents.signing import check_signature, embedded_file

UNKNOWN_STATUS = "unknown"
# The registers, looked up through the app registry (no import of the apps).
CERTIFICATE_REGISTER = ("training", "Certificate")
ATTESTATION_REGISTER = ("exchange", "Attestation")


def register_for(number: str) -> tuple[str, str]:
    """Attestations (``PSL-ATT-…``) and certificates (``PSL-…``) have their own register."""
    if number.startswith(f"{ATTESTATION_PREFIX}-"):
        return ATTESTATION_REGISTER
    return CERTIFICATE_REGISTER


def certificate_status(number: str, code: str) -> str:
    """The register's status: "valid", "revoked on DATE: REASON" or "not in the register".

    The register is `training.Certificate`, or `exchange.Attestation` for a
    ``PSL-ATT-`` number, looked up through the app registry so this module
    does not import the apps.
    """
    try:
        model = apps.get_model(*register_for(number))
    except LookupError:
        return UNKNOWN_STATUS
    try:
        certificate = model.objects.filter(number=number, code=code).first()
    except DatabaseError:
        return f"{UNKNOWN_STATUS} (the register cannot be reached)"
    if certificate is None:
        return "not in the register"
    if certificate.revoked_at:
        return (
            f"revoked on {certificate.revoked_at.date().isoformat()}: "
            f"{certificate.revocation_reason}"
        )
    return "valid"


@dataclass(frozen=True)
class FileVerification:
    problem: str | None
    number: str = ""
    code: str = ""
    status: str = ""

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify_certificate_file(pdf: bytes) -> FileVerification:
    """Signature first (nothing in a tampered file is trusted), then the data."""
    signature = check_signature(pdf)
    if not signature.ok:
        return FileVerification(problem=signature.problem)
    raw = embedded_file(pdf, ATTACHMENT_NAME) or embedded_file(pdf, ATTESTATION_ATTACHMENT)
    if raw is None:
        return FileVerification(problem="not a certificate: no certificate data in the file")
    try:
        data = json.loads(raw)
        number, code = str(data["number"]), str(data["code"])
    except (ValueError, KeyError, TypeError):
        return FileVerification(problem="not a certificate: unreadable certificate data")
    return FileVerification(
        problem=None, number=number, code=code, status=certificate_status(number, code)
    )
