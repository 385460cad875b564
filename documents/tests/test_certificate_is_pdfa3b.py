"""Certificates are archived as PDF/A-3b, and signing keeps them so."""

import io
import re

import pytest
from pypdf import PdfReader

from documents.certificates import ATTACHMENT_NAME, CREDENTIAL_ATTACHMENT_NAME, render_certificate
from documents.credentials.build import issue_credential

pytestmark = pytest.mark.django_db


def _xmp(reader: PdfReader) -> str:
    return reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()


@pytest.mark.parametrize("sign", [False, True])
def test_certificate_declares_pdfa_3b_with_srgb_output_intent(make_certificate, sign):
    reader = PdfReader(io.BytesIO(render_certificate(make_certificate(), sign=sign)))

    xmp = _xmp(reader)
    assert re.search(r'pdfaid:part(="|>)3', xmp)
    assert re.search(r'pdfaid:conformance(="|>)B', xmp)
    (intent,) = reader.trailer["/Root"]["/OutputIntents"]
    assert intent.get_object()["/S"] == "/GTS_PDFA1"


def test_signed_certificate_info_producer_matches_xmp(make_certificate):
    reader = PdfReader(io.BytesIO(render_certificate(make_certificate())))

    producer = reader.trailer["/Info"].get_object()["/Producer"]
    assert f'pdf:Producer="{producer}"' in _xmp(reader) or (
        f"<pdf:Producer>{producer}</pdf:Producer>" in _xmp(reader)
    )


def test_attachment_has_a_pdfa3_relationship(make_certificate):
    reader = PdfReader(io.BytesIO(render_certificate(make_certificate())))

    # WeasyPrint 70 lists the same file specification twice in /AF.
    specs = {
        (spec["/F"], spec["/AFRelationship"])
        for spec in (item.get_object() for item in reader.trailer["/Root"]["/AF"])
    }
    assert specs == {(ATTACHMENT_NAME, "/Data")}


def test_the_credential_is_an_associated_file_of_the_signed_pdfa(make_certificate):
    certificate = make_certificate()
    pdf = render_certificate(certificate, credential=issue_credential(certificate))
    reader = PdfReader(io.BytesIO(pdf))

    specs = {
        (spec["/F"], spec["/AFRelationship"])
        for spec in (item.get_object() for item in reader.trailer["/Root"]["/AF"])
    }
    assert specs == {(ATTACHMENT_NAME, "/Data"), (CREDENTIAL_ATTACHMENT_NAME, "/Data")}
    assert re.search(r'pdfaid:part(="|>)3', _xmp(reader))
    assert b"/Subtype /application#2fjson" in pdf
