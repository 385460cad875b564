"""Certificate numbers and verification codes are pure functions."""

import base64
import datetime as dt
import json

import pytest

from documents.certificates import (
    CertificateDocument,
    format_certificate_number,
    is_well_formed_code,
    new_verification_code,
    parse_certificate_number,
    verification_url,
)


def test_number_has_prefix_year_and_six_digit_sequence():
    assert format_certificate_number(2026, 123) == "PSL-2026-000123"


def test_number_grows_past_six_digits_without_truncation():
    assert format_certificate_number(2026, 1234567) == "PSL-2026-1234567"


@pytest.mark.parametrize("year, sequence", [(26, 1), (2026, 0), (2026, -5), (12026, 1)])
def test_number_refuses_bad_year_or_sequence(year, sequence):
    with pytest.raises(ValueError):
        format_certificate_number(year, sequence)


def test_number_parses_back():
    assert parse_certificate_number("PSL-2026-000123") == (2026, 123)


@pytest.mark.parametrize("number", ["", "PSL-26-000123", "XYZ-2026-000123", "PSL-2026-12", "x"])
def test_malformed_number_does_not_parse(number):
    assert parse_certificate_number(number) is None


def test_code_carries_at_least_128_random_bits():
    code = new_verification_code()

    raw = base64.urlsafe_b64decode(code + "=" * (-len(code) % 4))
    assert len(raw) * 8 >= 128
    assert is_well_formed_code(code)


def test_codes_do_not_repeat():
    assert len({new_verification_code() for _ in range(1000)}) == 1000


@pytest.mark.parametrize(
    "code",
    ["", "short", "A" * 21, "A" * 23, "AAAAAAAAAAAAAAAAAAAA/=", "../../../etc/passwdxxxx", None],
)
def test_malformed_codes_are_rejected_without_lookup(code):
    assert not is_well_formed_code(code)


def test_verification_url_is_on_the_site(settings):
    settings.SITE_URL = "https://passerelle.example.org"

    assert verification_url("abc") == "https://passerelle.example.org/verify/abc/"


def test_certificate_document_serialises_to_json():
    certificate = CertificateDocument(
        number="PSL-2026-000001",
        code="A" * 22,
        holder_name="សុខ សុភា",
        module_title="Water",
        hours=7,
        issued_on=dt.date(2026, 1, 2),
        issuer_name="Claire",
        language="fr",
    )

    data = json.loads(certificate.as_json())
    assert data["holder_name"] == "សុខ សុភា"
    assert data["issued_on"] == "2026-01-02"
    assert data["hours"] == "7"
    assert data["verification_url"].endswith("/verify/" + "A" * 22 + "/")


def test_a_documents_verification_url_is_in_its_language(settings):
    settings.SITE_URL = "https://passerelle.example.org"
    assert verification_url("abc", "km") == "https://passerelle.example.org/km/verify/abc/"
    assert verification_url("abc", "en") == "https://passerelle.example.org/verify/abc/"
