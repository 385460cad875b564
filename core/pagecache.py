"""Whole public pages cached for anonymous visitors, purged page by page.

An anonymous visitor's GET without a query string is answered from the
default cache when the page is there: no routing, no query, no template,
only the page's live parts (`core.live`) rendered afresh. The rules that
keep this safe:

- Only visitors who are not logged in and have no message waiting are
  served from or stored in the cache; logged-in visitors always get a fresh
  page, so personal pages are never cached.
- A response is stored only when its view opted in (`AnonymousCachedPageMixin`
  on a Wagtail page type, and then only for pages without view restrictions;
  `cache_for_anonymous` on a Django view), it is a 200, it sets no cookie
  and its rendering did not use the CSRF token.
- Keys hold the host name, the language and the path: one entry is one page
  in one language. Only host names listed in ALLOWED_HOSTS are cached, so a
  purge can name every key.
- Wagtail pages are purged one by one when they, or pages they show, are
  published, unpublished, moved or deleted (`core.cache_purge`). Django views
  are versioned instead: each entry records the versions of the models the
  view shows, bumped by every change to them.

The cache must be shared by every server process for a purge to reach them
all: `PAGE_CACHE_SECONDS` is 0 (off) unless Redis is configured.
"""

import hashlib
import re
import secrets
import time
from collections.abc import Iterable
from functools import wraps
from typing import NamedTuple

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, get_language_from_path

from core import live
from core.cache_versions import current_versions, is_versioned, version_key
from core.routing import RememberedRouteMixin, serving_remembered_routes

HIT_HEADER = "X-Page-Cache"


def enabled() -> bool:
    return settings.PAGE_CACHE_SECONDS > 0


def cacheable_hosts() -> set[str]:
    """Host names whose pages are cached: those ALLOWED_HOSTS names exactly."""
    return {
        host.lower()
        for host in settings.ALLOWED_HOSTS
        if host and "*" not in host and not host.startswith(".")
    }


def page_key(hostname: str, language: str, path: str) -> str:
    digest = hashlib.sha256(path.encode()).hexdigest()
    return f"pagecache:{hostname}:{language}:{digest}"


def language_paths(path: str) -> list[tuple[str, str]]:
    """`(language, path)` for a page's path under each language's prefix: its
    own, and those where Wagtail serves it to visitors of a language without
    a translation of it (with their interface language)."""
    prefixed, prefix_default = is_language_prefix_patterns_used(settings.ROOT_URLCONF)
    if not prefixed:
        return [(code, path) for code, _name in settings.LANGUAGES]
    prefix = get_language_from_path(path)
    bare = path[len(prefix) + 1 :] if prefix else path
    return [
        (code, bare if code == settings.LANGUAGE_CODE and not prefix_default else f"/{code}{bare}")
        for code, _name in settings.LANGUAGES
    ]


def _state_key(page_pk: int) -> str:
    return f"pagecache:state:{page_pk}"


def delete_paths(paths: Iterable[str], page_pks: Iterable[int] = ()) -> None:
    """Forget the cached copies at these paths, in every language and on every
    cacheable host; and mark the pages purged, so a copy rendered before the
    purge and stored after it is not kept."""
    hosts = cacheable_hosts()
    keys = [
        page_key(host, language, variant)
        for path in set(paths)
        for language, variant in language_paths(path)
        for host in hosts
    ]
    cache.delete_many(keys)
    purged = time.time_ns()
    marks = {_state_key(pk): purged for pk in page_pks}
    if marks:
        cache.set_many(marks, max(settings.PAGE_CACHE_SECONDS, 60))


class Entry(NamedTuple):
    """A cached page: the HTML around its live parts, and the parts to render."""

    versions: tuple
    segments: list[str]
    parts: list[tuple[str, dict]]
    headers: dict[str, str]


class PendingStore:
    """A fresh render that may be stored; the page cache sets it on the request."""

    def __init__(self, versions: tuple = ()):
        self.versions = versions
        self.nonce = secrets.token_hex(8)
        self.parts: list[tuple[str, dict]] = []
        self.cacheable = False
        self.page_pk: int | None = None
        self.page_state = None


def _may_use_cache(request) -> bool:
    return (
        enabled()
        and request.method == "GET"
        and not request.GET
        and not request.user.is_authenticated
        and split_domain_port(request.get_host())[0] in cacheable_hosts()
        and len(messages.get_messages(request)) == 0
    )


def _key(request) -> str:
    return page_key(split_domain_port(request.get_host())[0], get_language(), request.path)


def mark_live_part(request, name: str, keys: dict, html: str) -> str:
    """Called by `{% live %}`: wrap the part in markers when the page may be stored."""
    pending = getattr(request, "page_cache_pending", None)
    if pending is None:
        return html
    index = len(pending.parts)
    pending.parts.append((name, keys))
    return f"<!--live:{pending.nonce}:{index}-->{html}<!--/live:{pending.nonce}:{index}-->"


