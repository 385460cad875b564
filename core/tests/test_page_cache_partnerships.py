"""Partnership pages come from the shared cache for anonymous visitors, kept
until a row they show changes (versions of those models), whatever else
changes meanwhile."""

import pytest

from django.urls import reverse

from core.factories import CooperationProjectFactory, PartnershipFactory, UserFactory
from core.models import User
from core.pagecache import HIT_HEADER

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def cached(response) -> bool:
    return response.get(HIT_HEADER) == "hit"


@pytest.fixture
def partnership():
    return CooperationProjectFactory(title="Clean water for Boeng Kak").partnership


def urls(partnership) -> list[str]:
    return [
        reverse("core:partnership_list"),
        reverse("core:partnership_detail", args=[partnership.slug]),
    ]


def test_partnership_pages_are_cached_until_a_partnership_changes(client, partnership):
    for url in urls(partnership):
        client.get(url)
        assert cached(client.get(url))
    text = partnership.texts.get()
    text.summary = "Thirty years of work on water."
    text.save()
    for url in urls(partnership):
        response = client.get(url)
        assert not cached(response)
        assert "Thirty years of work on water." in response.text


def test_a_project_or_a_city_renamed_shows_at_once(client, partnership):
    detail = urls(partnership)[1]
    client.get(detail)
    project = partnership.projects.get()
    project.title = "Drinking water for every district"
    project.save()
    assert "Drinking water for every district" in client.get(detail).text
    city = partnership.city_b
    city.name = "Krong Phnom Penh"
    city.save()
    assert "Krong Phnom Penh" in client.get(detail).text


def test_changes_to_other_rows_leave_them_cached(client, partnership):
    for url in urls(partnership):
        client.get(url)
    User.objects.create_user("learner@example.org")  # a row they do not show
    assert all(cached(client.get(url)) for url in urls(partnership))


def test_a_new_partnership_is_listed_at_once(client, partnership):
    url = reverse("core:partnership_list")
    client.get(url)
    PartnershipFactory(summary="A new agreement with Porto Alegre.")
    assert "A new agreement with Porto Alegre." in client.get(url).text


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
