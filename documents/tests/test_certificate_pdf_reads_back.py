"""A rendered certificate carries its holder, module and number as real text."""

import io
import json

import pytest
from pypdf import PdfReader

from documents.certificates import ATTACHMENT_NAME, render_certificate
from documents.tests.conftest import KHMER_NAME, pdf_text

pytestmark = pytest.mark.django_db


def test_english_certificate_text_has_holder_module_number_and_url(make_certificate):
    certificate = make_certificate()

    text = pdf_text(render_certificate(certificate))

    assert KHMER_NAME in text
    assert "Sophea Sok" in text
    assert "Urban waste management" in text
    assert "PSL-2026-000123" in text
    assert "Certificate of completion" in text
    assert "29 November 2026" in text
    assert certificate.code in text.replace("\n", "")


def test_french_certificate_uses_french_wording_and_dates(make_certificate):
    certificate = make_certificate(language="fr", holder_name="Hélène Dupré")

    text = pdf_text(render_certificate(certificate))

    assert "Attestation de formation" in text
    assert "Hélène Dupré" in text
    assert "29 novembre 2026" in text


def test_a_language_without_a_catalogue_falls_back_to_english(make_certificate):
    text = pdf_text(render_certificate(make_certificate(language="de")))

    assert "Certificate of completion" in text


def test_certificate_is_one_page_with_data_attached_and_number_in_metadata(make_certificate):
    certificate = make_certificate()

    reader = PdfReader(io.BytesIO(render_certificate(certificate)))

    assert len(reader.pages) == 1
    assert "PSL-2026-000123" in reader.metadata.title
    attached = json.loads(reader.attachments[ATTACHMENT_NAME][0])
    assert attached["number"] == "PSL-2026-000123"
    assert attached["code"] == certificate.code
    assert attached["holder_name"] == certificate.holder_name
    assert attached["verification_url"] == certificate.verification_url


def test_certificate_html_escapes_holder_name(make_certificate):
    text = pdf_text(render_certificate(make_certificate(holder_name="<b>Eve</b> & co")))

    assert "<b>Eve</b> & co" in text
