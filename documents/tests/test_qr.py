"""QR codes: one greyscale pixel per module, carried in a data: URL, printed
as sharp squares; what the page shows scans back to the data."""

import base64
import io

import numpy as np
import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from documents.certificates import new_verification_code, render_certificate
from documents.qr import qr_code, qr_png_data_uri
from documents.render import render_html

from .conftest import pdf_to_image

URL = "http://testserver/verify/AAAAAAAAAAAAAAAAAAAAAA/"
PREFIX = "data:image/png;base64,"


def _image(uri: str) -> Image.Image:
    assert uri.startswith(PREFIX)
    return Image.open(io.BytesIO(base64.b64decode(uri.removeprefix(PREFIX))))


def test_the_image_has_one_grey_pixel_per_module_and_a_quiet_zone():
    image = _image(qr_png_data_uri(URL, border=2))
    # Version 4 (33 modules) for this URL at level M, plus 2 light modules on each side.
    modules = np.pad(np.array(qr_code(URL).matrix), 2)

    assert image.mode == "L"
    assert image.size == (37, 37)
    assert np.array_equal(np.array(image) == 0, modules.astype(bool))
    assert set(np.unique(np.array(image))) == {0, 255}


def test_short_data_is_a_full_qr_code_never_micro_qr():
    # segno would pick Micro QR (11 modules) for "0"; phones do not read it.
    assert _image(qr_png_data_uri("0", border=2)).size == (25, 25)  # version 1: 21 modules


def test_codes_with_the_fixed_mask_scan_for_many_addresses():
    """One mask for every code: it must not make some addresses unreadable.
    200 verification addresses of the real form, drawn small (3 px per module)."""
    for _ in range(200):
        url = f"https://passerelle.example.org/verify/{new_verification_code()}/"
        image = _image(qr_png_data_uri(url, border=4))
        small = image.resize((image.width * 3, image.height * 3), Image.Resampling.NEAREST)
        found = zxingcpp.read_barcodes(small)
        assert [barcode.text for barcode in found] == [url]


def test_the_rendered_page_shows_every_module_sharp():
    """Rasterise a PDF with the code at one module per millimetre, then read
    every module's centre and the pixels a quarter module from its edges:
    a smoothed image would grey the edges."""
    modules = np.pad(np.array(qr_code(URL).matrix), 2)
    size = len(modules)
    html = (
        f"<style>@page {{ size: {size + 8}mm; margin: 4mm }} body {{ margin: 0 }}"
        f" img {{ display: block; width: {size}mm; height: {size}mm;"
        f" image-rendering: pixelated }}</style>"
        f'<img src="{qr_png_data_uri(URL, border=2)}" alt="">'
    )
    pixels = np.array(pdf_to_image(render_html(html, variant=None), dpi=254))
    # 254 dpi = 10 pixels per millimetre; the code starts 4 mm in.
    for offset in (5, 2, 8):
        samples = 40 + 10 * np.arange(size) + offset
        seen = (pixels[np.ix_(samples, samples)] < 128).astype(int)
        assert np.array_equal(seen, modules)
    assert set(np.unique(pixels[40 : 40 + 10 * size, 40 : 40 + 10 * size])) <= {0, 255}


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


@pytest.mark.django_db
def test_the_certificate_embeds_the_code_as_one_small_grey_image_never_smoothed(
    make_certificate,
):
    page = PdfReader(io.BytesIO(render_certificate(make_certificate(), sign=False))).pages[0]

    [image] = page.images
    stream = image.indirect_reference.get_object()
    assert (stream["/Width"], stream["/Height"]) == (37, 37)
    assert stream["/ColorSpace"] == "/DeviceGray"
    assert stream["/Interpolate"].value is False
