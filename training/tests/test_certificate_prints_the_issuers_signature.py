"""A coordinator uploads a signature image (PNG or plain SVG, checked) that
is printed on the certificates they issue."""

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.factories import UserFactory, coordinator
from documents.models import IssuerSignature
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db

URL = reverse("documents:signature")


def _png(width=300, height=100) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "navy").save(buffer, "PNG")
    return buffer.getvalue()


def _pictures(pdf) -> list:
    """The images printed on the first page but the QR code (the one drawn unsmoothed)."""
    reader = PdfReader(io.BytesIO(pdf.read()))
    return [
        image
        for image in reader.pages[0].images
        if image.indirect_reference.get_object()["/Interpolate"].value
    ]


def _upload(client, name: str, data: bytes, content_type: str):
    return client.post(URL, {"image": SimpleUploadedFile(name, data, content_type)})


def test_a_png_signature_is_saved_and_printed_on_what_they_issue(client, module, settings):
    issuer = coordinator(job_title="Head of training")
    client.force_login(issuer)

    response = _upload(client, "signature.png", _png(), "image/png")

    assert response.status_code == 302
    assert IssuerSignature.objects.filter(user=issuer).exists()
    certificate, _ = certificate_issue(holder=UserFactory(), module=module, issued_by=issuer)
    with certificate.pdf.open("rb") as handle:
        assert len(_pictures(handle)) == 1


def test_without_a_signature_nothing_is_printed_in_its_place(module):
    certificate, _ = certificate_issue(holder=UserFactory(), module=module, issued_by=coordinator())

    with certificate.pdf.open("rb") as handle:
        assert _pictures(handle) == []


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("signature.png", b"not an image at all", "PNG or SVG"),
        ("signature.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "PNG or SVG"),
        (
            "signature.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "no scripts",
        ),
        (
            "signature.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
            b'<image xlink:href="http://example.org/x.png"/></svg>',
            "no scripts",
        ),
        ("signature.png", _png(4000, 100), "2000"),
    ],
)
def test_other_files_are_refused_with_a_message(client, name, data, message):
    client.force_login(coordinator())

    response = _upload(client, name, data, "application/octet-stream")

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not IssuerSignature.objects.exists()


def test_a_plain_svg_is_accepted(client):
    client.force_login(coordinator())
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 5 H10"/></svg>'

    assert _upload(client, "signature.svg", svg, "image/svg+xml").status_code == 302


def test_only_coordinators_may_upload(client):
    client.force_login(UserFactory())

    assert _upload(client, "signature.png", _png(), "image/png").status_code == 403
