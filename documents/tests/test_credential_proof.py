"""The credential's eddsa-rdfc-2022 proof: schema, independent check, tampering, rotation."""

import datetime as dt
import hashlib
import json
from pathlib import Path

import base58
import jsonschema
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyld import jsonld
from pyld.documentloader.frozen import FrozenDocumentLoader

from documents.attestations import AttestationDocument
from documents.certificates import new_verification_code
from documents.credentials import keys
from documents.credentials.build import issue_credential
from documents.credentials.proofs import add_proof, canonical_nquads
from documents.credentials.verify import (
    NOT_A_CREDENTIAL,
    TAMPERED,
    UNKNOWN_ISSUER,
    VALID,
    verify_credential,
)

pytestmark = pytest.mark.django_db

CREDENTIALS_DIR = Path(__file__).parents[1] / "credentials"
SCHEMA = json.loads(
    (CREDENTIALS_DIR / "schema" / "ob_v3p0_achievementcredential_schema.json").read_text()
)


@pytest.fixture
def issuer_key(settings, tmp_path):
    """A fresh issuer key for this test (the rotation tests swap it)."""
    settings.OPEN_BADGES_SIGNING_KEY = tmp_path / "current.pem"
    settings.OPEN_BADGES_PREVIOUS_KEYS = []
    return keys.signing_key()


@pytest.fixture
def certificate_credential(make_certificate, issuer_key):
    return issue_credential(
        make_certificate(
            holder_email="sophea@example.org",
            summary="Sorting, collection and recycling.",
            domain="Water and sanitation",
            achievement_url="http://testserver/learning/urban-waste/",
            translations=(("fr", "Gestion des déchets", "http://testserver/fr/learning/dechets/"),),
        )
    )


def _attestation() -> AttestationDocument:
    return AttestationDocument(
        number="PSL-ATT-2026-000007",
        code=new_verification_code(),
        holder_name="Ana Souza",
        mission_title="Bus lanes for Phnom Penh",
        partner_city="Phnom Penh",
        start_date=dt.date(2026, 3, 2),
        end_date=dt.date(2026, 3, 13),
        role="expert",
        issued_on=dt.date(2026, 3, 20),
        issuer_name="Passerelle",
        holder_email="ana@example.org",
    )


def _independent_check(credential: dict, did_document: dict) -> bool:
    """eddsa-rdfc-2022 verification written from the W3C spec, sharing no
    code with Passerelle's: pyld with the shipped context files, the key
    from the published DID document, cryptography's Ed25519."""
    loader = FrozenDocumentLoader(
        documents={
            "https://www.w3.org/ns/credentials/v2": CREDENTIALS_DIR
            / "contexts"
            / "credentials-v2.jsonld",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": CREDENTIALS_DIR
            / "contexts"
            / "ob-v3p0-context-3.0.3.jsonld",
        }
    )

    def digest(document: dict) -> bytes:
        options = {"algorithm": "URDNA2015", "format": "application/n-quads"}
        nquads = jsonld.normalize(document, {**options, "documentLoader": loader})
        return hashlib.sha256(nquads.encode()).digest()

    [proof] = credential["proof"]  # a set of one proof, as Open Badges 3.0 wants
    proof = dict(proof)
    signature = base58.b58decode(proof.pop("proofValue")[1:])
    proof["@context"] = credential["@context"]
    unsecured = {k: v for k, v in credential.items() if k != "proof"}
    method = next(
        m for m in did_document["verificationMethod"] if m["id"] == proof["verificationMethod"]
    )
    raw_key = base58.b58decode(method["publicKeyMultibase"][1:])
    assert raw_key[:2] == b"\xed\x01"
    try:
        Ed25519PublicKey.from_public_bytes(raw_key[2:]).verify(
            signature, digest(proof) + digest(unsecured)
        )
    except Exception:
        return False
    return True


def test_a_certificate_credential_validates_against_the_ob3_schema(certificate_credential):
    jsonschema.Draft201909Validator(
        SCHEMA, format_checker=jsonschema.Draft201909Validator.FORMAT_CHECKER
    ).validate(certificate_credential)


def test_an_attestation_credential_validates_against_the_ob3_schema(issuer_key):
    credential = issue_credential(_attestation())

    jsonschema.Draft201909Validator(SCHEMA).validate(credential)
    subject = credential["credentialSubject"]
    assert subject["role"] == "expert"
    assert subject["activityStartDate"] == "2026-03-02T00:00:00Z"
    assert "Phnom Penh" in subject["achievement"]["description"]


def test_the_schema_rejects_a_credential_without_its_subject(certificate_credential):
    del certificate_credential["credentialSubject"]["achievement"]

    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft201909Validator(SCHEMA).validate(certificate_credential)


