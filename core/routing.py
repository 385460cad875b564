"""Wagtail's routing of a request, remembered in the shared cache.

To serve a page Wagtail finds the site for the host, the root page in the
active language and its specific object, then walks the tree down the path,
and keeps the answer on the request (`request._wagtail_site` and
`request._wagtail_route_for_request`, as `Site.find_for_request` and
`Page.route_for_request` document) so that later look-ups in the same request
are free. `remember_route` fills that same memo from the shared cache, so a
logged-in visitor, whom the page cache never serves, is routed without a
query while no page has changed.

With the route it remembers whether the page has view restrictions: most
have none, and Wagtail's check of them then costs no query
(`RememberedRouteMixin`).

Every page publish, move or delete, and every change of a site or of a view
restriction (they purge the pages they cover) bumps `Page`'s version
(`core.cache_purge`): a remembered route never outlives what it found. Only
routes that found a page are kept, so unknown paths fill no cache.
"""

import hashlib
from functools import wraps

from django.utils.translation import get_language

from core.cache_versions import versioned


def remember_route(request, path: str) -> None:
    """Fill Wagtail's per-request memo of the site and page route for `path`."""
    from wagtail.models import Page, Site

    def find():
        site, route = Site.find_for_request(request), Page.route_for_request(request, path)
        if route is not None and isinstance(route[0], RememberedRouteMixin):
            route[0].known_unrestricted = not route[0].get_view_restrictions().exists()
        return site, route

    where = f"{request.get_host()}:{request.get_port()}:{get_language()}:{path}"
    digest = hashlib.sha256(where.encode()).hexdigest()[:40]
    site, route = versioned(f"wagtail-route:{digest}", (Page,), find, keep=lambda found: found[1])
    request._wagtail_site = site
    request._wagtail_route_for_request = route


def serving_remembered_routes(serve):
    """Wagtail's `serve` view, routed through `remember_route`."""

    @wraps(serve)
    def wrapped(request, path):
        remember_route(request, path)
        return serve(request, path)

    return wrapped


class RememberedRouteMixin:
    """For page types served through `remember_route`: a page it found
    without view restrictions answers Wagtail's check of them without a query."""

    known_unrestricted = False

    def get_view_restrictions(self):
        if self.known_unrestricted:
            from wagtail.models import PageViewRestriction

            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
