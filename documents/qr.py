"""QR codes as inline SVG: vector in the PDF, no image file, no network.

The code is segno's (``segno.make(data, error="m", micro=False)``), built
faster, and drawn with fewer path commands (both cost a certificate
render ~2 ms each with segno's own defaults):

- segno spends most of its time choosing the data mask (it scores all
  eight masks in pure Python, ~2.5 ms); here segno encodes with mask 0,
  the eight scores are computed with numpy exactly as segno computes them
  (:func:`best_mask`), and the chosen mask and its format information are
  applied to the matrix. The tests compare the result with segno's own
  code, module by module, on a few hundred inputs.
- WeasyPrint's SVG cost is per path command; :func:`qr_path` draws
  rectangles of dark modules rather than one stroke per run of a row.
"""

import functools
import re

import numpy as np
import segno
from segno import consts, encoder

from django.utils.safestring import SafeString, mark_safe

ERROR_LEVEL = "m"
_FINDER_LIKE = bytes((1, 0, 1, 1, 1, 0, 1))
_DARK_RUN = re.compile(b"\x01+")


def qr_svg(data: str, *, scale: int = 4, border: int = 2) -> SafeString:
    """Return an ``<svg>`` element encoding ``data``, ready to inline in HTML.

    One path of 1-module-wide strokes, in module units (``viewBox``), so
    it scales crisply to whatever size the stylesheet gives it; ``border``
    is the light quiet zone around the code, ``scale`` the pixels per
    module of the element's own width and height.
    """
    modules = qr_matrix(data)
    size = len(modules) + 2 * border
    return mark_safe(  # noqa: S308 -- only numbers go into the markup
        f'<svg xmlns="http://www.w3.org/2000/svg" class="qr" width="{size * scale}" '
        f'height="{size * scale}" viewBox="0 0 {size} {size}">'
        f'<path stroke="#000" stroke-width="1" d="{qr_path(modules, border)}"/></svg>'
    )


def qr_path(modules: np.ndarray, border: int = 0) -> str:
    """SVG path data drawing the dark ``modules`` as 1-wide strokes.

    WeasyPrint's cost is per path command, so the dark modules are first
    grouped into rectangles (runs of one row, continued down while the next
    row has the very same run), and each rectangle is drawn with as few
    strokes as it needs: along its longer side, one per module across.
    """
    commands = []
    for top, left, width, height in _rectangles(modules):
        x, y = left + border, top + border
        if width >= height:
            commands.extend(f"M{x} {y + row}.5h{width}" for row in range(height))
        else:
            commands.extend(f"M{x + column}.5 {y}v{height}" for column in range(width))
    return "".join(commands)


def _rectangles(modules: np.ndarray) -> list[tuple[int, int, int, int]]:
    """The dark modules as disjoint rectangles (top, left, width, height), sorted."""
    rows, size = modules.shape
    cells = modules.astype(np.uint8).tobytes()
    rectangles = []
    growing: dict[tuple[int, int], int] = {}  # (left, width) -> top row
    for row in range(rows):
        line = cells[row * size : (row + 1) * size]
        runs = {(match.start(), match.end() - match.start()) for match in _DARK_RUN.finditer(line)}
        for run in [run for run in growing if run not in runs]:
            top = growing.pop(run)
            rectangles.append((top, *run, row - top))
        for run in runs:
            growing.setdefault(run, row)
    rectangles.extend((top, left, width, rows - top) for (left, width), top in growing.items())
    return sorted(rectangles)


def qr_matrix(data: str) -> np.ndarray:
    """The modules of ``segno.make(data, error="m", micro=False)`` (1 = dark),
    without the quiet zone.

    segno encodes with mask 0; the mask segno would choose is found with
    :func:`best_mask` and applied here, with its format information."""
    code = segno.make(data, error=ERROR_LEVEL, mask=0, micro=False)
    matrix = np.array(code.matrix, dtype=np.uint8)
    mask = best_mask(code, matrix)
    if mask != 0:
        _, _, patterns = _layout(len(matrix))
        matrix ^= patterns[0] ^ patterns[mask]
        matrix ^= _format_changes(code.version, code.error)[mask]
    return matrix


def best_mask(code: segno.QRCode, matrix: np.ndarray | None = None) -> int:
    """The mask segno would choose for ``code`` (built with mask 0): the lowest
    penalty of ISO/IEC 18004:2015 7.8.3, first one on a tie."""
    if code.mask != 0 or code.is_micro:
        raise ValueError("best_mask needs a QR code (not Micro QR) made with mask=0")
    if matrix is None:
        matrix = np.array(code.matrix, dtype=np.uint8)
    region, base, patterns = _layout(len(matrix))
    # Undo mask 0 in the data region; everything else is scored as segno
    # scores it, before the format and version information are written.
    data = (matrix ^ patterns[0]) & region
    candidates = np.where(region, data ^ np.stack(patterns), base)
    scores = _penalties(candidates)
    return scores.index(min(scores))


