"""Report attachments are checked by what they contain: a PDF must parse, an
Office file must not be a zip bomb, an image must be within 40 Mpx. A refused
file re-displays the form with the message and the report's text kept."""

import io
import zipfile

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.factories import pdf_bytes
from exchange.factories import MissionFactory
from exchange.models import MissionReport
from experts.factories import ExpertProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def _file_report(client, name: str, content: bytes):
    expert = ExpertProfileFactory()
    mission = MissionFactory(experts=[expert])
    client.force_login(expert.user)
    return client.post(
        reverse("exchange:mission_report", args=[mission.pk]),
        {"text": "We trained 12 engineers.", "attachments": [SimpleUploadedFile(name, content)]},
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", pdf_bytes(pages=2)),
        ("minutes.docx", _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})),
        ("site.png", _png(200, 100)),
    ],
)
def test_real_files_are_accepted(client, name, content):
    assert _file_report(client, name, content).status_code == 302
    assert MissionReport.objects.get().attachments.count() == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("broken.pdf", b"%PDF-1.7\n" + b"not really a pdf " * 50, "This PDF cannot be read"),
        ("fake.docx", b"PK\x03\x04" + b"\x00" * 100, "This document cannot be read"),
        (
            "bomb.docx",
            _zip({"word/document.xml": b"\x00" * (20 * 1024 * 1024)}),
            "This document is compressed",
        ),
        ("huge.png", _png(8000, 6000), "8000 × 6000 pixels (48.0 Mpx); the limit is 40 Mpx"),
    ],
)
def test_bad_content_is_refused_and_the_text_is_kept(client, name, content, message):
    response = _file_report(client, name, content)

    assert response.status_code == 400
    assert message in response.text
    assert "We trained 12 engineers." in response.text
    assert not MissionReport.objects.exists()


def test_an_office_file_expanding_past_the_cap_is_refused(client, settings):
    settings.UPLOAD_MAX_UNCOMPRESSED_BYTES = 1024 * 1024
    content = _zip({f"part{n}.xml": bytes(range(256)) * 2048 for n in range(4)})  # 2 MB

    response = _file_report(client, "big.xlsx", content)

    assert response.status_code == 400
    assert "This document expands to 2.0\xa0MB; the limit is 1.0\xa0MB." in response.text