def test_other_languages_of_the_module_are_related_achievements(certificate_credential):
    achievement = certificate_credential["credentialSubject"]["achievement"]

    assert achievement["inLanguage"] == "en"
    assert achievement["related"] == [
        {
            "id": "http://testserver/fr/learning/dechets/",
            "type": ["Related"],
            "inLanguage": "fr",
            "version": "Gestion des déchets",
        }
    ]


def test_the_proof_verifies_through_an_independent_path(client, certificate_credential):
    did_document = client.get("/.well-known/did.json").json()

    assert did_document["id"] == "did:web:testserver"
    assert _independent_check(certificate_credential, did_document)
    assert verify_credential(certificate_credential).outcome == VALID


def test_one_changed_character_fails_both_checks(client, certificate_credential):
    did_document = client.get("/.well-known/did.json").json()
    subject = certificate_credential["credentialSubject"]
    subject["achievement"]["name"] = subject["achievement"]["name"].replace("U", "V", 1)

    assert not _independent_check(certificate_credential, did_document)
    check = verify_credential(certificate_credential)
    assert check.outcome == TAMPERED


def test_one_changed_character_of_the_signature_fails(certificate_credential):
    [proof] = certificate_credential["proof"]
    value = proof["proofValue"]
    proof["proofValue"] = value[:-3] + ("A" if value[-3] != "A" else "B") + value[-2:]

    assert verify_credential(certificate_credential).outcome == TAMPERED


def test_a_credential_signed_before_a_key_rotation_still_verifies(
    settings, tmp_path, make_certificate, issuer_key
):
    old_public = keys.public_key_multibase(issuer_key.public_key())
    credential = issue_credential(make_certificate())
    new_key = Ed25519PrivateKey.generate()
    (tmp_path / "rotated.pem").write_bytes(
        new_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    settings.OPEN_BADGES_SIGNING_KEY = tmp_path / "rotated.pem"

    settings.OPEN_BADGES_PREVIOUS_KEYS = []
    assert verify_credential(credential).outcome == UNKNOWN_ISSUER

    settings.OPEN_BADGES_PREVIOUS_KEYS = [old_public]
    assert verify_credential(credential).outcome == VALID
    published = [m["publicKeyMultibase"] for m in keys.did_document()["verificationMethod"]]
    assert published == [keys.public_key_multibase(new_key.public_key()), old_public]


def test_a_credential_of_another_issuer_is_reported_as_such(make_certificate, issuer_key):
    credential = issue_credential(make_certificate())
    credential.pop("proof")
    credential["issuer"] = {**credential["issuer"], "id": "did:web:elsewhere.example"}
    foreign = add_proof(
        credential,
        key=Ed25519PrivateKey.generate(),
        verification_method="did:web:elsewhere.example#key-1",
    )

    assert verify_credential(foreign).outcome == UNKNOWN_ISSUER


def test_a_stranger_signing_in_passerelles_name_is_not_trusted(make_certificate, issuer_key):
    credential = issue_credential(make_certificate())
    credential.pop("proof")
    forged = add_proof(
        credential,
        key=Ed25519PrivateKey.generate(),
        verification_method=keys.verification_method_id("z6MkStrangerKey"),
    )

    assert verify_credential(forged).outcome == UNKNOWN_ISSUER


def _leaves(value, path=()):
    if isinstance(value, dict):
        for key, item in value.items():
            if key != "@context":
                yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, (*path, index))
    else:
        yield path


@pytest.mark.parametrize("document", ["certificate", "attestation"])
def test_every_value_in_the_credential_is_covered_by_the_proof(
    document, certificate_credential, issuer_key
):
    """No term falls out of JSON-LD processing unsigned: changing any value
    changes the canonical form the signature covers."""
    credential = (
        certificate_credential if document == "certificate" else issue_credential(_attestation())
    )
    credential = {k: v for k, v in credential.items() if k != "proof"}
    credential["credentialStatus"] = {
        "id": "http://testserver/credentials/status/1/#7",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "7",
        "statusListCredential": "http://testserver/credentials/status/1/",
    }
    canonical = canonical_nquads(credential)
    for path in _leaves(credential):
        changed = json.loads(json.dumps(credential))
        parent = changed
        for key in path[:-1]:
            parent = parent[key]
        value = parent[path[-1]]
        parent[path[-1]] = (not value) if isinstance(value, bool) else f"{value}x"
        assert canonical_nquads(changed) != canonical, path


def test_a_credential_with_its_proof_as_one_object_still_verifies(certificate_credential):
    """Credentials issued before the proof became a set carry it as one object."""
    [proof] = certificate_credential["proof"]

    assert verify_credential({**certificate_credential, "proof": proof}).outcome == VALID


def test_every_proof_of_a_set_must_hold(certificate_credential):
    [proof] = certificate_credential["proof"]
    broken = {**proof, "proofValue": proof["proofValue"][:-2] + "11"}

    both = {**certificate_credential, "proof": [proof, broken]}

    assert verify_credential(both).outcome == TAMPERED
    assert verify_credential({**certificate_credential, "proof": []}).outcome == NOT_A_CREDENTIAL
