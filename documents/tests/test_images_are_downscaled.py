"""Large images in documents are embedded at print resolution, not full size."""

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from documents.render import IMAGE_DPI, render_html


@pytest.fixture
def large_photo():
    buffer = io.BytesIO()
    Image.effect_noise((2400, 1600), 60).convert("RGB").save(buffer, "JPEG", quality=95)
    name = default_storage.save("documents-test/large.jpg", ContentFile(buffer.getvalue()))
    yield name, len(buffer.getvalue())
    default_storage.delete(name)


def test_large_image_is_downscaled_to_print_resolution(large_photo):
    name, original_size = large_photo

    pdf = render_html(
        f'<!DOCTYPE html><html><body><img src="/media/{name}" alt="" style="width: 6cm">'
        "</body></html>",
        variant=None,
    )

    (image,) = PdfReader(io.BytesIO(pdf)).pages[0].images
    expected_width = round(6 / 2.54 * IMAGE_DPI)
    assert image.image.width <= expected_width + 2
    assert len(pdf) < original_size / 4
