"""Text the shipped fonts can draw, so no document prints an empty box.

A name may hold characters none of the shipped fonts (static/fonts/) covers —
an emoji, a pictograph. WeasyPrint would then fall back to whatever the
server has, usually nothing, and draw .notdef boxes. Each such character is
replaced by its compatibility form when the fonts cover that (``ℌ`` → ``H``,
full-width ``Ａ`` → ``A``), else dropped, with the joiners and variation
selectors that only shape emoji. The exact name stays in the document's
embedded JSON and in the database.
"""

import functools
import re
import unicodedata

from fontTools.ttLib import TTFont

from django.contrib.staticfiles import finders

# The files the print stylesheet declares (templates/documents/print.css).
FONT_FILES = (
    "fonts/noto-sans-latin-400-normal.woff2",
    "fonts/noto-sans-latin-ext-400-normal.woff2",
    "fonts/noto-sans-khmer-khmer-400-normal.woff2",
    "fonts/noto-naskh-arabic-arabic-400-normal.woff2",
)
_SPACES = re.compile(r"\s{2,}")


@functools.cache
def covered() -> frozenset[int]:
    """Code points some shipped font has a glyph for."""
    points: set[int] = set()
    for name in FONT_FILES:
        font = TTFont(finders.find(name))
        points.update(font.getBestCmap())
    return frozenset(points)


def _draws(text: str) -> bool:
    return all(ord(char) in covered() or char.isspace() for char in text)


def printable(text: str) -> str:
    """`text` with every character the shipped fonts cannot draw replaced or dropped."""
    if _draws(text):
        return text
    kept, dropping = [], False
    for char in text:
        if dropping and unicodedata.category(char) in ("Cf", "Mn"):
            continue  # a joiner or variation selector of the emoji just dropped
        dropping = False
        if _draws(char):
            kept.append(char)
            continue
        compatible = unicodedata.normalize("NFKC", char)
        if compatible != char and _draws(compatible):
            kept.append(compatible)
        else:
            dropping = True
    return _SPACES.sub(" ", "".join(kept)).strip()
