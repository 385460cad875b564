"""Anonymous visitors get catalogue, module and lesson pages from the shared
cache; publishing shows new content at once; logged-in visitors and personal
pages are never served from it nor stored in it."""

import pytest

from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from wagtail.models import PageViewRestriction

from core.factories import UserFactory
from core.pagecache import HIT_HEADER
from training.factories import SessionFactory, TrainingModulePageFactory
from training.services import enrolment_create


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def cached(response) -> bool:
    return response.get(HIT_HEADER) == "hit"


def test_anonymous_pages_come_from_the_cache_the_second_time(
    client, catalogue, module, lessons, query_count
):
    for url in (catalogue.url, module.url, lessons[0].url):
        first = client.get(url)
        assert first.status_code == 200 and not cached(first)
        again = client.get(url)
        assert cached(again)
        assert again.content == first.content
    assert query_count(lambda: client.get(module.url)) == 0


def test_cached_pages_hold_no_csrf_token_and_set_no_cookie(client, module):
    client.get(module.url)
    response = client.get(module.url)
    assert cached(response)
    assert "csrfmiddlewaretoken" not in response.text
    assert not response.cookies


def test_publishing_shows_the_new_content(client, module, lessons):
    client.get(lessons[0].url)
    lessons[0].title = "A better title"
    lessons[0].save_revision().publish()
    response = client.get(lessons[0].url)
    assert not cached(response)
    assert "A better title" in response.text


def test_unpublishing_removes_the_page_at_once(client, module):
    client.get(module.url)
    module.unpublish()
    assert client.get(module.url).status_code == 404


def test_a_new_session_shows_on_the_cached_module_page(client, module):
    assert "Phnom Penh City Hall" not in client.get(module.url).text
    SessionFactory(module=module)
    assert "Phnom Penh City Hall" in client.get(module.url).text


def test_logged_in_visitors_are_never_served_nor_stored(client, module):
    client.get(module.url)  # cached for anonymous visitors
    user = UserFactory()
    client.force_login(user)
    response = client.get(module.url)
    assert not cached(response)
    assert "Enrol (self-paced)" in response.text
    enrolment_create(user=user, module=module)
    assert "You are enrolled" in client.get(module.url).text
    client.logout()
    anonymous = client.get(module.url)
    assert "You are enrolled" not in anonymous.text
    assert "Log in to enrol" in anonymous.text


def test_two_learners_never_see_each_others_dashboard(client, catalogue):
    first, second = UserFactory(), UserFactory()
    enrolment_create(user=first, module=TrainingModulePageFactory(parent=catalogue, title="Mine"))
    enrolment_create(
        user=second, module=TrainingModulePageFactory(parent=catalogue, title="Theirs")
    )
    url = reverse("training:dashboard")
    client.force_login(first)
    client.get(url)
    as_first = client.get(url)
    client.force_login(second)
    as_second = client.get(url)
    assert not cached(as_first) and not cached(as_second)
    assert "Mine" in as_first.text and "Theirs" not in as_first.text
    assert "Theirs" in as_second.text and "Mine" not in as_second.text


def test_query_strings_are_not_cached(client, catalogue, module):
    client.get(catalogue.url, {"level": "introductory"})
    assert not cached(client.get(catalogue.url, {"level": "introductory"}))


def test_a_visitor_with_a_waiting_message_gets_a_fresh_page(client, module):
    client.get(module.url)
    storage = CookieStorage(RequestFactory().get("/"))
    storage.add(constants.SUCCESS, "You have signed out.")
    carrier = HttpResponse()
    storage.update(carrier)
    client.cookies[storage.cookie_name] = carrier.cookies[storage.cookie_name].value
    page = client.get(module.url)
    assert not cached(page)
    assert "You have signed out." in page.text


def test_password_protected_pages_are_never_stored(client, module):
    restriction = PageViewRestriction.objects.create(
        page=module, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert not cached(client.get(module.url))
    assert not cached(client.get(module.url))  # the password form
    client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, module.pk]),
        {"password": "secret", "return_url": module.url},
    )
    assert "Log in to enrol" in client.get(module.url).text
    seen_with_password = client.get(module.url)
    assert not cached(seen_with_password)
    client.cookies.clear()
    stranger = client.get(module.url)
    assert not cached(stranger)
    assert "Log in to enrol" not in stranger.text


def test_the_language_is_part_of_the_key(client, catalogue):
    english = client.get(catalogue.url)
    french = client.get(f"/fr{catalogue.url}")
    assert 'lang="fr"' in french.text.split(">", 2)[1]
    assert english.content != french.content


def test_pages_that_did_not_opt_in_are_never_cached(client, module):
    url = reverse("account_login")
    client.get(url)
    response = client.get(url)
    assert not cached(response)
    assert "csrfmiddlewaretoken" in response.text
