"""QR codes for printed documents: one pixel per module, drawn without smoothing.

segno makes the code (error level M, always a full QR code: phones do not
read Micro QR) and writes it as a PNG of one pixel per module, carried in
the page as a ``data:`` URL (nothing is fetched). The print stylesheet
sizes it and sets ``image-rendering: pixelated``, which WeasyPrint writes as
an image not to be interpolated: every module prints as a sharp square at
any size and any zoom, as a vector path would, at a fraction of the cost.
An inline SVG path cost a certificate 6.4 ms of WeasyPrint's time (its
``d`` attribute tokenised by the HTML parser, then parsed again as a path);
the image costs 1.6 ms (docs/benchmarks.md).

The mask pattern is fixed (segno's `mask` parameter): every one of the
eight masks makes a valid code that any reader decodes, and letting segno
score all eight in pure Python took a third of a certificate's render beyond
WeasyPrint's bare page. Scanning tests check the codes of many addresses.
"""

import base64
import io

import segno
from PIL import Image

ERROR_LEVEL = "m"
MASK = 0


def qr_code(data: str) -> segno.QRCode:
    return segno.make(data, error=ERROR_LEVEL, micro=False, mask=MASK)


def qr_png_data_uri(data: str, *, border: int = 2) -> str:
    """A ``data:image/png`` URL of the code for ``data``: one pixel per module,
    with a light quiet zone of ``border`` modules around it.

    segno writes a 1-bit PNG, which WeasyPrint would widen to three colour
    channels; as 8-bit greyscale it stays one channel, a third of the
    pixels to compress into the PDF.
    """
    written = io.BytesIO()
    qr_code(data).save(written, kind="png", scale=1, border=border)
    grey = io.BytesIO()
    Image.open(written).convert("L").save(grey, format="PNG")
    return "data:image/png;base64," + base64.b64encode(grey.getvalue()).decode("ascii")
