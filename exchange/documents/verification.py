"""Check a certificate PDF: is it ours, intact, and what does the register say?"""

import json
from dataclasses import dataclass

from .certificates import ATTACHMENT_NAME
from .signing import check_signature, embedded_file

UNKNOWN_STATUS = "unknown"


def certificate_status(number: str, code: str) -> str:
    """The register's status of a certificate: "valid", "revoked ..." or "unknown".

    To fill once the Certificate model exists (training app): look the
    certificate up by number and code and report valid / revoked (date,
    reason) / not found. Until then the register cannot be consulted.
    """
    return UNKNOWN_STATUS


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
    raw = embedded_file(pdf, ATTACHMENT_NAME)
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
