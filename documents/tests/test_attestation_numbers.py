"""Attestations share the certificates' numbering with their own prefix and register."""

import pytest

from django.apps import apps

from documents.certificates import format_certificate_number, parse_certificate_number
from documents.registry import kind_for_number


def test_attestation_number_has_its_own_prefix():
    assert format_certificate_number(2026, 1, prefix="PSL-ATT") == "PSL-ATT-2026-000001"


def test_attestation_number_parses_back():
    assert parse_certificate_number("PSL-ATT-2026-000001") == (2026, 1)


@pytest.mark.parametrize(
    ("number", "model"),
    [
        ("PSL-ATT-2026-000001", ("exchange", "Attestation")),
        ("PSL-2026-000001", ("training", "Certificate")),
    ],
)
def test_each_kind_of_number_is_looked_up_in_its_register(number, model):
    assert kind_for_number(number).model is apps.get_model(*model)


@pytest.mark.parametrize("number", ["XYZ-2026-000001", "PSL-26-1", "", "psl-2026-000001"])
def test_a_number_of_no_kind_has_no_register(number):
    assert kind_for_number(number) is None
