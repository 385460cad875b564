"""Check an issued document's PDF: is it ours, intact, and what does the register say?"""

import json
from dataclasses import dataclass

from django.db import DatabaseError

from documents.certificates import CREDENTIAL_ATTACHMENT_NAME
from documents.credentials.baking import NotACredential, extract_credential
from documents.credentials.verify import REVOKED as CREDENTIAL_REVOKED
from documents.credentials.verify import verify_credential
from documents.registry import kind_for_number, kinds
from documents.signing import check_signature, embedded_file

UNKNOWN_STATUS = "unknown"
REVOKED_STATUS = "revoked"


def certificate_status(number: str, code: str) -> str:
    """The register's status: "valid", "revoked on DATE: REASON" or "not in the register".

    The register is the model of the kind whose prefix the number carries
    (`documents.registry`): certificates, attestations, …
    """
    kind = kind_for_number(number)
    if kind is None:
        return UNKNOWN_STATUS
    try:
        certificate = kind.model.objects.filter(number=number, code=code).first()
    except DatabaseError:
        return f"{UNKNOWN_STATUS} (the register cannot be reached)"
    if certificate is None:
        return "not in the register"
    if certificate.revoked_at:
        return (
            f"{REVOKED_STATUS} on {certificate.revoked_at.date().isoformat()}: "
            f"{certificate.revocation_reason}"
        )
    return "valid"


@dataclass(frozen=True)
class FileVerification:
    problem: str | None
    number: str = ""
    code: str = ""
    status: str = ""
    # The Open Badges credential attached to the PDF: "valid", "revoked", or "" (none).
    credential: str = ""

    @property
    def ok(self) -> bool:
        """Intact, signed by the platform, and not revoked in the register."""
        return self.problem is None and not self.revoked

    @property
    def revoked(self) -> bool:
        return self.status.startswith(REVOKED_STATUS)


def verify_certificate_file(pdf: bytes) -> FileVerification:
    """Signature first (nothing in a tampered file is trusted), then the data."""
    signature = check_signature(pdf)
    if not signature.ok:
        return FileVerification(problem=signature.problem)
    attached = (embedded_file(pdf, f"{kind.name}.json") for kind in kinds())
    raw = next(filter(None, attached), None)
    if raw is None:
        return FileVerification(problem="not a certificate: no certificate data in the file")
    try:
        data = json.loads(raw)
        number, code = str(data["number"]), str(data["code"])
    except (ValueError, KeyError, TypeError):
        return FileVerification(problem="not a certificate: unreadable certificate data")
    credential = ""
    raw_credential = embedded_file(pdf, CREDENTIAL_ATTACHMENT_NAME)
    if raw_credential is not None:
        try:
            check = verify_credential(json.loads(raw_credential))
        except ValueError:
            return FileVerification(problem="tampered: the attached credential is not readable")
        if not check.ok and check.outcome != CREDENTIAL_REVOKED:
            return FileVerification(
                problem=f"attached credential: {check.outcome} ({check.detail})", number=number
            )
        credential = check.outcome
    return FileVerification(
        problem=None,
        number=number,
        code=code,
        status=certificate_status(number, code),
        credential=credential,
    )


def verify_credential_file(data: bytes) -> FileVerification:
    """An Open Badges credential (JSON) or a baked badge image (PNG, SVG): its
    proof with the published keys, then its bit in the status list."""
    try:
        credential = extract_credential(data)
    except NotACredential as exc:
        return FileVerification(problem=f"not a credential: {exc}")
    check = verify_credential(credential)
    if check.outcome == CREDENTIAL_REVOKED:
        return FileVerification(
            problem=None, number=check.number, status=f"{REVOKED_STATUS} (status list)"
        )
    if not check.ok:
        return FileVerification(problem=f"{check.outcome}: {check.detail}", number=check.number)
    return FileVerification(
        problem=None, number=check.number, status="valid", credential=check.outcome
    )


def verify_file(data: bytes) -> FileVerification:
    """A certificate or attestation PDF, a credential JSON or a baked badge image."""
    if data.lstrip()[:5] == b"%PDF-":
        return verify_certificate_file(data)
    return verify_credential_file(data)
