"""QR codes as inline SVG: vector in the PDF, no image file, no network.

segno makes the code (error level M, always a full QR code: phones do not
read Micro QR) and writes the SVG itself. The mask pattern is fixed (segno's
`mask` parameter): every one of the eight masks makes a valid code that any
reader decodes, and letting segno score all eight in pure Python took a
third of a certificate's render beyond WeasyPrint's bare page (docs/benchmarks.md).
Scanning tests check the codes of many different addresses.
"""

import io

import segno

from django.utils.safestring import SafeString, mark_safe

ERROR_LEVEL = "m"
MASK = 0


def qr_code(data: str) -> segno.QRCode:
    return segno.make(data, error=ERROR_LEVEL, micro=False, mask=MASK)


def qr_svg(data: str, *, scale: int = 4, border: int = 2) -> SafeString:
    """Return an ``<svg>`` element encoding ``data``, ready to inline in HTML.

    ``border`` is the light quiet zone around the code, in modules; ``scale``
    the size of one module in the ``viewBox``'s units. The element has a
    ``viewBox`` and no ``width`` or ``height``: the stylesheet sizes it (the
    certificate's: 30 mm). Size attributes would override the print
    stylesheet, which WeasyPrint applies as a user stylesheet.
    """
    code = qr_code(data)
    buffer = io.BytesIO()
    code.save(
        buffer,
        kind="svg",
        scale=scale,
        border=border,
        omitsize=True,
        xmldecl=False,
        svgns=True,
        svgclass="qr",
        lineclass=None,
        nl=False,
    )
    return mark_safe(buffer.getvalue().decode())  # noqa: S308 -- segno's markup, no user text
