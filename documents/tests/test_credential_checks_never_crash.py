"""Whatever JSON a visitor uploads, the credential check answers with an outcome."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from documents.credentials.baking import NotACredential, extract_credential
from documents.credentials.keys import issuer_did, published_keys, verification_method_id
from documents.credentials.verify import (
    NOT_A_CREDENTIAL,
    TAMPERED,
    UNKNOWN_ISSUER,
    verify_credential,
)

pytestmark = pytest.mark.django_db

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_any_json_gets_an_outcome(value):
    assert verify_credential(value).outcome in {NOT_A_CREDENTIAL, UNKNOWN_ISSUER, TAMPERED}


@settings(max_examples=100, deadline=None)
@given(
    context=json_values,
    subject=json_values,
    proof=st.dictionaries(st.sampled_from(["type", "cryptosuite", "proofValue"]), json_values),
)
def test_a_credential_claiming_passerelle_with_garbage_gets_an_outcome(context, subject, proof):
    credential = {
        "@context": context,
        "type": ["VerifiableCredential"],
        "issuer": issuer_did(),
        "credentialSubject": subject,
        "proof": {
            "type": "DataIntegrityProof",
            "cryptosuite": "eddsa-rdfc-2022",
            "proofPurpose": "assertionMethod",
            # The real key: the garbage reaches canonicalisation.
            "verificationMethod": verification_method_id(published_keys()[0]),
            "proofValue": "z1",
            **proof,
        },
    }

    assert verify_credential(credential).outcome in {NOT_A_CREDENTIAL, UNKNOWN_ISSUER, TAMPERED}


def test_deeply_nested_json_is_refused_not_crashed():
    with pytest.raises(NotACredential):
        extract_credential(b"[" * 100_000 + b"]" * 100_000)


def test_a_json_array_is_not_a_credential():
    with pytest.raises(NotACredential):
        extract_credential(json.dumps([1, 2]).encode())
