"""Public pages rendered from remembered answers (`exchange.content_memo`),
with the whole-page cache off: no queries once warm, and every change to
the content, the sessions or the access rules shows on the next request."""

import pytest

from django.urls import reverse

from wagtail.models import Locale, PageViewRestriction

from core import content_memo
from core.factories import UserFactory
from training.factories import SessionFactory, TrainingModulePageFactory
from training.services import enrolment_create


@pytest.fixture
def warm(client):
    def get(url):
        client.get(url)
        return client.get(url)

    return get


def test_warm_anonymous_pages_need_no_query(client, catalogue, module, lessons, query_count):
    for url in (catalogue.url, module.url, lessons[0].url):
        client.get(url)
        assert query_count(lambda url=url: client.get(url)) == 0


def test_remembered_pages_are_the_pages(client, settings, catalogue, module, lessons):
    urls = (catalogue.url, module.url, lessons[1].url, f"/fr{catalogue.url}")
    settings.CONTENT_MEMO = False
    fresh = [client.get(url).content for url in urls]
    settings.CONTENT_MEMO = True
    for url in urls:
        client.get(url)
    assert [client.get(url).content for url in urls] == fresh


def test_publishing_shows_at_once_everywhere(client, warm, catalogue, module, lessons):
    for url in (catalogue.url, module.url, lessons[0].url):
        warm(url)
    module.title = "Signal timing"
    module.save_revision().publish()
    lessons[0].title = "Green waves"
    lessons[0].save_revision().publish()
    assert "Signal timing" in client.get(catalogue.url).text  # the memoised card
    assert "Green waves" in client.get(module.url).text  # the lesson list
    lesson = client.get(lessons[0].url).text
    assert "Green waves" in lesson and "Signal timing" in lesson


def test_new_sessions_and_bookings_show_at_once(client, warm, module):
    warm(module.url)
    session = SessionFactory(module=module, capacity=10)
    assert "0 / 10" in client.get(module.url).text
    enrolment_create(user=UserFactory(), module=module, session=session)
    assert "1 / 10" in client.get(module.url).text


def test_a_new_view_restriction_applies_at_once(client, warm, catalogue, module, lessons):
    for url in (module.url, lessons[0].url):
        assert "Lesson one" in warm(url).text
    PageViewRestriction.objects.create(
        page=catalogue, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    for url in (module.url, lessons[0].url):
        response = client.get(url)
        assert "Lesson one" not in response.text
        assert 'name="password"' in response.text


def test_unpublished_and_deleted_pages_are_gone_at_once(client, warm, catalogue, module):
    other = TrainingModulePageFactory(parent=catalogue, title="Water networks")
    warm(module.url), warm(other.url)
    module.unpublish()
    assert client.get(module.url).status_code == 404
    url = other.url
    other.delete()
    assert client.get(url).status_code == 404


def test_unknown_addresses_are_not_remembered(client, catalogue, module):
    client.get(module.url)
    size = content_memo.size()
    for n in range(30):
        assert client.get(f"{catalogue.url}no-such-module-{n}/").status_code == 404
        assert client.get(f"{module.url}no-such-lesson-{n}/").status_code == 404
        assert client.get(f"/no-such-page-{n}/").status_code == 404
        assert client.get(f"/fr/partnerships/no-such-partnership-{n}/").status_code == 404
    assert content_memo.size() <= size + 3  # the 404 pages' own lookups


def test_personal_parts_are_never_shared(client, warm, module):
    first, second = UserFactory(first_name="Sokha"), UserFactory(first_name="Ana")
    enrolment_create(user=first, module=module)
    client.force_login(first)
    assert "You are enrolled" in warm(module.url).text
    client.force_login(second)
    as_second = client.get(module.url).text
    assert "You are enrolled" not in as_second and "Enrol (self-paced)" in as_second
    client.logout()
    anonymous = client.get(module.url).text
    assert "Log in to enrol" in anonymous and "Log out" not in anonymous


def test_the_dashboard_remembers_only_public_lessons(client, module, lessons, query_count):
    learner = UserFactory()
    enrolment_create(user=learner, module=module)
    client.force_login(learner)
    url = reverse("training:dashboard")
    content_memo.forget()
    cold = query_count(lambda: client.get(url))
    warm_count = query_count(lambda: client.get(url))
    assert warm_count < cold
    assert "Lesson one" in client.get(url).text  # next lesson, from the memo


def test_previews_show_the_draft_not_what_is_remembered(client, warm, module, lessons):
    warm(module.url), warm(lessons[0].url)
    module.objectives = "<ul><li>Draft objective only editors see</li></ul>"
    lessons[0].body = [{"type": "text", "value": "<p>Draft paragraph.</p>"}]
    for page, draft in (
        (module, "Draft objective only editors see"),
        (lessons[0], "Draft paragraph."),
    ):
        preview = page.make_preview_request()
        assert draft in preview.content.decode()
    assert "Draft objective" not in client.get(module.url).text


def test_the_shared_header_is_the_visitors_and_the_pages_own(client, warm, module, lessons):
    french_locale, _ = Locale.objects.get_or_create(language_code="fr")
    french = lessons[0].copy_for_translation(french_locale, copy_parents=True)
    french.save_revision().publish()
    on_module = warm(module.url).text
    on_lesson = warm(lessons[0].url).text
    assert french.url in on_lesson  # the lesson's own translation...
    assert french.url not in on_module  # ...not the module's
    assert "Log in" in on_lesson
    client.force_login(UserFactory())
    logged_in = client.get(lessons[0].url).text
    assert "Log out" in logged_in and "Sign up" not in logged_in


def test_the_dashboard_shows_a_renamed_module_at_once(client, module):
    learner = UserFactory()
    enrolment_create(user=learner, module=module)
    client.force_login(learner)
    url = reverse("training:dashboard")
    client.get(url)
    module.title = "Signal timing"
    module.save_revision().publish()
    assert "Signal timing" in client.get(url).text


def test_waiting_positions_are_each_learners_own(client, module):
    session = SessionFactory(module=module, capacity=1)
    first, second, third = UserFactory(), UserFactory(), UserFactory()
    for learner in (first, second, third):
        enrolment_create(user=learner, module=module, session=session)
    url = reverse("training:dashboard")
    client.force_login(third)
    assert "position 2" in client.get(url).text
    client.force_login(second)
    assert "position 1" in client.get(url).text
    client.force_login(first)
    assert "position" not in client.get(url).text
