"""A long Khmer paragraph (Khmer writes no spaces between words) wraps
inside the page in a handout, breaking between clusters, never past the
right margin."""

import io
import subprocess

import pytest
from PIL import Image, ImageOps

from django.utils.safestring import mark_safe

from documents.handouts import HandoutDocument, HandoutLesson, render_handout

pytestmark = pytest.mark.django_db

DPI = 100
MM = DPI / 25.4
# "Traffic management in Phnom Penh" and more, repeated, without a space.
KHMER = "ការគ្រប់គ្រងចរាចរណ៍នៅរាជធានីភ្នំពេញត្រូវការការសិក្សាស្រាវជ្រាវនិងការចូលរួមពីប្រជាពលរដ្ឋ" * 8


def _pages(pdf: bytes) -> list[Image.Image]:
    result = subprocess.run(  # noqa: S603
        ["pdftoppm", "-r", str(DPI), "-gray", "-png", "-f", "3", "-l", "3", "-singlefile", "-"],  # noqa: S607
        input=pdf,
        capture_output=True,
        check=True,
    )
    return [Image.open(io.BytesIO(result.stdout)).convert("L")]


def test_a_long_khmer_paragraph_stays_inside_the_margins():
    handout = HandoutDocument(
        title="ចរាចរណ៍",
        summary="",
        objectives_html=mark_safe(""),
        hours=2,
        lessons=(HandoutLesson("ចរាចរណ៍", "", 20, mark_safe(f"<p>{KHMER}</p>")),),  # noqa: S308
        language="km",
    )

    (page,) = _pages(render_handout(handout))  # cover, contents, then the lesson

    ink = ImageOps.invert(page).point(lambda value: 255 if value > 16 else 0)
    left, top, right, bottom = ink.getbbox()
    assert page.width - right >= 15 * MM, "text ran into or past the right margin"
    assert left >= 15 * MM
    # The paragraph wrapped onto several lines rather than one very long one.
    assert bottom - top > 40 * MM
