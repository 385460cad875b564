"""Anonymous visitors get catalogue, module and lesson pages from the shared
cache, with the seats of sessions always current; publishing shows new
content at once; logged-in visitors and personal pages are never served from
it nor stored in it."""

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
from training.services import enrolment_create, enrolment_withdraw


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def cached(response) -> bool:
    return response.get(HIT_HEADER) == "hit"


def test_anonymous_pages_come_from_the_cache_the_second_time(
    client, catalogue, module, lessons, query_count
):
    SessionFactory(module=module, capacity=10)
    for url in (catalogue.url, module.url, lessons[0].url):
        first = client.get(url)
        assert first.status_code == 200 and not cached(first)
        again = client.get(url)
        assert cached(again)
        assert again.content == first.content
    for url in (catalogue.url, module.url, lessons[0].url):
        assert query_count(lambda url=url: client.get(url)) == 0
    # After a booking, the module page's live part reads its sessions again: one query.
    enrolment_create(user=UserFactory(), module=module, session=module.sessions.get())
    assert query_count(lambda: client.get(module.url)) == 1


def test_a_booking_purges_no_page_yet_the_seats_shown_change(client, catalogue, module, lessons):
    session = SessionFactory(module=module, capacity=10)
    for url in (catalogue.url, module.url, lessons[0].url):
        client.get(url)
    learner = UserFactory()
    enrolment = enrolment_create(user=learner, module=module, session=session)
    page = client.get(module.url)
    assert cached(page)
    assert "1 / 10" in page.text
    assert cached(client.get(catalogue.url)) and cached(client.get(lessons[0].url))
    session.capacity = 12
    session.save()
    enrolment_withdraw(enrolment=enrolment)
    page = client.get(module.url)
    assert cached(page)
    assert "0 / 12" in page.text


def test_waiting_lists_show_on_the_cached_module_page(client, module):
    session = SessionFactory(module=module, capacity=1)
    client.get(module.url)
    for _ in range(3):
        enrolment_create(user=UserFactory(), module=module, session=session)
    page = client.get(module.url)
    assert cached(page)
    assert "1 / 1" in page.text and "2 waiting" in page.text


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
    page = client.get(module.url)
    assert cached(page)
    assert "Phnom Penh City Hall" in page.text


def test_logged_in_visitors_are_never_served_nor_stored(client, module):
    SessionFactory(module=module, capacity=10)
    client.get(module.url)  # cached for anonymous visitors
    user = UserFactory(first_name="Sokha")
    client.force_login(user)
    response = client.get(module.url)
    assert not cached(response)
    assert "Enrol (self-paced)" in response.text
    assert "Enrol in this session" in response.text  # the live part, with the visitor's context
    enrolment_create(user=user, module=module)
    assert "You are enrolled" in client.get(module.url).text
    client.logout()
    anonymous = client.get(module.url)
    assert cached(anonymous)
    assert "You are enrolled" not in anonymous.text
    assert "Enrol in this session" not in anonymous.text
    assert "Log in to enrol" in anonymous.text and "Log out" not in anonymous.text


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


def test_previews_are_never_served_nor_stored(client, module, lessons):
    client.get(lessons[0].url)
    lessons[0].body = [{"type": "text", "value": "<p>Draft paragraph.</p>"}]
    preview = lessons[0].make_preview_request()
    assert "Draft paragraph." in preview.content.decode()
    assert not cached(preview)
    again = client.get(lessons[0].url)
    assert cached(again) and "Draft paragraph." not in again.text


def test_hosts_not_named_in_allowed_hosts_are_not_cached(client, settings, module):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ".example.org"]
    client.get(module.url, HTTP_HOST="www.example.org")
    assert not cached(client.get(module.url, HTTP_HOST="www.example.org"))
