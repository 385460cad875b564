"""Module handouts as plain data: every lesson of a module in one PDF.

Nothing here touches the database: the training app builds a
:class:`HandoutDocument` (with each lesson's body already rendered to HTML
for print) and calls :func:`render_handout`.
"""

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.safestring import SafeString

from documents.render import render_pdf

HANDOUT_TEMPLATE = "documents/handout.html"
# Bump when the handout template or print CSS changes, so cached PDFs are
# rebuilt.
HANDOUT_LAYOUT_VERSION = 3


@dataclass(frozen=True)
class HandoutLesson:
    title: str
    summary: str
    minutes: int
    body_html: SafeString


@dataclass(frozen=True)
class HandoutDocument:
    """What a handout prints: the module's cover facts and its lessons, in order."""

    title: str
    summary: str
    objectives_html: SafeString
    hours: int
    lessons: tuple[HandoutLesson, ...]
    language: str = "en"
    generated_on: dt.date | None = None


def handout_cache_key(*, module_id: int, revisions: Iterable[object], language: str) -> str:
    """A key that changes when the module or any of its lessons is republished.

    ``revisions`` identifies the published state of the module and of each
    live lesson, in order (e.g. ``(page id, live revision id, published at)``).
    """
    parts = [str(HANDOUT_LAYOUT_VERSION), str(module_id), language]
    parts.extend(repr(revision) for revision in revisions)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:40]


def render_handout(handout: HandoutDocument) -> bytes:
    """The handout as PDF/A-3b: cover, contents with page numbers, one lesson per chapter."""
    return render_pdf(HANDOUT_TEMPLATE, {"handout": handout}, language=handout.language)
