"""QR codes as inline SVG: vector in the PDF, no image file, no network.

segno makes the code (error level M, always a full QR code: phones do not
read Micro QR) and writes the SVG itself.
"""

import io

import segno

from django.utils.safestring import SafeString, mark_safe

ERROR_LEVEL = "m"


def qr_svg(data: str, *, scale: int = 4, border: int = 2) -> SafeString:
    """Return an ``<svg>`` element encoding ``data``, ready to inline in HTML.

    ``border`` is the light quiet zone around the code, in modules; ``scale``
    the size of one module in the ``viewBox``'s units. The element has a
    ``viewBox`` and no ``width`` or ``height``: the stylesheet sizes it (the
    certificate's: 30 mm). Size attributes would override the print
    stylesheet, which WeasyPrint applies as a user stylesheet.
    """
    code = segno.make(data, error=ERROR_LEVEL, micro=False)
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