@functools.cache
def _layout(size: int) -> tuple[np.ndarray, np.ndarray, tuple[np.ndarray, ...]]:
    """For a QR code of ``size`` modules: the data region, the function
    patterns as segno scores them, and the eight mask patterns (in the data
    region only)."""
    function = encoder.make_matrix(size, size)
    encoder.add_finder_patterns(function, size, size)
    encoder.add_alignment_patterns(function, size, size)
    base = np.array(function, dtype=np.uint8)
    function[-8][8] = 0x1  # the dark module is not data either
    region = np.array(function, dtype=np.uint8) > 0x1
    base[region] = 0
    i, j = np.indices((size, size))
    conditions = (
        (i + j) % 2 == 0,
        i % 2 == 0,
        j % 3 == 0,
        (i + j) % 3 == 0,
        (i // 2 + j // 3) % 2 == 0,
        (i * j) % 2 + (i * j) % 3 == 0,
        ((i * j) % 2 + (i * j) % 3) % 2 == 0,
        ((i + j) % 2 + (i * j) % 3) % 2 == 0,
    )
    patterns = tuple((condition & region).astype(np.uint8) for condition in conditions)
    for array in (region, base, *patterns):
        array.flags.writeable = False
    return region, base, patterns


@functools.cache
def _format_changes(version: int, error: str) -> tuple[np.ndarray, ...]:
    """For each mask, the modules whose format information differs from mask 0's."""
    size = encoder.calc_matrix_size(version)
    formats = []
    for mask in range(8):
        matrix = tuple(bytearray(size) for _ in range(size))
        encoder.add_format_info(matrix, version, consts.ERROR_MAPPING[error], mask)
        formats.append(np.array(matrix, dtype=np.uint8))
    changes = tuple(bits ^ formats[0] for bits in formats)
    for array in changes:
        array.flags.writeable = False
    return changes


def _penalties(candidates: np.ndarray) -> list[int]:
    """segno's ``evaluate_mask`` (N1 + N2 + N3 + N4) of each square 0/1 matrix
    in ``candidates`` (shape: count, size, size)."""
    count, size, _ = candidates.shape
    n1 = _long_runs(candidates) + _long_runs(candidates.transpose(0, 2, 1))
    corner = candidates[:, 1:, 1:]
    same = corner == candidates[:, 1:, :-1]
    same &= corner == candidates[:, :-1, 1:]
    same &= corner == candidates[:, :-1, :-1]
    n2 = 3 * same.sum(axis=(1, 2))
    dark = candidates.sum(axis=(1, 2))
    scores = []
    for index in range(count):
        rows = candidates[index].tobytes()
        columns = candidates[index].T.tobytes()
        n3 = sum(
            _finder_like(lines[start : start + size], size)
            for lines in (rows, columns)
            for start in range(0, size * size, size)
        )
        n4 = 10 * int(abs(float(dark[index]) / size**2 * 100 - 50) / 5)
        scores.append(int(n1[index]) + int(n2[index]) + n3 + n4)
    return scores


def _long_runs(candidates: np.ndarray) -> np.ndarray:
    """N1 along the rows of each matrix: 3 points for 5 modules of one colour
    in a row, one more per extra module."""
    count, rows, size = candidates.shape
    boundaries = np.ones((count, rows, size + 1), dtype=bool)
    boundaries[:, :, 1:size] = candidates[:, :, 1:] != candidates[:, :, :-1]
    # The end of one row and the start of the next are adjacent boundaries
    # (a "run" of 1), so runs never cross rows or matrices.
    positions = np.flatnonzero(boundaries.ravel())
    lengths = np.diff(positions)
    long = lengths >= 5
    owner = positions[:-1][long] // (rows * (size + 1))
    return np.bincount(owner, weights=lengths[long] - 2, minlength=count).astype(int)


def _finder_like(line: bytes, size: int) -> int:
    """N3 for one row or column, searched the way segno searches it."""
    count = 0
    index = line.find(_FINDER_LIKE)
    while index != -1:
        offset = index + 7
        if (
            index in (0, size - 7)
            or not any(line[max(index - 4, 0) : min(index, size)])
            or not any(line[max(offset, 0) : min(offset + 4, size)])
        ):
            count += 40
        else:
            offset = index + 4
        index = line.find(_FINDER_LIKE, offset)
    return count
