"""QR codes are inline SVG: vector in the PDF, no image fetched."""

import io
import re

import segno
from pypdf import PdfReader

from exchange.documents.qr import qr_svg
from exchange.documents.render import render_html


def test_qr_svg_is_an_inline_svg_element_with_namespace():
    svg = qr_svg("http://testserver/verify/abc/")

    assert svg.startswith("<svg")
    assert 'xmlns="http://www.w3.org/2000/svg"' in svg
    assert "<?xml" not in svg


def _path(svg: str) -> str:
    return re.search(r' d="([^"]+)"', svg).group(1)


def test_qr_svg_draws_segnos_modules_for_the_data():
    data = "http://testserver/verify/AAAAAAAAAAAAAAAAAAAAAA/"
    reference = segno.make(data, error="m").svg_inline(scale=4, border=2)

    assert _path(qr_svg(data)) == _path(reference)


def test_qr_renders_as_vector_without_images():
    pdf = render_html(
        f"<!DOCTYPE html><html><body>{qr_svg('hello')}</body></html>",
        variant=None,
    )

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert len(page.images) == 0
    assert len(page.get_contents().get_data()) > 200  # drawn as paths
