"""QR codes are inline SVG: vector in the PDF, no image fetched, and what
the page shows scans back to the data."""

import io
import subprocess

import numpy as np
import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from weasyprint import HTML

from documents.certificates import render_certificate
from documents.qr import qr_code, qr_svg
from documents.render import render_html

from .conftest import pdf_to_image

URL = "http://testserver/verify/AAAAAAAAAAAAAAAAAAAAAA/"


def test_qr_svg_is_an_inline_svg_element_with_namespace():
    svg = qr_svg("http://testserver/verify/abc/")

    assert svg.startswith("<svg")
    assert svg.endswith("</svg>")
    assert 'xmlns="http://www.w3.org/2000/svg"' in svg
    assert "<?xml" not in svg
    assert svg.count("<path") == 1


def test_qr_svg_has_a_view_box_and_leaves_its_size_to_the_stylesheet():
    # Version 4 (33 modules) for this URL at level M, plus a border of 2 on each side.
    svg = qr_svg(URL, scale=4, border=2)

    assert 'viewBox="0 0 148 148"' in svg
    assert 'transform="scale(4)"' in svg
    assert "width=" not in svg.split(">")[0]
    assert "height=" not in svg.split(">")[0]


def test_short_data_is_a_full_qr_code_never_micro_qr():
    # segno would pick Micro QR (11 modules) for "0"; phones do not read it.
    assert 'viewBox="0 0 25 25"' in qr_svg("0", scale=1, border=2)  # version 1: 21 modules


def test_codes_with_the_fixed_mask_scan_for_many_addresses():
    """One mask for every code: it must not make some addresses unreadable.
    200 verification addresses of the real form, drawn small (3 px per module)."""
    from documents.certificates import new_verification_code

    for _ in range(200):
        url = f"https://passerelle.example.org/verify/{new_verification_code()}/"
        buffer = io.BytesIO()
        qr_code(url).save(buffer, kind="png", scale=3, border=4)
        found = zxingcpp.read_barcodes(Image.open(buffer))
        assert [barcode.text for barcode in found] == [url]


def test_the_rendered_page_shows_the_codes_modules():
    """Rasterise a PDF with the QR code at one module per millimetre and read
    every module's centre back."""
    modules = np.pad(np.array(qr_code(URL).matrix), 2)
    size = len(modules)
    html = (
        f"<style>@page {{ size: {size + 8}mm; margin: 4mm }} body {{ margin: 0 }}"
        f" svg {{ display: block; width: {size}mm; height: {size}mm }}</style>{qr_svg(URL)}"
    )
    pdf = HTML(string=html).write_pdf()
    png = subprocess.run(  # noqa: S603
        ["pdftoppm", "-r", "254", "-gray", "-png", "-"],  # noqa: S607
        input=pdf,
        capture_output=True,
        check=True,
    ).stdout
    pixels = np.array(Image.open(io.BytesIO(png)).convert("L"))
    # 254 dpi = 10 pixels per millimetre; the code starts 4 mm in.
    centres = 40 + 10 * np.arange(size) + 5
    seen = (pixels[np.ix_(centres, centres)] < 128).astype(int)

    assert np.array_equal(seen, modules)


@pytest.mark.django_db
@pytest.mark.parametrize("dpi", [72, 150])
def test_the_certificates_qr_code_scans_back_to_its_verification_url(make_certificate, dpi):
    certificate = make_certificate()
    page = pdf_to_image(render_certificate(certificate), dpi=dpi)

    [code] = zxingcpp.read_barcodes(page)

    assert code.format == zxingcpp.BarcodeFormat.QRCode
    assert code.text == certificate.verification_url
    # In its 30 mm box: 33 of the 37 modules there (a border of 2 on each side).
    corners = code.position
    width_mm = (corners.top_right.x - corners.top_left.x) / dpi * 25.4
    assert width_mm == pytest.approx(30 * 33 / 37, abs=1)


def test_qr_renders_as_vector_without_images():
    pdf = render_html(
        f"<!DOCTYPE html><html><body>{qr_svg('hello')}</body></html>",
        variant=None,
    )

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert len(page.images) == 0
    assert len(page.get_contents().get_data()) > 200  # drawn as paths
