"""What purges the page cache (`core.pagecache`), page by page.

Wagtail's signals, the hooks `wagtail.contrib.frontend_cache` uses for a CDN:
publishing or unpublishing a page purges it and the pages that show it
(`pages_showing_this`: its parent, its translations, and what its type adds);
a move or a slug change also purges the old addresses of the page and of
everything below it; a deletion purges the page and its neighbours. Other
models whose rows public pages show are registered by their app with
`show_on_public_pages`. Enrolments and sessions are not: seats are live parts
(`core.live`), so a booking purges no page, it only bumps the versions the
live parts are kept under.

Each purge runs at once and again when the transaction commits (between the
two, another process could render and store the old data). When a CDN is
configured (`WAGTAILFRONTENDCACHE`), the same URLs are purged there.
"""

import copy
from collections.abc import Callable, Iterable

from django.apps import apps
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from core import cache_versions, pagecache

#: model -> (function giving the pages that show one of its rows, whether
#: the pages showing those pages are purged too).
_pages_showing: dict[type, list[tuple[Callable, bool]]] = {}


def show_on_public_pages(
    *models: type, pages: Callable | None = None, neighbours: bool = False
) -> None:
    """Changes to these models show on public pages: each change bumps the
    model's version (Django views cached with `cache_for_anonymous`) and,
    when given, purges `pages(instance)` (with the pages showing them, with
    `neighbours`)."""
    cache_versions.track_versions(*models)
    if pages is not None:
        for model in models:
            _pages_showing.setdefault(model, []).append((pages, neighbours))


def now_and_on_commit(purge: Callable[[], None]) -> None:
    purge()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(purge)


class _Purge:
    """The paths and pages of one purge."""

    def __init__(self):
        self.paths: set[str] = set()
        self.page_pks: set[int] = set()
        self.full_urls: set[str] = set()

    def add_page(self, page) -> None:
        # Wagtail keeps the sites' root paths on the object given as `request`.
        parts = page.get_url_parts(self)
        self.page_pks.add(page.pk)
        if parts is None or parts[2] is None:
            return
        _site_id, root_url, path = parts
        self.paths.add(path)
        for _language, variant in pagecache.language_paths(path):
            self.full_urls.add(f"{root_url}{variant}")

    def add_pages(self, pages: Iterable, *, neighbours: bool) -> None:
        for page in pages:
            self.add_page(page)
            if neighbours:
                showing = getattr(page.specific_deferred, "pages_showing_this", None)
                for other in showing() if showing else ():
                    self.add_page(other)

    def add_old_addresses(self, page, url_path_before: str) -> None:
        """The page and its descendants where they were before a move or a
        slug change (their `url_path` began with `url_path_before`)."""
        for descendant in page.get_descendants(inclusive=True):
            before = copy.copy(descendant)
            before.url_path = url_path_before + descendant.url_path[len(page.url_path) :]
            self.add_page(before)

    def run(self) -> None:
        from wagtail.models import Page

        def purge():
            pagecache.delete_paths(self.paths, self.page_pks)
            cache_versions.bump_versions(Page)

        now_and_on_commit(purge)
        if apps.is_installed("wagtail.contrib.frontend_cache") and self.full_urls:
            from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

            transaction.on_commit(lambda: purge_urls_from_cache(sorted(self.full_urls)))


def purge_pages(pages: Iterable, *, neighbours: bool = True) -> None:
    """Purge these pages (and the pages showing them, with `neighbours`)."""
    batch = _Purge()
    batch.add_pages(pages, neighbours=neighbours)
    batch.run()


def _on_publish_or_unpublish(sender, instance, **kwargs):
    purge_pages([instance])


def _on_slug_changed(sender, instance, instance_before, **kwargs):
    batch = _Purge()
    batch.add_old_addresses(instance, instance_before.url_path)
    batch.run()


def _before_move(sender, instance, **kwargs):
    # Its old parent and siblings, while they are still its neighbours.
    purge_pages([instance])


def _after_move(sender, instance, url_path_before, **kwargs):
    batch = _Purge()
    batch.add_old_addresses(instance, url_path_before)
    batch.add_pages([instance], neighbours=True)
    batch.run()


def _before_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    # Deleting a page deletes its row in each table of its type: purge once.
    if isinstance(instance, Page) and type(instance) is instance.specific_class:
        purge_pages([instance])


def _on_change(sender, instance, **kwargs):
    from wagtail.models import Page

    if cache_versions.is_versioned(sender):
        now_and_on_commit(lambda: cache_versions.bump_versions(sender))
    elif isinstance(instance, Page):
        # Saved without a publish (a script, a fixture, a tree change):
        # remembered routes and lesson lists must not outlive it either.
        now_and_on_commit(lambda: cache_versions.bump_versions(Page))
    for find, neighbours in _pages_showing.get(sender, ()):
        pages = list(find(instance))
        if pages:
            purge_pages(pages, neighbours=neighbours)


def _on_m2m_change(sender, action, **kwargs):
    """A tracked many-to-many table (someone's groups) changed: bump it."""
    if action.startswith("post_") and cache_versions.is_versioned(sender):
        now_and_on_commit(lambda: cache_versions.bump_versions(sender))


def _restricted_pages(restriction) -> Iterable:
    return restriction.page.get_descendants(inclusive=True)


def _every_page(site) -> Iterable:
    from wagtail.models import Page

    return Page.objects.all()


def connect() -> None:
    """Connect the purges (called from `CoreConfig.ready`)."""
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.signals import (
        page_published,
        page_slug_changed,
        page_unpublished,
        post_page_move,
        pre_page_move,
    )

    cache_versions.track_versions(Page)
    page_published.connect(_on_publish_or_unpublish, dispatch_uid="pagecache_publish")
    page_unpublished.connect(_on_publish_or_unpublish, dispatch_uid="pagecache_unpublish")
    page_slug_changed.connect(_on_slug_changed, dispatch_uid="pagecache_slug")
    pre_page_move.connect(_before_move, dispatch_uid="pagecache_before_move")
    post_page_move.connect(_after_move, dispatch_uid="pagecache_after_move")
    pre_delete.connect(_before_delete, dispatch_uid="pagecache_delete_page")
    post_save.connect(_on_change, dispatch_uid="pagecache_save")
    post_delete.connect(_on_change, dispatch_uid="pagecache_delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="pagecache_m2m")
    # Access rules and sites: every page they cover, as they are (no neighbours).
    _pages_showing[PageViewRestriction] = [(_restricted_pages, False)]
    _pages_showing[Site] = [(_every_page, False)]


def home_pages(instance) -> Iterable:
    from core.models import HomePage

    return HomePage.objects.all()


def pages_using(instance) -> Iterable:
    """The pages that refer to `instance` (an image, a document...)."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Page, ReferenceIndex

    page_ids = (
        ReferenceIndex.get_references_to(instance)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return Page.objects.filter(pk__in=[int(page_id) for page_id in page_ids])
