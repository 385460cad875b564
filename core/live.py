"""Live parts of cached pages: rendered apart from the page, for every visitor.

A page kept in the page cache is the same for every anonymous visitor until
it is purged. Numbers that change with every booking (seats left, waiting
lists) would purge it all the time, so they are live parts instead: a
function registered here gives the part's context from a small query, and a
template places it with `{% live "name" key=value %}` (`core.templatetags.live`).
The page cache keeps the HTML around the part and splices the part in again
for every visitor it serves. No JavaScript is involved.

What the page cache splices in is the part as an anonymous visitor sees it,
kept in the shared cache until one of the models it shows changes (`models`,
whose versions every save bumps: a booking shows on the next request) and at
most `seconds` (for what the clock changes). A fresh render (a logged-in
visitor) renders the part in place, from its query, with the page's context
too (the visitor's enrolment, say).

Keys must be plain values (numbers, strings). Never place a live part inside
a `{% cache %}` fragment: the fragment would freeze it.
"""

from collections.abc import Callable
from typing import NamedTuple

from django.template.loader import render_to_string
from django.utils.http import urlencode
from django.utils.translation import get_language

from core.cache_versions import track_versions, versioned


class LivePart(NamedTuple):
    template: str
    context: Callable[..., dict]
    models: tuple[type, ...]
    seconds: int


_parts: dict[str, LivePart] = {}


def live_part(name: str, *, template: str, models: tuple[type, ...], seconds: int = 60):
    """Register `function(request, **keys) -> dict` as the live part `name`,
    showing rows of `models`."""

    def register(function: Callable[..., dict]) -> Callable[..., dict]:
        track_versions(*models)
        _parts[name] = LivePart(template, function, models, seconds)
        return function

    return register


def get(name: str) -> LivePart:
    return _parts[name]


def render(request, name: str, keys: dict) -> str:
    """The part as the page cache splices it into a page: as anonymous
    visitors see it, from its own context only."""
    part = _parts[name]
    key = f"live:{name}:{get_language()}:{urlencode(sorted(keys.items()))}"
    return versioned(
        key,
        part.models,
        lambda: render_to_string(part.template, part.context(request, **keys), request=request),
        part.seconds,
    )
