"""Versions of models, kept in the shared cache, for cached answers that are
the same until one of the models they show changes.

Each change to a tracked model bumps its version (`core.cache_purge` does it
on save, delete, and page publish, unpublish, move and delete); a cached
answer records the versions it was computed with and is used only while
they are current. One cache round trip reads an answer and its versions.

A request served through a remembered route (`core.routing`) reads, in the
same round trip as its route, the answers that depend on pages alone which
the same route needed last time (`ReadAhead`): a page's lesson list, its
language links, the catalogue's address. They were current when the route
was; answers it did not have yet are learnt and kept with it after the
response.
"""

import pickle
import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache

T = TypeVar("T")

_tracked: set[type] = set()

#: What `lookup` gives for a key that holds no current answer.
MISSING = object()


def version_key(model: type) -> str:
    return f"version:{model._meta.label_lower}"


def track_versions(*models: type) -> None:
    _tracked.update(models)


def is_versioned(model: type) -> bool:
    return model in _tracked


def bump_versions(*models: type) -> None:
    for model in models:
        key = version_key(model)
        try:
            cache.incr(key)
        except ValueError:
            # Never restart from a small number: answers of an evicted version
            # could still be in the cache.
            cache.set(key, time.time_ns(), timeout=None)


def current_versions(keys: list[str], found: dict) -> tuple:
    """The versions under `keys`, from `found` (a `get_many` answer) or started now."""
    for key in keys:
        if found.get(key) is None:
            cache.add(key, time.time_ns(), timeout=None)
            found[key] = cache.get(key)
    return tuple(found[key] for key in keys)


class ReadAhead:
    """Answers of `versioned` read ahead with a route, for one request.

    `answers` were filed under `versions` of `models`, read at the start of
    the request; `learnt` collects the answers this request computed or read
    on its own, pickled at once (what callers later do to the objects is
    not kept)."""

    #: Answers kept with one route at most (keys that vary by visitor stop there).
    LIMIT = 32

    def __init__(self, models: tuple[type, ...], versions: tuple, answers: dict[str, bytes]):
        self.models = models
        self.versions = versions
        self.answers = answers
        self.learnt: dict[str, bytes] = {}

    def get(self, key: str) -> Any:
        return pickle.loads(self.answers[key])  # noqa: S301 -- our own cache entry

    def learn(self, key: str, value: Any) -> None:
        if len(self.answers) + len(self.learnt) < self.LIMIT:
            self.learnt[key] = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)


_read_ahead: ContextVar[ReadAhead | None] = ContextVar("read_ahead", default=None)


def read_ahead(ahead: ReadAhead | None) -> None:
    """Answer `versioned` calls for `ahead.models` from `ahead` for the rest
    of this request (`None`: stop; every request starts without)."""
    _read_ahead.set(ahead)


def stop_reading_ahead(**kwargs) -> None:
    """`request_started` receiver: no request inherits another's answers."""
    _read_ahead.set(None)


def lookup(key: str, models: tuple[type, ...], *more: str) -> tuple[tuple, Any, dict]:
    """One round trip: the current versions of `models`, what `key` holds
    while they are current (else `MISSING`), and the raw entries under `more`."""
    keys = [version_key(model) for model in models]
    found = cache.get_many([key, *more, *keys])
    # Read before computing: a change meanwhile files the answer under old versions.
    versions = current_versions(keys, found)
    stored = found.get(key)
    value = stored[1] if stored is not None and stored[0] == versions else MISSING
    return versions, value, {name: found.get(name) for name in more}


def store(key: str, versions: tuple, value: Any, timeout: int | None = None) -> None:
    cache.set(key, (versions, value), timeout or settings.PAGE_CACHE_SECONDS)


def versioned(
    key: str,
    models: tuple[type, ...],
    compute: Callable[[], T],
    timeout: int | None = None,
    keep: Callable[[T], bool] | None = None,
) -> T:
    """`compute()`, kept under `key` until one of `models` changes (and at
    most `timeout` seconds, `PAGE_CACHE_SECONDS` by default) when `keep(value)`
    says so (by default always). Only with a cache shared by every process, as
    for the page cache (a version bumped in one process's own memory would not
    reach the others)."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return compute()
    ahead = _read_ahead.get()
    if ahead is not None and (ahead.models != models or timeout is not None):
        ahead = None  # only answers that change with the route's own models
    if ahead is not None and key in ahead.answers:
        return ahead.get(key)
    versions, value, _ = lookup(key, models)
    if value is MISSING:
        value = compute()
        if keep is not None and not keep(value):
            return value
        store(key, versions, value, timeout)
    if ahead is not None:
        ahead.learn(key, value)
    return value
