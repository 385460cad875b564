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

In the same round trip come the site's root paths (Wagtail's
`request._wagtail_cached_site_root_paths`, which page URLs need) and the
answers that depend on pages alone which this route's page needed last time
(`core.cache_versions.ReadAhead`): a logged-in learner's lesson then costs
the session, the route and the person's roles, instead of a round trip for
each of them.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.utils.translation import get_language

from core.cache_versions import MISSING, ReadAhead, lookup, read_ahead, store


def remember_route(request, path: str) -> "RouteAnswers | None":
    """Fill Wagtail's per-request memo of the site and page route for `path`,
    and read ahead what the route's page needed last time; the `ReadAhead`
    (None when nothing is remembered) is to be kept after the response
    (`keep_answers`)."""
    from wagtail.models import Page, Site

    def find():
        site, route = Site.find_for_request(request), Page.route_for_request(request, path)
        if route is not None and isinstance(route[0], RememberedRouteMixin):
            route[0].known_unrestricted = not route[0].get_view_restrictions().exists()
        return site, route

    if settings.PAGE_CACHE_SECONDS <= 0:
        request._wagtail_site, request._wagtail_route_for_request = find()
        return None
    where = f"{request.get_host()}:{request.get_port()}:{get_language()}:{path}"
    digest = hashlib.sha256(where.encode()).hexdigest()[:40]
    route_key, answers_key = f"wagtail-route:{digest}", f"wagtail-route-answers:{digest}"
    versions, remembered, more = lookup(route_key, (Page,), answers_key)
    if remembered is MISSING:
        remembered = find()
        if remembered[1] is None:
            request._wagtail_site, request._wagtail_route_for_request = remembered
            return None
        store(route_key, versions, remembered)
    request._wagtail_site, request._wagtail_route_for_request = remembered
    root_paths, answers = None, {}
    stored = more[answers_key]
    if stored is not None and stored[0] == versions:
        root_paths, answers = stored[1]
        request._wagtail_cached_site_root_paths = root_paths
    ahead = RouteAnswers((Page,), versions, answers, key=answers_key, root_paths=root_paths)
    read_ahead(ahead)
    return ahead


class RouteAnswers(ReadAhead):
    """What a route's page needed last time, kept under `key` beside the route."""

    def __init__(self, *args, key: str, root_paths: list | None):
        super().__init__(*args)
        self.key = key
        self.root_paths = root_paths


def keep_answers(request, ahead: RouteAnswers) -> None:
    """After the response: stop reading ahead, and keep with the route the
    answers (and root paths) this request found that it did not have."""
    read_ahead(None)
    root_paths = getattr(request, "_wagtail_cached_site_root_paths", None)
    if ahead.learnt or (root_paths is not None and ahead.root_paths is None):
        store(ahead.key, ahead.versions, (root_paths, {**ahead.answers, **ahead.learnt}))


def serving_remembered_routes(serve):
    """Wagtail's `serve` view, routed through `remember_route`."""

    @wraps(serve)
    def wrapped(request, path):
        ahead = remember_route(request, path)
        response = serve(request, path)
        if ahead is None:
            return response
        if hasattr(response, "add_post_render_callback") and not response.is_rendered:
            response.add_post_render_callback(lambda response: keep_answers(request, ahead))
        else:
            keep_answers(request, ahead)
        return response

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
