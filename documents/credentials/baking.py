"""Credentials baked into badge images, as Open Badges 3.0 "Baking" says.

- PNG: an `iTXt` chunk with the keyword `openbadgecredential`, uncompressed,
  whose text is the credential's JSON (Pillow's `PngInfo.add_itxt`).
- SVG: an `<openbadges:credential>` element (namespace
  `https://purl.imsglobal.org/ob/v3p0`) right under the root, the JSON in
  a CDATA section.

`extract_credential` reads one back from an uploaded JSON, PNG or SVG file.
"""

import io
import json
from xml.sax.saxutils import escape

from defusedxml import ElementTree
from PIL import Image, ImageDraw, PngImagePlugin, UnidentifiedImageError

PNG_KEYWORD = "openbadgecredential"
SVG_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0"
BADGE_SIZE = 400
BADGE_COLOUR = (31, 78, 121)
# An uploaded badge larger than this is refused before it is decoded.
MAX_BADGE_PIXELS = 4_000_000


class NotACredential(ValueError):
    """The file holds no readable credential; the message says why."""


def _credential_text(credential: dict) -> str:
    return json.dumps(credential, ensure_ascii=False, indent=2)


def badge_png(credential: dict | None) -> bytes:
    """A round badge in the programme's colours with the credential baked in
    (without one: the achievements' public image)."""
    image = Image.new("RGBA", (BADGE_SIZE, BADGE_SIZE), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, BADGE_SIZE - 8, BADGE_SIZE - 8), fill=BADGE_COLOUR)
    draw.ellipse((36, 36, BADGE_SIZE - 36, BADGE_SIZE - 36), outline="white", width=6)
    draw.text(
        (BADGE_SIZE / 2, BADGE_SIZE / 2), "Passerelle", fill="white", anchor="mm", font_size=44
    )
    info = PngImagePlugin.PngInfo()
    if credential is not None:
        info.add_itxt(PNG_KEYWORD, _credential_text(credential), zip=False)
    out = io.BytesIO()
    image.save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def badge_svg(credential: dict) -> bytes:
    """The same badge as SVG, the credential in `<openbadges:credential>`."""
    text = _credential_text(credential).replace("]]>", "]]]]><![CDATA[>")
    name = escape(str(credential.get("name", "")))
    half = BADGE_SIZE // 2
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="{SVG_NAMESPACE}" '
        f'viewBox="0 0 {BADGE_SIZE} {BADGE_SIZE}" width="{BADGE_SIZE}" height="{BADGE_SIZE}">\n'
        f"<openbadges:credential><![CDATA[{text}]]></openbadges:credential>\n"
        f"<title>{name}</title>\n"
        f'<circle cx="{half}" cy="{half}" r="{half - 8}" fill="rgb{BADGE_COLOUR}"/>\n'
        f'<circle cx="{half}" cy="{half}" r="{half - 36}" fill="none" stroke="white" '
        f'stroke-width="6"/>\n'
        f'<text x="{half}" y="{half}" fill="white" font-family="sans-serif" font-size="44" '
        f'text-anchor="middle" dominant-baseline="middle">Passerelle</text>\n'
        "</svg>\n"
    ).encode()


def _from_png(data: bytes) -> str:
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != "PNG":
                raise NotACredential("not a PNG image")
            if image.width * image.height > MAX_BADGE_PIXELS:
                raise NotACredential("the image is too large")
            image.load()
            text = image.text.get(PNG_KEYWORD)  # Pillow reads iTXt into .text
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise NotACredential("not a readable image") from exc
    if not text:
        raise NotACredential("the image carries no baked credential")
    return text


def _from_svg(data: bytes) -> str:
    try:
        root = ElementTree.fromstring(data, forbid_dtd=True)
    except Exception as exc:  # defusedxml raises several kinds on hostile or broken XML
        raise NotACredential("not a readable SVG image") from exc
    element = root.find(f"{{{SVG_NAMESPACE}}}credential")
    if element is None or not (element.text or "").strip():
        raise NotACredential("the image carries no baked credential")
    return element.text


def extract_credential(data: bytes) -> dict:
    """The credential in an uploaded JSON file, baked PNG or baked SVG."""
    head = data.lstrip()[:200]
    if data.startswith(b"\x89PNG"):
        text = _from_png(data)
    elif head.startswith(b"<"):
        text = _from_svg(data)
    else:
        text = data
    try:
        credential = json.loads(text)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise NotACredential("the credential is not readable JSON") from exc
    if not isinstance(credential, dict):
        raise NotACredential("the credential is not a JSON object")
    return credential
