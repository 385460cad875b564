"""Check an Open Badges credential: is it Passerelle's, intact, and not revoked?

This path shares no code with the signing one (`build`, `proofs`): it
canonicalises the credential again with the shipped contexts, takes the
public key from the issuer's DID document (the current key or a retired
one still published) and checks the Ed25519 signature, then reads the
credential's bit in its signed status list. Documents are resolved through
`resolve(url)`; the default resolver answers Passerelle's own DID document
and status lists from the register, and nothing else (no network).
"""

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

import base58
from cryptography.exceptions import InvalidSignature
from pyld import jsonld

from django.conf import settings

from documents.credentials.keys import did_document, issuer_did, public_key_from_multibase
from documents.credentials.loader import document_loader
from documents.credentials.status import (
    bit_is_set,
    decode_bits,
    status_list_credential,
    status_list_url,
)

VALID = "valid"
REVOKED = "revoked"
TAMPERED = "tampered"
UNKNOWN_ISSUER = "unknown issuer"
NOT_A_CREDENTIAL = "not a credential"

NUMBER_IN_TEXT = re.compile(r"PSL(?:-[A-Z]{2,})?-\d{4}-\d{6,}")

Resolver = Callable[[str], dict | None]


@dataclass(frozen=True)
class CredentialCheck:
    outcome: str
    detail: str = ""
    credential: dict | None = None

    @property
    def ok(self) -> bool:
        return self.outcome == VALID

    @property
    def number(self) -> str:
        """The document's number, from the evidence (`Certificate PSL-2026-000123`)."""
        for evidence in (self.credential or {}).get("evidence", []):
            name = evidence.get("name", "") if isinstance(evidence, dict) else ""
            found = NUMBER_IN_TEXT.search(str(name))
            if found:
                return found[0]
        return ""

    @property
    def name(self) -> str:
        return str((self.credential or {}).get("name", ""))


def local_resolver(url: str) -> dict | None:
    """Passerelle's own DID document and status lists, from this process; else None."""
    if url == issuer_did():
        return did_document()
    base = status_list_url(1).rsplit("/", 2)[0] + "/"
    number = url[len(base) :].strip("/") if url.startswith(base) else ""
    if number.isdigit() and url == status_list_url(int(number)):
        return status_list_credential(int(number))
    return None


def _issuer_id(credential: dict) -> str:
    issuer = credential.get("issuer")
    return str(issuer.get("id", "")) if isinstance(issuer, dict) else str(issuer or "")


def _nquads(document: dict) -> bytes:
    return jsonld.normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": document_loader(),
        },
    ).encode()


def _check_one_proof(credential: dict, proof: dict, resolve: Resolver) -> CredentialCheck | None:
    """What is wrong with one of the credential's proofs, or None when it holds."""
    issuer = _issuer_id(credential)
    method_id = str(proof.get("verificationMethod", ""))
    if issuer != issuer_did() or method_id.split("#")[0] != issuer:
        return CredentialCheck(UNKNOWN_ISSUER, f"issued by {issuer or 'nobody'}", credential)
    if (proof.get("type"), proof.get("cryptosuite"), proof.get("proofPurpose")) != (
        "DataIntegrityProof",
        "eddsa-rdfc-2022",
        "assertionMethod",
    ):
        return CredentialCheck(TAMPERED, "not an eddsa-rdfc-2022 assertion proof", credential)
    did = resolve(issuer) or {}
    methods = {m.get("id"): m for m in did.get("verificationMethod", []) if isinstance(m, dict)}
    if method_id not in methods or method_id not in did.get("assertionMethod", []):
        return CredentialCheck(
            UNKNOWN_ISSUER, "signed with a key the issuer does not publish", credential
        )
    try:
        key = public_key_from_multibase(str(methods[method_id].get("publicKeyMultibase", "")))
        signature = base58.b58decode(str(proof["proofValue"]).removeprefix("z"))
        options = {k: v for k, v in proof.items() if k != "proofValue"}
        options["@context"] = credential.get("@context")
        document = {k: v for k, v in credential.items() if k != "proof"}
        data = (
            hashlib.sha256(_nquads(options)).digest() + hashlib.sha256(_nquads(document)).digest()
        )
        key.verify(signature, data)
    except InvalidSignature:
        return CredentialCheck(TAMPERED, "the content does not match its proof", credential)
    except Exception as exc:  # pyld raises many kinds on hostile JSON-LD
        return CredentialCheck(
            TAMPERED, f"the proof cannot be checked ({exc.__class__.__name__})", credential
        )
    return None


def check_proof(credential: dict, resolve: Resolver) -> CredentialCheck:
    """The `eddsa-rdfc-2022` proof alone (no status)."""
    types = credential.get("type") if isinstance(credential, dict) else None
    if not isinstance(types, list | str) or "VerifiableCredential" not in types:
        return CredentialCheck(NOT_A_CREDENTIAL, "no verifiable credential in the data")
    proofs = credential.get("proof")
    proofs = proofs if isinstance(proofs, list) else [proofs]
    if not proofs or not all(isinstance(p, dict) and p.get("proofValue") for p in proofs):
        return CredentialCheck(NOT_A_CREDENTIAL, "the credential carries no proof", credential)
    # One proof (older credentials) or a set of proofs: every one must hold.
    for proof in proofs:
        check = _check_one_proof(credential, proof, resolve)
        if check is not None:
            return check
    return CredentialCheck(VALID, "", credential)


def verify_credential(credential: dict, *, resolve: Resolver = local_resolver) -> CredentialCheck:
    """Proof first, then the status list bit (revoked when set)."""
    check = check_proof(credential, resolve)
    if not check.ok:
        return check
    status = credential.get("credentialStatus")
    if status is None:
        return check
    try:
        list_url = str(status["statusListCredential"])
        index = int(status["statusListIndex"])
        if not list_url.startswith(settings.SITE_URL.rstrip("/") + "/"):
            raise ValueError("status list elsewhere")
    except (KeyError, TypeError, ValueError):
        return CredentialCheck(TAMPERED, "its status entry is not Passerelle's", credential)
    status_list = resolve(list_url)
    list_check = check_proof(status_list, resolve) if status_list else None
    if list_check is None or not list_check.ok:
        return CredentialCheck(TAMPERED, "its status list cannot be verified", credential)
    try:
        revoked = bit_is_set(decode_bits(status_list["credentialSubject"]["encodedList"]), index)
    except (KeyError, TypeError, ValueError, OSError):
        return CredentialCheck(TAMPERED, "its status list cannot be read", credential)
    if revoked:
        return CredentialCheck(REVOKED, "the issuer has revoked it", credential)
    return check
