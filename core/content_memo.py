"""Answers that every public page needs, kept per process for one content generation.

Rendering a Wagtail page starts with lookups whose answers change only when
someone edits the site: the Site for the host, the home page in the active
language, the page below it, whether any view restriction exists, the
catalogue's URL, a page's translations. `remember` keeps such answers in the
server process, tagged with the generation of public content
(`pagecache.generation`, bumped by every change to content public pages
show). A request reads the generation once, on first use, and a process
drops all its answers as soon as it sees a newer one, so an edit is visible
on the next request in every process.

Only for answers that are the same for every visitor and built from public
content; never for anything personal. On only with a cache shared by every
process (`CONTENT_MEMO`, default on with Redis): with a per-process cache a
purge would not reach the other processes.
"""

import time
from collections.abc import Callable, Hashable
from typing import NamedTuple, TypeVar

from django.conf import settings

from core import pagecache

T = TypeVar("T")

#: More answers than this in one generation means something is wrong: start afresh.
MAX_ENTRIES = 20_000
#: Changes that send no signal (`QuerySet.update`) show after this long at most.
MAX_AGE_SECONDS = 300


class _Memo(NamedTuple):
    """One generation's answers. Replaced whole (one assignment, atomic with
    threads), so a dict of answers only ever belongs to one generation."""

    generation: int | None
    values: dict
    since: float


_memo = _Memo(generation=None, values={}, since=0.0)


def enabled() -> bool:
    return settings.CONTENT_MEMO


def _applies(request) -> bool:
    # Previews show drafts: nothing of theirs is remembered, nothing remembered is used.
    return request is not None and enabled() and not getattr(request, "is_preview", False)


def _request_generation(request) -> int:
    try:
        return request._content_generation
    except AttributeError:
        request._content_generation = pagecache.generation()
        return request._content_generation


def _values(request) -> dict:
    global _memo
    generation = _request_generation(request)
    now = time.monotonic()
    memo = _memo
    if (
        memo.generation != generation
        or len(memo.values) >= MAX_ENTRIES
        or now - memo.since > MAX_AGE_SECONDS
    ):
        memo = _memo = _Memo(generation=generation, values={}, since=now)
    return memo.values


def size() -> int:
    """How many answers this process holds."""
    return len(_memo.values)


def remember(request, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, or the answer it gave in this process for the current generation.

    `None` answers are not kept: keys can come from URLs, and a visitor
    asking for pages that do not exist must not fill the memory.
    """
    if not _applies(request):
        return compute()
    values = _values(request)
    try:
        return values[key]
    except KeyError:
        # The generation was read before computing: should content change
        # meanwhile, this answer is filed under the older generation.
        value = compute()
        if value is not None:
            values[key] = value
        return value


def remember_each(request, keys: list, compute: Callable[[list], dict]) -> dict:
    """The answers for `keys`: remembered ones, and the others from one call
    `compute(missing_keys)`, which answers each of them."""
    if not _applies(request):
        return compute(keys)
    values = _values(request)
    found = {key: values[key] for key in keys if key in values}
    missing = [key for key in keys if key not in found]
    if missing:
        computed = compute(missing)
        values.update(computed)
        found.update(computed)
    return found


def forget() -> None:
    """Drop this process's answers (tests; the generation does it otherwise)."""
    global _memo
    _memo = _Memo(generation=None, values={}, since=0.0)
