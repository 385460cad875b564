"""The issuer's Ed25519 key pair, its `did:web` identifier and DID document.

The private key is a PEM file (`OPEN_BADGES_SIGNING_KEY`, like the PDF
signing key); in development and tests (`DOCUMENT_SIGNING_SELF_SIGNED`) a
missing one is created on first use. Public keys are written as Multikey
(`z` + base58btc of the multicodec prefix `0xed01` and the 32 key bytes).
The DID document lists the current key and every retired one named in
`OPEN_BADGES_PREVIOUS_KEYS`, so credentials signed before a rotation still
verify.
"""

import fcntl
import functools
from pathlib import Path
from urllib.parse import quote, urlsplit

import base58
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from django.conf import settings

from documents.signing import SigningKeyMissing, write_atomically

ED25519_MULTICODEC = b"\xed\x01"
DID_CONTEXT = ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"]


def issuer_did() -> str:
    """`did:web:` + the host of `SITE_URL` (a port is written `%3A`)."""
    parts = urlsplit(settings.SITE_URL)
    did = "did:web:" + quote(parts.netloc, safe="")
    path = parts.path.strip("/")
    return did + ("".join(":" + quote(p, safe="") for p in path.split("/")) if path else "")


def did_document_url() -> str:
    """Where `did:web` resolves the issuer's DID: `/.well-known/did.json`."""
    return settings.SITE_URL.rstrip("/") + "/.well-known/did.json"


def public_key_multibase(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "z" + base58.b58encode(ED25519_MULTICODEC + raw).decode("ascii")


def public_key_from_multibase(value: str) -> Ed25519PublicKey:
    """The Ed25519 key of a Multikey value; ValueError for anything else."""
    if not value.startswith("z"):
        raise ValueError("not a base58btc multibase value")
    decoded = base58.b58decode(value[1:])
    if len(decoded) != 34 or not decoded.startswith(ED25519_MULTICODEC):
        raise ValueError("not an Ed25519 public key")
    return Ed25519PublicKey.from_public_bytes(decoded[2:])


def verification_method_id(multibase: str) -> str:
    """A key's id in the DID document: the DID, `#`, the key itself."""
    return f"{issuer_did()}#{multibase}"


def _key_path() -> Path:
    return Path(settings.OPEN_BADGES_SIGNING_KEY)


def ensure_signing_key() -> Path:
    path = _key_path()
    if path.exists():
        return path
    if not settings.DOCUMENT_SIGNING_SELF_SIGNED:
        raise SigningKeyMissing(
            f"Open Badges signing key {path} is missing; set OPEN_BADGES_SIGNING_KEY."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.parent / ".signing.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            pem = Ed25519PrivateKey.generate().private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            write_atomically(path, pem, mode=0o600)
    return path


@functools.cache
def _load_key(path: str, modified: float) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyMissing(f"{path} is not an Ed25519 private key")
    return key


def signing_key() -> Ed25519PrivateKey:
    """The current issuer key (reloaded when its file changes)."""
    path = ensure_signing_key()
    return _load_key(str(path), path.stat().st_mtime)


def published_keys() -> list[str]:
    """The current public key first, then the retired ones still published."""
    current = public_key_multibase(signing_key().public_key())
    previous = [key for key in settings.OPEN_BADGES_PREVIOUS_KEYS if key and key != current]
    return [current, *previous]


def did_document() -> dict:
    """The issuer's DID document, served at `/.well-known/did.json`."""
    did = issuer_did()
    methods = [
        {
            "id": verification_method_id(key),
            "type": "Multikey",
            "controller": did,
            "publicKeyMultibase": key,
        }
        for key in published_keys()
    ]
    ids = [method["id"] for method in methods]
    return {
        "@context": DID_CONTEXT,
        "id": did,
        "alsoKnownAs": [settings.SITE_URL.rstrip("/") + "/"],
        "verificationMethod": methods,
        "assertionMethod": ids,
        "authentication": [ids[0]],
    }
