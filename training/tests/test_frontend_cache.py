"""With a CDN or caching proxy in front (wagtail.contrib.frontend_cache), it is
purged with the page cache and may keep the pages without live parts."""

import pytest

from wagtail.contrib.frontend_cache import utils as frontend_cache

from core import cache_purge
from core.pagecache import HIT_HEADER


@pytest.fixture(autouse=True)
def _page_cache_and_cdn_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.FRONTEND_CACHE_SECONDS = 300


def test_the_cdn_is_told_the_same_purges(
    monkeypatch, module, lessons, django_capture_on_commit_callbacks
):
    sent = []
    monkeypatch.setattr(
        cache_purge.apps, "is_installed", lambda name: name == "wagtail.contrib.frontend_cache"
    )
    monkeypatch.setattr(frontend_cache, "purge_urls_from_cache", sent.extend)
    with django_capture_on_commit_callbacks(execute=True):
        lessons[0].save_revision().publish()
    root = module.get_site().root_url
    assert f"{root}{lessons[0].url}" in sent
    assert f"{root}/fr{lessons[0].url}" in sent
    assert f"{root}{module.url}" in sent


def test_pages_with_live_parts_are_not_kept_by_the_cdn(client, module, lessons):
    for url, seconds in ((lessons[0].url, 300), (module.url, 0)):
        first = client.get(url)
        again = client.get(url)
        assert again[HIT_HEADER] == "hit"
        for response in (first, again):
            assert f"s-maxage={seconds}" in response["Cache-Control"], url
