"""Whole public pages cached for anonymous visitors.

Every anonymous visitor of the catalogue, a module, a lesson or a
partnership page gets the same HTML, so it is rendered once and kept in
the default cache. The rules that keep this safe:

- Only GET requests without a query string, from visitors who are not
  logged in and have no message waiting, are served from or stored in the
  cache. Logged-in visitors always get a fresh page: personal pages are
  never cached.
- A response is stored only when the view opted in (`cache_for_anonymous`
  on a Django view; `AnonymousCachedPageMixin` on a Wagtail page type, and
  then only for pages without view restrictions), it is a 200, it sets no
  cookie and its rendering did not use the CSRF token.
- Keys hold the scheme, host, language and path; each entry records the
  generation it was rendered in. Any change to content shown on public
  pages (pages published, moved or deleted, sessions and enrolments,
  domains, partnerships, images...) bumps the generation (`purge`), so the
  next request renders afresh. Page and generation are read in one call.

The cache must be shared by every server process for a purge to reach them
all: `PAGE_CACHE_SECONDS` is 0 (off) unless Redis is configured.
"""

import hashlib
import time
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.translation import get_language

GENERATION_KEY = "pagecache:generation"
HIT_HEADER = "X-Page-Cache"


def generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        # Never restart from a small number: entries of an evicted
        # generation could still be in the cache.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def purge() -> None:
    """Forget every cached page (they are left to expire)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def purge_on_change() -> None:
    """Purge now, and again when the current transaction commits: between
    the two, another process could render (and keep) the data before it."""
    purge()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(purge)


def _may_use_cache(request) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method == "GET"
        and not request.GET
        and not request.user.is_authenticated
        and not getattr(request, "is_preview", False)
        and len(messages.get_messages(request)) == 0
    )


def _key(request) -> str:
    path = hashlib.sha256(request.path.encode()).hexdigest()
    return f"pagecache:{request.scheme}:{request.get_host()}:{get_language()}:{path}"


def mark_cacheable(response):
    response.cacheable_for_anonymous = True
    return response


def _may_store(request, response) -> bool:
    return (
        getattr(response, "cacheable_for_anonymous", False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in response.get("Cache-Control", "")
    )


def _cached(view, *, every_response: bool):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not _may_use_cache(request):
            return view(request, *args, **kwargs)
        key = _key(request)
        # One round trip: the page and the current generation together.
        found = cache.get_many([key, GENERATION_KEY])
        stored, current = found.get(key), found.get(GENERATION_KEY)
        if stored is not None and current is not None and stored[0] == current:
            _generation, content, content_type = stored
            response = HttpResponse(content, content_type=content_type)
            response[HIT_HEADER] = "hit"
            return response
        if current is None:
            current = generation()
        # Read before rendering: a purge during rendering leaves this copy stale.
        request.page_cache_miss = True
        response = view(request, *args, **kwargs)
        if every_response:
            mark_cacheable(response)

        def store(response):
            if _may_store(request, response):
                stored = (current, response.content, response["Content-Type"])
                cache.set(key, stored, settings.PAGE_CACHE_SECONDS)

        if hasattr(response, "add_post_render_callback"):
            response.add_post_render_callback(store)
        else:
            store(response)
        return response

    return wrapped


def cache_for_anonymous(view):
    """Decorator for a Django view whose page is the same for every anonymous visitor."""
    return _cached(view, every_response=True)


def cache_marked_pages(view):
    """Wrap Wagtail's `serve` view: store only pages whose type opted in."""
    return _cached(view, every_response=False)


class AnonymousCachedPageMixin:
    """For Wagtail page types whose pages are the same for every anonymous
    visitor; pages with a view restriction are never stored."""

    #: Set by `routing` when no view restriction exists anywhere on the site.
    known_unrestricted = False

    def get_view_restrictions(self):
        if self.known_unrestricted:
            from wagtail.models import PageViewRestriction

            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # base.html keeps the header of such pages in the content memo
        # (`{% memo %}`) when the visitor is anonymous: it is the same for all.
        context["shared_header"] = not request.user.is_authenticated
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if getattr(request, "page_cache_miss", False) and not self.get_view_restrictions():
            mark_cacheable(response)
        return response


#: Models whose changes show on public pages; each app adds its own from
#: `AppConfig.ready()` through `show_on_public_pages`.
_public_models: set[type] = set()


def show_on_public_pages(*models: type) -> None:
    """Purge the page cache whenever one of these models changes."""
    _public_models.update(models)


def connect() -> None:
    """Purge on any change to content public pages show (called from `ready`)."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.signals import page_unpublished, post_page_move

    from core.models import (
        City,
        CooperationProject,
        Domain,
        FundingPartner,
        Organisation,
        Partnership,
        ProjectFunding,
    )

    show_on_public_pages(
        Page,
        PageViewRestriction,
        Site,
        get_image_model(),
        get_document_model(),
        Domain,
        City,
        Organisation,
        Partnership,
        FundingPartner,
        CooperationProject,
        ProjectFunding,
    )

    def purge_if_public(sender, instance, **kwargs):
        if isinstance(instance, tuple(_public_models)):
            purge_on_change()

    def purge_always(sender, **kwargs):
        purge_on_change()

    post_save.connect(purge_if_public, weak=False, dispatch_uid="pagecache_save")
    post_delete.connect(purge_if_public, weak=False, dispatch_uid="pagecache_delete")
    page_unpublished.connect(purge_always, weak=False, dispatch_uid="pagecache_unpublish")
    post_page_move.connect(purge_always, weak=False, dispatch_uid="pagecache_move")


def wagtail_urlpatterns() -> list:
    """Wagtail's front-end URLs, with `serve` going through the page cache."""
    from django.urls import re_path

    from wagtail import urls, views

    from core.routing import route_from_memo

    serve = cache_marked_pages(route_from_memo(views.serve))
    return [
        re_path(pattern.pattern.regex.pattern, serve, name=pattern.name)
        if pattern.name == "wagtail_serve"
        else pattern
        for pattern in urls.urlpatterns
    ]
