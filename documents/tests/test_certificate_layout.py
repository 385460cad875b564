"""A certificate worth framing: one A4 landscape page, nothing cut off.

Rendered to PNG (pdftoppm), every inked pixel stays at least 5 mm inside
every edge of the paper, whatever the holder's name: short, 120
characters, Khmer, Arabic. The Arabic name is drawn with the shipped
Arabic font, never with .notdef boxes.
"""

import io
import subprocess

import pytest
from PIL import Image, ImageOps
from pypdf import PdfReader

from documents.certificates import render_certificate
from documents.tests.conftest import pdf_text

pytestmark = pytest.mark.django_db

DPI = 100
MM = DPI / 25.4
LONG_NAME = (
    "Maria da Conceição Albuquerque Figueiredo dos Santos Pereira de Oliveira "
    "Vasconcelos Cavalcanti Bragança e Sousa Lima Neto"
)[:120]
NAMES = {
    "short": "Li Na",
    "120 characters": LONG_NAME,
    "Khmer": "សុខ ដារ៉ា",
    "Arabic": "فاطمة الزهراء بن عبد الله",
}
OUTCOMES = (
    "Count and model traffic flows at a junction.",
    "Plan signal phases for pedestrians and vehicles.",
    "Run a public-space consultation with residents.",
    "Evaluate a pilot and report to the city council.",
)


def _page_image(pdf: bytes) -> Image.Image:
    result = subprocess.run(  # noqa: S603
        ["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", "-"],  # noqa: S607
        input=pdf,
        capture_output=True,
        check=True,
    )
    return Image.open(io.BytesIO(result.stdout)).convert("L")


def _render(make_certificate, name: str) -> bytes:
    return render_certificate(
        make_certificate(
            holder_name=name,
            module_title="Managing traffic flows in a capital city",
            outcomes=OUTCOMES,
            partner_cities=("Paris", "Phnom Penh"),
            issuer_title="Programme coordinator, City of Paris",
        ),
        sign=False,
    )


@pytest.mark.parametrize("name", NAMES.values(), ids=NAMES.keys())
def test_all_ink_stays_five_millimetres_inside_the_page(make_certificate, name):
    pdf = _render(make_certificate, name)

    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape
    image = _page_image(pdf)
    ink = ImageOps.invert(image).point(lambda value: 255 if value > 16 else 0).getbbox()
    left, top, right, bottom = ink
    margin = 5 * MM
    assert left >= margin and top >= margin, ink
    assert image.width - right >= margin and image.height - bottom >= margin, ink
    text = "".join(pdf_text(pdf).split())
    for part in ("PSL-2026-000123", "Managingtrafficflows", "Programmecoordinator", "Paris"):
        assert part in text


def test_every_part_of_the_holders_name_is_printed(make_certificate):
    text = " ".join(pdf_text(_render(make_certificate, LONG_NAME)).split())

    assert LONG_NAME in text


def test_arabic_is_drawn_with_the_shipped_arabic_font(make_certificate, tmp_path):
    path = tmp_path / "arabic.pdf"
    path.write_bytes(_render(make_certificate, NAMES["Arabic"]))

    fonts = subprocess.run(  # noqa: S603
        ["pdffonts", str(path)],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "PSL-Arabic" in fonts
    assert "DejaVu" not in fonts


@pytest.mark.parametrize("language", ["en", "fr", "pt", "km"])
@pytest.mark.parametrize(
    ("site", "code"),
    [
        ("https://passerelle.paris.fr", "W" * 22),  # the widest code there is
        ("https://cooperation-internationale.paris.fr", "bUs_qQeMfNch4yzsuHBRrQ"),
    ],
)
def test_the_verification_address_prints_on_one_line(
    make_certificate, settings, language, site, code
):
    """Somebody types it: a city's own address and its code fit on the line
    beside the QR code, in every language."""
    settings.SITE_URL = site
    certificate = make_certificate(language=language, code=code)

    lines = pdf_text(render_certificate(certificate, sign=False)).splitlines()

    assert certificate.verification_url in (line.strip() for line in lines)
