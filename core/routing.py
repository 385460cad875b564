"""Routing a Wagtail page request from remembered answers.

Wagtail's `serve` finds the Site for the host (a query), the root page, its
translation in the active language and its specific object (two or three
more), then routes down the tree. Those answers are the same for every
request of a content generation, so they come from `content_memo`; the
route result is handed to Wagtail's `serve` through the attributes it
caches it in (`request._wagtail_site`, `request._wagtail_route_for_request`).
"""

from functools import wraps

from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language

from wagtail.models import PageViewRestriction, Site

from core.content_memo import enabled, remember


def remember_site(request) -> Site | None:
    """The request's Wagtail site and every site's root path, from the memo,
    kept where Wagtail looks for them (`Site.find_for_request`, page URLs)."""
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        request._wagtail_cached_site_root_paths = remember(
            request, "site-root-paths", Site.get_site_root_paths
        )
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
        request._wagtail_site = remember(
            request, ("site", hostname, port), lambda: Site._find_for_request(request)
        )
    return request._wagtail_site


def _route(request, path: str) -> None:
    site = remember_site(request)
    result = None
    if site is not None:
        root = remember(
            request,
            ("root", site.pk, get_language()),
            lambda: site.root_page.localized.specific,
        )
        try:
            result = root.route(request, [component for component in path.split("/") if component])
        except Http404:
            result = None
    if result is not None and not remember(
        request, "any-view-restriction", PageViewRestriction.objects.exists
    ):
        result.page.known_unrestricted = True
    request._wagtail_route_for_request = result


def route_from_memo(serve):
    """Wrap Wagtail's `serve` view; unchanged when the memo is off."""

    @wraps(serve)
    def wrapped(request, path):
        if enabled() and not hasattr(request, "_wagtail_route_for_request"):
            _route(request, path)
        return serve(request, path)

    return wrapped


def remembered_child(request, parent, slug: str):
    """The live-or-not specific child page of `parent` with this slug, or None."""
    return remember(
        request,
        ("child", parent.pk, slug),
        lambda: parent.get_children().filter(slug=slug).specific().first(),
    )


class RememberedChildrenMixin:
    """For pages near the root (home page): find the child by slug from the memo."""

    def route(self, request, path_components):
        if not path_components or not enabled():
            return super().route(request, path_components)
        child = remembered_child(request, self, path_components[0])
        if child is None:
            raise Http404
        return child.route(request, path_components[1:])
