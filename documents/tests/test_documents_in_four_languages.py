"""Attestations and handouts in en, fr, pt and km from one template each.

The words come from the gettext catalogues, rendered in the document's
language. Khmer is compared without whitespace, on phrases poppler
extracts intact (it reorders some stacked clusters).
"""

import datetime as dt

import pytest

from django.utils.safestring import mark_safe

from documents.attestations import AttestationDocument, render_attestation
from documents.certificates import new_verification_code
from documents.handouts import HandoutDocument, HandoutLesson, render_handout
from documents.tests.conftest import pdf_text

pytestmark = pytest.mark.django_db


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _attestation(language: str) -> AttestationDocument:
    return AttestationDocument(
        number="PSL-ATT-2026-000001",
        code=new_verification_code(),
        holder_name="Dara Sok",
        mission_title="Traffic signals",
        partner_city="Phnom Penh",
        start_date=dt.date(2026, 1, 12),
        end_date=dt.date(2026, 1, 23),
        role="expert",
        issued_on=dt.date(2026, 2, 1),
        issuer_name="Claire Martin",
        language=language,
    )


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        ("en", ["Mission attestation", "took part as expert in the mission", "12 January 2026"]),
        ("fr", ["Attestation de mission", "en tant qu’expert", "12 janvier 2026"]),
        ("pt", ["Atestado de missão", "participou como expert da missão", "para a cidade de"]),
        ("km", ["បានចូលរួមជា", "សម្រាប់ទី", "សូមបញ្ជាក់ថា"]),
    ],
)
def test_attestation_wording_in_the_holders_language(language, phrases):
    text = _squeezed(pdf_text(render_attestation(_attestation(language), sign=False)))

    for phrase in phrases:
        assert _squeezed(phrase) in text
    assert "DaraSok" in text
    if language != "en":
        assert "Mission attestation" not in text


def _handout(language: str, body: str = "<p>Text.</p>") -> HandoutDocument:
    return HandoutDocument(
        title="Traffic",
        summary="Managing traffic.",
        objectives_html=mark_safe("<ul><li>Count flows.</li></ul>"),  # noqa: S308
        hours=3,
        lessons=(HandoutLesson("Flows", "", 20, mark_safe(body)),),  # noqa: S308
        language=language,
    )


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        ("en", ["What you will learn", "Contents", "3 hours of training"]),
        ("fr", ["Sommaire"]),
        ("pt", ["Sumário"]),
        ("km", ["មាតិកា"]),
    ],
)
def test_handout_wording_in_its_language(language, phrases):
    text = _squeezed(pdf_text(render_handout(_handout(language))))

    for phrase in phrases:
        assert _squeezed(phrase) in text
    if language != "en":
        assert "Whatyouwilllearn" not in text
