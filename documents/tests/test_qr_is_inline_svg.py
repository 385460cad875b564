"""QR codes are inline SVG: vector in the PDF, no image fetched, and the
modules drawn are exactly segno's code for the data."""

import io
import random
import re
import string
import subprocess

import numpy as np
import pytest
import segno
from PIL import Image
from pypdf import PdfReader
from weasyprint import HTML

from documents.qr import best_mask, qr_matrix, qr_path, qr_svg
from documents.render import render_html

URL = "http://testserver/verify/AAAAAAAAAAAAAAAAAAAAAA/"


def _segno(data: str) -> segno.QRCode:
    return segno.make(data, error="m", micro=False)


def _sample_data(count: int) -> list[str]:
    """Verification URLs and other strings, from one module to version 19."""
    rng = random.Random(18004)
    alphabet = string.ascii_letters + string.digits + "-_/:.?=&é"
    data = [URL, "hello", "0", "https://passerelle.example/verify/" + "x" * 22 + "/"]
    for _ in range(count):
        length = rng.choice([1, 8, 30, 52, 60, 90, 150, 300, 600])
        data.append("".join(rng.choice(alphabet) for _ in range(length)))
    return data


def _modules_drawn(svg: str) -> tuple[np.ndarray, np.ndarray]:
    """(how many strokes cover each module, the viewBox size) for our SVG path."""
    size = int(re.search(r'viewBox="0 0 (\d+) \d+"', svg).group(1))
    covered = np.zeros((size, size), dtype=int)
    path = re.search(r' d="([^"]*)"', svg).group(1)
    for x, y, direction, length in re.findall(r"M([\d.]+) ([\d.]+)([hv])(\d+)", path):
        x, y, length = float(x), float(y), int(length)
        if direction == "h":
            assert y % 1 == 0.5 and x % 1 == 0
            covered[int(y), int(x) : int(x) + length] += 1
        else:
            assert x % 1 == 0.5 and y % 1 == 0
            covered[int(y) : int(y) + length, int(x)] += 1
    assert re.fullmatch(r"(M[\d.]+ [\d.]+[hv]\d+)*", path), "only M/h/v commands"
    return covered, size


def test_qr_svg_is_an_inline_svg_element_with_namespace():
    svg = qr_svg("http://testserver/verify/abc/")

    assert svg.startswith("<svg")
    assert 'xmlns="http://www.w3.org/2000/svg"' in svg
    assert "<?xml" not in svg
    assert svg.count("<path") == 1


def test_the_mask_and_the_modules_are_segnos_own():
    for data in _sample_data(150):
        reference = _segno(data)

        assert best_mask(segno.make(data, error="m", mask=0, micro=False)) == reference.mask
        assert np.array_equal(qr_matrix(data), np.array(reference.matrix)), data


def test_best_mask_scores_every_mask_like_segno():
    # Codes whose best mask is each of the eight, so a wrong score anywhere shows.
    masks = {_segno(data).mask for data in _sample_data(150)}
    assert masks == set(range(8))

    with pytest.raises(ValueError):
        best_mask(segno.make(URL, error="m", mask=3, micro=False))


def test_qr_svg_draws_each_dark_module_once_and_nothing_else():
    for data in _sample_data(20):
        covered, size = _modules_drawn(qr_svg(data, border=2))
        expected = np.pad(np.array(_segno(data).matrix), 2)

        assert size == len(expected)
        assert np.array_equal(covered, expected), data


def test_qr_path_groups_modules_into_few_strokes():
    modules = qr_matrix(URL)
    strokes = qr_path(modules).count("M")
    row_runs = sum(len(re.findall(rb"\x01+", row.tobytes())) for row in modules)

    assert strokes < row_runs  # fewer than segno's one stroke per run of a row


def test_the_rendered_page_shows_the_codes_modules(tmp_path):
    """Rasterise a PDF with the QR code at one module per millimetre and read
    every module's centre back."""
    modules = np.pad(qr_matrix(URL), 2)
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


def test_qr_renders_as_vector_without_images():
    pdf = render_html(
        f"<!DOCTYPE html><html><body>{qr_svg('hello')}</body></html>",
        variant=None,
    )

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert len(page.images) == 0
    assert len(page.get_contents().get_data()) > 200  # drawn as paths