def _from_cache(request, entry: Entry) -> HttpResponse:
    body = [entry.segments[0]]
    for (name, keys), segment in zip(entry.parts, entry.segments[1:], strict=True):
        body.append(live.render(request, name, keys))
        body.append(segment)
    response = HttpResponse("".join(body), headers=entry.headers)
    response[HIT_HEADER] = "hit"
    return response


def _finish(request, response, key: str, pending: PendingStore) -> None:
    """Take the live parts' markers out of the response; store it if allowed."""
    if not (pending.parts or pending.cacheable) or response.streaming:
        return
    content = response.content.decode(response.charset)
    nonce = re.escape(pending.nonce)
    pieces = re.split(rf"(?s)<!--live:{nonce}:(\d+)-->(.*?)<!--/live:{nonce}:\1-->", content)
    statics, indices, parts_html = pieces[0::3], pieces[1::3], pieces[2::3]
    if indices:
        response.content = "".join(
            static + html for static, html in zip(statics, [*parts_html, ""], strict=True)
        )
    if not (
        pending.cacheable
        and response.status_code == 200
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in response.get("Cache-Control", "")
        # Every live part found, none frozen inside a cached fragment.
        and len(indices) == len(pending.parts)
        and not any("<!--live:" in static for static in statics)
    ):
        return
    if pending.page_pk is not None and cache.get(_state_key(pending.page_pk)) != (
        pending.page_state
    ):
        return  # purged while rendering: this copy may show the old content
    parts = [pending.parts[int(index)] for index in indices]
    if settings.FRONTEND_CACHE_SECONDS > 0:
        # A CDN in front may keep the page too, unless it has live parts.
        seconds = 0 if parts else settings.FRONTEND_CACHE_SECONDS
        patch_cache_control(response, public=True, s_maxage=seconds)
    headers = {"Content-Type": response["Content-Type"]}
    if response.has_header("Cache-Control"):
        headers["Cache-Control"] = response["Cache-Control"]
    entry = Entry(pending.versions, statics, parts, headers)
    cache.set(key, entry, settings.PAGE_CACHE_SECONDS)


def _cached(view, *, models: tuple = ()):
    version_keys = [version_key(model) for model in models]

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not _may_use_cache(request):
            return view(request, *args, **kwargs)
        key = _key(request)
        # One round trip: the page and the versions of what it shows.
        found = cache.get_many([key, *version_keys])
        entry = found.get(key)
        versions = tuple(found.get(version_key) for version_key in version_keys)
        if entry is not None and entry.versions == versions and None not in versions:
            return _from_cache(request, entry)
        # Versions read before rendering: a change meanwhile leaves this copy stale.
        pending = PendingStore(current_versions(version_keys, found))
        pending.cacheable = bool(models)
        request.page_cache_pending = pending
        response = view(request, *args, **kwargs)
        if hasattr(response, "add_post_render_callback") and not response.is_rendered:
            response.add_post_render_callback(
                lambda response: _finish(request, response, key, pending)
            )
        else:
            _finish(request, response, key, pending)
        return response

    return wrapped


def cache_for_anonymous(*models: type):
    """Decorator for a Django view whose page is the same for every anonymous
    visitor, and shows these models (and the site's header, so pages):
    cached until one of them changes. Each must be registered with
    `core.cache_purge.show_on_public_pages`."""
    from wagtail.models import Page

    models = (*models, Page)
    missing = [model.__name__ for model in models if not is_versioned(model)]
    if missing:
        raise ImproperlyConfigured(f"Register {missing} with show_on_public_pages.")

    def decorator(view):
        return _cached(view, models=models)

    return decorator


class AnonymousCachedPageMixin(RememberedRouteMixin):
    """For Wagtail page types whose pages are the same for every anonymous
    visitor (live parts aside); pages with a view restriction are never stored.
    Logged-in visitors are routed from the shared cache (`core.routing`)."""

    def pages_showing_this(self) -> list:
        """Other pages whose HTML shows this page: purged with it. Here its
        parent (which lists it) and its translations (their language
        switchers link to it)."""
        pages = list(self.get_translations())
        parent = self.get_parent()
        if parent is not None:
            pages.append(parent)
        return pages

    def serve(self, request, *args, **kwargs):
        pending = getattr(request, "page_cache_pending", None)
        if pending is not None:
            pending.page_pk = self.pk
            pending.page_state = cache.get(_state_key(self.pk))
        response = super().serve(request, *args, **kwargs)
        if pending is not None and not self.get_view_restrictions().exists():
            pending.cacheable = True
        return response


def wagtail_urlpatterns() -> list:
    """Wagtail's front-end URLs, with `serve` going through the page cache."""
    from django.urls import re_path

    from wagtail import urls, views

    serve = _cached(serving_remembered_routes(views.serve))
    return [
        re_path(pattern.pattern.regex.pattern, serve, name=pattern.name)
        if pattern.name == "wagtail_serve"
        else pattern
        for pattern in urls.urlpatterns
    ]
