"""Coordinators' signature images, printed on the documents they issue.

Only a PNG (opened with Pillow, at most 2000 × 1000 px) or a plain SVG
(parsed with defusedxml; no scripts, no event handlers, no external
references) is kept. The file is read by the document fetcher from the
default storage; no page links to it.
"""

from io import BytesIO

from defusedxml import ElementTree
from PIL import Image, UnidentifiedImageError

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_BYTES = 512 * 1024
MAX_SIZE = (2000, 1000)
SVG_NS = "{http://www.w3.org/2000/svg}"


def _check_png(data: bytes) -> None:
    try:
        with Image.open(BytesIO(data)) as image:
            image.verify()
            fmt, size = image.format, image.size
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise ValidationError(_("The signature must be a PNG or SVG image.")) from exc
    if fmt != "PNG":
        raise ValidationError(_("The signature must be a PNG or SVG image."))
    if size[0] > MAX_SIZE[0] or size[1] > MAX_SIZE[1]:
        raise ValidationError(_("The signature image may be at most 2000 × 1000 pixels."))


def _check_svg(data: bytes) -> None:
    try:
        root = ElementTree.fromstring(data)
    except Exception as exc:  # defusedxml raises several kinds for hostile or broken XML
        raise ValidationError(_("The signature must be a PNG or SVG image.")) from exc
    if root.tag != f"{SVG_NS}svg":
        raise ValidationError(_("The signature must be a PNG or SVG image."))
    for element in root.iter():
        name = element.tag.rsplit("}", 1)[-1].lower()
        hrefs = [value for key, value in element.attrib.items() if key.endswith("href")]
        if (
            name in ("script", "foreignobject", "image", "use")
            or any(key.lower().startswith("on") for key in element.attrib)
            or any(not value.startswith("#") for value in hrefs)
        ):
            raise ValidationError(
                _("The SVG signature may hold only drawing: no scripts, images or links.")
            )


def validate_signature(file) -> None:
    """A PNG or plain SVG of at most 512 KB; raises ValidationError otherwise."""
    if file.size > MAX_BYTES:
        raise ValidationError(_("The signature image may be at most 512 KB."))
    file.seek(0)
    data = file.read()
    file.seek(0)
    if data.lstrip().startswith((b"<?xml", b"<svg")):
        _check_svg(data)
    else:
        _check_png(data)
