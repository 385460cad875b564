"""A logged-in learner's lesson reads what it needs from the shared cache in
as few round trips as possible: the route brings with it the answers that
depend on pages alone (the module's lessons, the header's links, the
language switcher, the lesson's body), learnt on the first visit. Nothing
read ahead outlives a page change or leaks into another request."""

import pickle

import pytest

from django.core.cache import caches

from core import cache_versions
from core.factories import UserFactory
from training.factories import LessonPageFactory
from training.models import LessonPage
from training.services import enrolment_create


@pytest.fixture
def cache_calls(monkeypatch):
    """Counts the default cache's reads and writes (each one round trip with
    Redis; the local-memory backend's `get_many` calls `get`, not counted again)."""
    backend = caches["default"]
    calls = {"read": 0, "write": 0}
    inside = []

    def counted(kind, method):
        def wrapper(*args, **kwargs):
            if not inside:
                calls[kind] += 1
            inside.append(kind)
            try:
                return method(*args, **kwargs)
            finally:
                inside.pop()

        return wrapper

    for name, kind in (("get", "read"), ("get_many", "read"), ("set", "write"), ("add", "write")):
        monkeypatch.setattr(backend, name, counted(kind, getattr(backend, name)))

    def take() -> dict:
        taken = dict(calls)
        calls.update(read=0, write=0)
        return taken

    return take


@pytest.fixture
def learner_client(client, settings, module):
    settings.PAGE_CACHE_SECONDS = 600
    learner = UserFactory()
    enrolment_create(user=learner, module=module)
    client.force_login(learner)
    return client


def test_a_learners_lesson_reads_the_shared_cache_twice_once_learnt(
    learner_client, lessons, cache_calls
):
    """The route with its answers, then the person's roles (the session is in
    the database in tests). The first visit learns the answers; the second
    keeps them; from then on nothing is written."""
    url = lessons[1].url
    learner_client.get(url)
    first = cache_calls()
    learner_client.get(url)
    cache_calls()
    response = learner_client.get(url)
    warm = cache_calls()

    assert response.status_code == 200
    assert first["write"] >= 4  # route, its answers, lessons, links, body ...
    assert warm == {"read": 2, "write": 0}


def test_the_lesson_body_is_kept_until_a_page_changes(learner_client, lessons):
    lesson = lessons[0]
    assert "Lesson text." in learner_client.get(lesson.url).text
    # Changed behind the signals' back: the kept body still shows.
    LessonPage.objects.filter(pk=lesson.pk).update(
        body=[{"type": "text", "value": "<p>Changed quietly.</p>"}]
    )
    assert "Lesson text." in learner_client.get(lesson.url).text

    lesson.refresh_from_db()
    lesson.body = [{"type": "text", "value": "<p>Rewritten.</p>"}]
    lesson.save_revision().publish()
    text = learner_client.get(lesson.url).text
    assert "Rewritten." in text
    assert "Lesson text." not in text


def test_answers_read_ahead_follow_a_new_lesson(learner_client, module, lessons):
    learner_client.get(lessons[0].url)
    learner_client.get(lessons[0].url)  # answers learnt and read ahead

    added = LessonPageFactory(parent=module, title="Added later")
    response = learner_client.get(lessons[0].url)

    assert [lesson.pk for lesson in response.context["lessons"]][-1] == added.pk
    assert "Added later" in response.text


def test_no_request_starts_with_another_requests_answers(learner_client, lessons):
    """A request that ended before keeping its answers (an error while
    rendering, say) leaves nothing for the next request in the same thread."""
    from wagtail.models import Page

    key = "catalogue-url:testserver:en"
    stale = cache_versions.ReadAhead((Page,), (0,), {})
    stale.answers[key] = pickle.dumps("/stale-catalogue/")
    cache_versions.read_ahead(stale)
    try:
        response = learner_client.get(lessons[0].url)
    finally:
        cache_versions.read_ahead(None)

    assert response.status_code == 200
    assert "/stale-catalogue/" not in response.text


def test_what_a_caller_does_to_an_answer_after_it_is_learnt_is_not_kept():
    from wagtail.models import Page

    ahead = cache_versions.ReadAhead((Page,), (1,), {})
    lessons = ["one", "two"]
    ahead.learn("module-lessons:1", lessons)
    lessons.append("changed by the caller")
    ahead.answers.update(ahead.learnt)

    assert ahead.get("module-lessons:1") == ["one", "two"]
