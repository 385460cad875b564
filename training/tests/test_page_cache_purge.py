"""The page cache is purged page by page: publishing, unpublishing, moving or
deleting a page purges it and the pages that show it, and leaves the others
cached; every change is visible on the next request."""

import pytest

from django.core.cache import cache

from wagtail.models import Locale, PageViewRestriction

from core import cache_purge
from core.pagecache import HIT_HEADER, page_key
from training import progress
from training.factories import LessonPageFactory, TrainingModulePageFactory


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def other_module(catalogue):
    page = TrainingModulePageFactory(parent=catalogue, title="Water networks")
    LessonPageFactory(parent=page, title="Pumps")
    return page


@pytest.fixture
def warm(client):
    """Visit each URL until it comes from the cache."""

    def visit(*urls):
        for url in urls:
            client.get(url)
            assert cached(client.get(url)), url

    return visit


def cached(response) -> bool:
    return response.get(HIT_HEADER) == "hit"


def test_publishing_a_lesson_purges_it_its_module_and_its_siblings_only(
    client, warm, catalogue, module, lessons, other_module
):
    other_lesson = other_module.lessons().get()
    warm(catalogue.url, module.url, *(lesson.url for lesson in lessons))
    warm(other_module.url, other_lesson.url)
    lessons[0].title = "Green waves"
    lessons[0].save_revision().publish()
    for url in (module.url, lessons[0].url, lessons[1].url):
        page = client.get(url)
        assert not cached(page) and "Green waves" in page.text, url
    for url in (catalogue.url, other_module.url, other_lesson.url):
        assert cached(client.get(url)), url


def test_publishing_a_module_purges_its_lessons_and_the_catalogue_only(
    client, warm, catalogue, module, lessons, other_module
):
    other_lesson = other_module.lessons().get()
    warm(catalogue.url, module.url, lessons[0].url, other_module.url, other_lesson.url)
    module.title = "Signal timing"
    module.save_revision().publish()
    for url in (catalogue.url, module.url, lessons[0].url):
        assert "Signal timing" in client.get(url).text, url
    assert cached(client.get(other_module.url)) and cached(client.get(other_lesson.url))


def test_a_prerequisite_renamed_shows_on_the_modules_requiring_it(
    client, warm, module, other_module
):
    other_module.prerequisites.add(module)
    other_module.save_revision().publish()
    warm(other_module.url)
    module.title = "Signal timing"
    module.save_revision().publish()
    assert "Signal timing" in client.get(other_module.url).text


def test_unpublished_moved_and_deleted_pages_are_gone_at_once(
    client, warm, catalogue, module, lessons, other_module
):
    warm(module.url, lessons[0].url, lessons[1].url, other_module.url)
    lessons[1].unpublish()
    assert client.get(lessons[1].url).status_code == 404
    assert "Lesson two" not in client.get(module.url).text

    old_url = lessons[0].url
    lessons[0].move(other_module, pos="last-child")
    assert client.get(old_url).status_code in (301, 302, 404)
    assert "Lesson one" not in client.get(module.url).text
    assert "Lesson one" in client.get(other_module.url).text

    warm(other_module.url)
    url = other_module.url
    other_module.delete()
    assert client.get(url).status_code == 404
    assert "Water networks" not in client.get(catalogue.url).text


def test_a_new_slug_purges_the_old_addresses_below(
    client, warm, module, lessons, django_capture_on_commit_callbacks
):
    old_urls = [module.url, lessons[0].url]
    warm(*old_urls)
    module.slug = "signal-timing"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail tells once committed
        module.save_revision().publish()
    for url in old_urls:
        response = client.get(url)
        assert response.status_code in (301, 302, 404) and not cached(response), url
    module.refresh_from_db()
    assert client.get(module.url).status_code == 200


def test_a_new_view_restriction_applies_at_once_below(client, warm, catalogue, module, lessons):
    warm(module.url, lessons[0].url)
    PageViewRestriction.objects.create(
        page=catalogue, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    for url in (module.url, lessons[0].url):
        response = client.get(url)
        assert "Lesson one" not in response.text
        assert 'name="password"' in response.text


def test_a_new_translation_shows_in_the_language_switcher(client, warm, module, lessons):
    warm(lessons[0].url)
    french_locale, _ = Locale.objects.get_or_create(language_code="fr")
    french = lessons[0].copy_for_translation(french_locale, copy_parents=True)
    french.save_revision().publish()
    assert french.url in client.get(lessons[0].url).text


def test_a_renamed_domain_shows_on_its_modules_and_the_catalogue(
    client, warm, catalogue, module, lessons
):
    warm(catalogue.url, module.url, lessons[0].url)
    domain = module.domain
    domain.name = "Streets and junctions"
    domain.save()
    assert "Streets and junctions" in client.get(module.url).text
    assert "Streets and junctions" in client.get(catalogue.url).text
    assert cached(client.get(lessons[0].url))  # lessons do not show the domain


def test_a_publish_deletes_the_shared_entry_itself(client, warm, module):
    """Nothing is kept per process: a purge removes the page from the cache
    every server process reads, so the next request anywhere renders it."""
    warm(module.url)
    keys = [page_key("testserver", "en", module.url), page_key("testserver", "fr", module.url)]
    assert cache.get(keys[0]) is not None
    module.save_revision().publish()
    assert cache.get_many(keys) == {}


def test_a_copy_rendered_during_a_purge_is_not_kept(client, monkeypatch, module, lessons):
    """A page rendered with the old content while it is purged is served,
    but not stored: the next visitor gets a fresh page."""
    render = progress.lesson_page_context

    def purged_meanwhile(lesson, module, request):
        context = render(lesson, module, request)
        cache_purge.purge_pages([lesson])
        return context

    monkeypatch.setattr(progress, "lesson_page_context", purged_meanwhile)
    client.get(lessons[0].url)
    monkeypatch.setattr(progress, "lesson_page_context", render)
    assert not cached(client.get(lessons[0].url))
    assert cached(client.get(lessons[0].url))
