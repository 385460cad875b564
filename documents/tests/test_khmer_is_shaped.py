"""Khmer comes out shaped with the shipped font, not as boxes or loose glyphs.

The check renders through the same pipeline as every document (print CSS,
shipped fonts) and rasterises the PDF with pdftoppm. Khmer stacks a
subscript consonant *under* its base (ក + ្ + ក = ក្ក): when shaping works
the pair is about as wide as one letter and taller; when it does not (no
font, or glyphs laid side by side, or .notdef boxes) it is two or three
glyphs wide. On a machine whose only fonts are DejaVu (a fontconfig
configuration in a subprocess) the shipped font still shapes the name,
while plain WeasyPrint draws one box per code point.
"""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import ImageOps
from pypdf import PdfReader
from pypdf.generic import ContentStream

from django.conf import settings

from documents.certificates import render_certificate
from documents.render import render_html
from documents.tests.conftest import pdf_to_image

pytestmark = pytest.mark.django_db

KA = "ក"
KA_SUBSCRIPT_KA = "ក្ក"
NAME = "ស្រីនិច"  # Sreynich: a subscript ro and above-base vowels


def _page(text: str, *, family: str | None = None) -> bytes:
    style = f" style='font-family: {family}'" if family else ""
    return render_html(
        f'<!DOCTYPE html><html><body><p{style} class="sample">'
        f'<span style="font-size: 72pt">{text}</span></p></body></html>',
        variant=None,
    )


def _ink_box(pdf: bytes) -> tuple[int, int, int, int] | None:
    image = pdf_to_image(pdf)
    top_half = image.crop((0, 0, image.width, image.height // 2))  # page number is at the bottom
    ink = ImageOps.invert(top_half).point(lambda value: 255 if value > 96 else 0)
    return ink.getbbox()


def _size(box):
    left, top, right, bottom = box
    return right - left, bottom - top


def _glyph_ids(pdf: bytes, font_name_part: str) -> list[int]:
    """Glyph IDs drawn with the font whose name contains ``font_name_part``.

    Fonts are embedded as Identity-H CID fonts: two bytes per glyph ID.
    """
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    fonts = {
        key: str(font.get_object()["/BaseFont"])
        for key, font in page["/Resources"]["/Font"].items()
    }
    glyphs, current = [], ""
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator == b"Tf":
            current = fonts[operands[0]]
        elif operator in (b"Tj", b"TJ") and font_name_part in current:
            items = operands[0] if operator == b"TJ" else [operands[0]]
            for item in items:
                if hasattr(item, "original_bytes"):
                    raw = item.original_bytes
                    glyphs += [int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw), 2)]
    return glyphs


def test_khmer_text_has_ink():
    assert _ink_box(_page(NAME)) is not None


def test_subscript_consonant_is_stacked_under_its_base():
    single_width, single_height = _size(_ink_box(_page(KA)))
    stacked_width, stacked_height = _size(_ink_box(_page(KA_SUBSCRIPT_KA)))

    assert stacked_width < 1.35 * single_width, "the subscript was laid beside the base"
    assert stacked_height > 1.25 * single_height, "nothing was stacked under the base"


def test_subscript_consonant_is_one_shaped_glyph_not_a_coeng_sign():
    glyphs = _glyph_ids(_page(KA_SUBSCRIPT_KA), "PSL-Khmer")
    (base,) = _glyph_ids(_page(KA), "PSL-Khmer")

    # Three code points, two glyphs: the coeng sign was consumed by shaping
    # and the second ka became its subscript form (another glyph).
    assert glyphs[0] == base
    assert len(glyphs) == 2
    assert glyphs[1] not in (0, base)


def test_khmer_name_uses_the_shipped_font_and_no_missing_glyph():
    glyphs = _glyph_ids(_page(NAME), "PSL-Khmer")

    assert glyphs, "the name was not drawn with the shipped Khmer font"
    assert 0 not in glyphs, "a .notdef (empty box) glyph was drawn"
    assert len(glyphs) < len(NAME), "nothing was combined by shaping"


FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{cache}</cachedir></fontconfig>
"""

RENDER_BOTH = """
import sys, django
django.setup()
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from documents.tests.test_khmer_is_shaped import NAME, _page
open(sys.argv[1], "wb").write(_page(NAME))
open(sys.argv[2], "wb").write(
    HTML(string=f'<p><span style="font-size: 72pt">{NAME}</span></p>').write_pdf(
        font_config=FontConfiguration()
    )
)
"""


@pytest.fixture(scope="module")
def dejavu_only_renders(tmp_path_factory):
    """The name rendered on a machine whose only fonts are DejaVu (no Khmer).

    A subprocess with its own fontconfig configuration stands in for a bare
    server: once through our pipeline (shipped fonts), once through plain
    WeasyPrint.
    """
    if not Path("/usr/share/fonts/truetype/dejavu").is_dir():
        pytest.skip("DejaVu fonts are not installed here")
    folder = tmp_path_factory.mktemp("dejavu-only")
    conf = folder / "fonts.conf"
    conf.write_text(FONTS_CONF.format(cache=folder / "cache"))
    shipped, plain = folder / "shipped.pdf", folder / "plain.pdf"
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(conf),
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
    }
    subprocess.run(  # noqa: S603
        [sys.executable, "-c", RENDER_BOTH, str(shipped), str(plain)],
        env=env,
        cwd=settings.BASE_DIR,
        check=True,
        capture_output=True,
    )
    return shipped.read_bytes(), plain.read_bytes()


def test_without_system_khmer_fonts_the_shipped_font_still_shapes(dejavu_only_renders):
    shipped, _plain = dejavu_only_renders

    glyphs = _glyph_ids(shipped, "PSL-Khmer")
    assert glyphs and 0 not in glyphs
    assert len(glyphs) < len(NAME)


def test_without_the_shipped_font_khmer_would_be_boxes(dejavu_only_renders):
    shipped, plain = dejavu_only_renders

    shipped_width, _ = _size(_ink_box(shipped))
    plain_width, _ = _size(_ink_box(plain))
    # One .notdef box per code point is much wider than the shaped word:
    # this is what the certificate would show without the shipped font.
    assert shipped_width < 0.8 * plain_width
    assert pdf_to_image(shipped).tobytes() != pdf_to_image(plain).tobytes()


def test_certificate_with_khmer_name_embeds_the_khmer_font(make_certificate):
    pdf = render_certificate(make_certificate(holder_name=NAME), sign=False)

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    fonts = {str(font.get_object()["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    assert any("PSL-Khmer" in name for name in fonts), fonts
