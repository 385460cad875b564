"""Canonicalising a credential uses the shipped contexts and never the network."""

import socket

import pytest
from pyld import jsonld

from documents.credentials.loader import CONTEXTS, OB_V3, VC_V2, document_loader
from documents.credentials.proofs import canonical_nquads


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection is recorded and fails."""
    attempts = []

    def refuse(self, address):
        attempts.append(address)
        raise OSError("network access in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


def test_the_shipped_contexts_are_served_from_the_repository(no_network):
    for url, path in CONTEXTS.items():
        assert path.is_file()
        assert "@context" in document_loader()(url, {})["document"]
    assert set(CONTEXTS) == {VC_V2, OB_V3}
    assert no_network == []


def test_an_unknown_context_url_is_refused(no_network):
    with pytest.raises(jsonld.JsonLdError, match="Refusing to load"):
        document_loader()("https://example.org/context.json", {})
    assert no_network == []


def test_a_document_naming_a_foreign_context_fails_without_any_request(no_network):
    document = {
        "@context": [VC_V2, "https://evil.example/tracker.jsonld"],
        "type": ["VerifiableCredential"],
    }

    with pytest.raises(jsonld.JsonLdError):
        canonical_nquads(document)
    assert no_network == []
