"""Data Integrity proofs with the `eddsa-rdfc-2022` cryptosuite (W3C VC-DI-EdDSA).

To sign: canonicalise the proof options (with the document's `@context`)
and the document without its proof with RDF Dataset Canonicalization
(RDFC-1.0, pyld's `URDNA2015`), hash each with SHA-256, sign the proof
options' hash followed by the document's with Ed25519, and write the
signature as base58btc multibase (`z…`) in `proofValue`.
"""

import datetime as dt
import hashlib

import base58
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyld import jsonld

from documents.credentials.loader import document_loader

CRYPTOSUITE = "eddsa-rdfc-2022"


def canonical_nquads(document: dict) -> str:
    """RDFC-1.0 canonical N-Quads of a JSON-LD document, with the shipped contexts only."""
    return jsonld.normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": document_loader(),
        },
    )


def hash_data(document: dict, proof_options: dict) -> bytes:
    """The 64 bytes an `eddsa-rdfc-2022` signature covers."""
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    options = {key: value for key, value in proof_options.items() if key != "proofValue"}
    options["@context"] = document["@context"]
    return (
        hashlib.sha256(canonical_nquads(options).encode()).digest()
        + hashlib.sha256(canonical_nquads(unsecured).encode()).digest()
    )


def add_proof(
    document: dict,
    *,
    key: Ed25519PrivateKey,
    verification_method: str,
    created: dt.datetime | None = None,
    as_set: bool = False,
) -> dict:
    """`document` with a `DataIntegrityProof` (`assertionMethod`) signed by `key`;
    `as_set`: the `proof` property is a list of that one proof, as Open Badges
    3.0's schema requires (a proof covers the document without any proof, so
    the signature is the same)."""
    created = (created or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    proof = {
        "type": "DataIntegrityProof",
        "cryptosuite": CRYPTOSUITE,
        "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "verificationMethod": verification_method,
        "proofPurpose": "assertionMethod",
    }
    signature = key.sign(hash_data(document, proof))
    proof["proofValue"] = "z" + base58.b58encode(signature).decode("ascii")
    return {**document, "proof": [proof] if as_set else proof}
