"""Attestations share the certificates' numbering with their own prefix and register."""

from documents.certificates import (
    ATTESTATION_PREFIX,
    format_certificate_number,
    parse_certificate_number,
)
from documents.verification import register_for


def test_attestation_number_has_its_own_prefix():
    assert format_certificate_number(2026, 1, prefix=ATTESTATION_PREFIX) == "PSL-ATT-2026-000001"


def test_attestation_number_parses_back():
    assert parse_certificate_number("PSL-ATT-2026-000001") == (2026, 1)


def test_each_kind_of_number_is_looked_up_in_its_register():
    assert register_for("PSL-ATT-2026-000001") == ("exchange", "Attestation")
    assert register_for("PSL-2026-000001") == ("training", "Certificate")
