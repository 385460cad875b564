"""Partnership pages come from the shared cache for anonymous visitors and
change as soon as a partnership does."""

import pytest

from django.urls import reverse

from core.factories import PartnershipFactory, UserFactory
from core.pagecache import HIT_HEADER

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def test_partnership_pages_are_cached_and_purged_when_a_partnership_changes(client):
    partnership = PartnershipFactory(summary="Two cities working together.")
    detail = reverse("core:partnership_detail", args=[partnership.slug])
    for url in (reverse("core:partnership_list"), detail):
        client.get(url)
        assert client.get(url)[HIT_HEADER] == "hit"
    partnership.summary = "Thirty years of work on water."
    partnership.save()
    response = client.get(detail)
    assert HIT_HEADER not in response
    assert "Thirty years of work on water." in response.text


def test_the_page_cache_is_off_by_default_without_redis(settings, client):
    settings.PAGE_CACHE_SECONDS = 0
    url = reverse("core:partnership_list")
    client.get(url)
    assert HIT_HEADER not in client.get(url)


def test_logged_in_visitors_get_fresh_partnership_pages(client):
    url = reverse("core:partnership_list")
    client.get(url)
    client.force_login(UserFactory())
    assert HIT_HEADER not in client.get(url)
