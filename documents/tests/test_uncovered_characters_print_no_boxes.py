"""A name with characters no shipped font covers prints no empty box.

Emoji and pictographs are dropped (with their joiners and variation
selectors), compatibility characters become the letter they stand for; every
glyph drawn is a real one (never glyph 0, .notdef) from a shipped font. The
embedded JSON keeps the exact name.
"""

import io
import json
import subprocess

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from documents.certificates import render_certificate
from documents.glyphs import printable
from documents.signing import embedded_file
from documents.tests.conftest import pdf_text

pytestmark = pytest.mark.django_db

NAME = "Dara 🌺 Sok 👩🏽‍💻 ℌélène"


def test_uncovered_characters_are_dropped_or_made_compatible():
    assert printable(NAME) == "Dara Sok Hélène"
    assert printable("សុខ ដារ៉ា") == "សុខ ដារ៉ា"
    assert printable("Ｄara") == "Dara"


def _glyph_ids(pdf: bytes) -> list[int]:
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    glyphs = []
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator in (b"Tj", b"TJ"):
            items = operands[0] if operator == b"TJ" else [operands[0]]
            for item in items:
                if hasattr(item, "original_bytes"):
                    raw = item.original_bytes
                    glyphs += [int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw), 2)]
    return glyphs


def test_certificate_for_an_emoji_name_draws_only_real_glyphs_of_shipped_fonts(
    make_certificate, tmp_path
):
    pdf = render_certificate(make_certificate(holder_name=NAME), sign=False)
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf)

    glyphs = _glyph_ids(pdf)
    assert glyphs and 0 not in glyphs, "a .notdef (empty box) glyph was drawn"
    fonts = subprocess.run(  # noqa: S603
        ["pdffonts", str(path)],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert all("PSL-" in line for line in fonts.splitlines()[2:]), fonts
    assert "Dara Sok Hélène" in pdf_text(pdf)


def test_the_embedded_data_keeps_the_exact_name(make_certificate):
    pdf = render_certificate(make_certificate(holder_name=NAME))

    assert json.loads(embedded_file(pdf, "certificate.json"))["holder_name"] == NAME
