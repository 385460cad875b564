"""Versions of models, kept in the shared cache, for cached answers that are
the same until one of the models they show changes.

Each change to a tracked model bumps its version (`core.cache_purge` does it
on save, delete, and page publish, unpublish, move and delete); a cached
answer records the versions it was computed with and is used only while
they are current. One cache round trip reads an answer and its versions.
"""

import time
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache

T = TypeVar("T")

_tracked: set[type] = set()


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
    keys = [version_key(model) for model in models]
    found = cache.get_many([key, *keys])
    # Read before computing: a change meanwhile files this answer under old versions.
    versions = current_versions(keys, found)
    stored = found.get(key)
    if stored is not None and stored[0] == versions:
        return stored[1]
    value = compute()
    if keep is None or keep(value):
        cache.set(key, (versions, value), timeout or settings.PAGE_CACHE_SECONDS)
    return value
