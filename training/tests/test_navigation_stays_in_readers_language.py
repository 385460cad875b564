"""A reader on /km/ or /pt/ stays there: links to modules and lessons that
exist only in English lead to the English page under the reader's prefix,
served in their interface with the untranslated-content notice and the
text's own `lang` attribute."""

import pytest
from bs4 import BeautifulSoup

from django.utils import translation

from core.languages import own_url
from training.factories import LessonPageFactory, TrainingModulePageFactory

from .conftest import notice

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response
    return BeautifulSoup(response.content, "html.parser")


def training_links(page) -> list[str]:
    """The links of the page's main content to training pages (but the
    notice's links to the languages the page is written in)."""
    return [
        a["href"]
        for a in page.select("main a[href]:not([hreflang])")
        if "/training/" in a["href"] and "?next=" not in a["href"]
    ]


@pytest.fixture
def second_module(catalogue):
    """A second English-only module, with one lesson."""
    page = TrainingModulePageFactory(parent=catalogue, title="Bus lanes")
    LessonPageFactory(parent=page, title="Why bus lanes")
    return page


def assert_served_untranslated(page, language: str, kind: str) -> None:
    assert page.html["lang"] == language
    assert notice(kind, language) in page.text
    header = page.select_one(f"article.{kind} header")
    assert header["lang"] == "en"


@pytest.mark.parametrize("language", ["km", "pt"])
def test_every_module_and_lesson_link_stays_under_the_readers_prefix(
    client, module, lessons, second_module, language
):
    """No page in the reader's language at all: the English tree is served
    under /km/ and every link it makes keeps the prefix."""
    catalogue = soup(client.get(f"/{language}/training/"))
    module_links = training_links(catalogue)
    assert module_links, "the catalogue links its modules"
    assert all(href.startswith(f"/{language}/training/") for href in module_links)
    assert f"/{language}{own_url(module)}" in module_links
    assert f"/{language}{own_url(second_module)}" in module_links

    visited = set()
    for module_href in sorted(set(module_links) - {f"/{language}/training/"}):
        page = soup(client.get(module_href))
        assert_served_untranslated(page, language, "module")
        lesson_links = [href for href in training_links(page) if href != module_href]
        assert lesson_links
        assert all(href.startswith(f"/{language}/training/") for href in lesson_links), lesson_links
        for lesson_href in set(lesson_links) - {f"/{language}/training/"}:
            lesson = soup(client.get(lesson_href))
            assert_served_untranslated(lesson, language, "lesson")
            assert lesson.select_one(".lesson__text")["lang"] == "en"
            assert all(href.startswith(f"/{language}/training/") for href in training_links(lesson))
            visited.add(lesson_href)
    expected = {f"/{language}{own_url(lesson)}" for lesson in [*lessons, *second_module.lessons()]}
    assert visited == expected


def test_a_translations_own_url_is_its_own_and_english_urls_stay_english(module):
    assert own_url(module) == module.url  # no language active beyond English
    with translation.override("km"):
        assert module.url == f"/km{own_url(module)}"
        assert own_url(module) == module.url.removeprefix("/km")


def test_an_english_link_under_the_khmer_prefix_opens_the_khmer_translation(
    client, home_page, catalogue, module, lessons, khmer, translate
):
    """The learner's dashboard links the module itself (its English page):
    under /km/ it opens the module's Khmer translation, even when that one
    has a slug of its own."""
    for page in (home_page, catalogue, module):
        translate(page, khmer)
    khmer_module = module.get_translation(khmer).specific
    khmer_module.slug = "khmer-slug"
    khmer_module.save_revision().publish()
    khmer_module.refresh_from_db()
    assert khmer_module.url_path.endswith("/khmer-slug/")

    with translation.override("km"):
        url = module.url
    assert url == f"/km{own_url(module)}"
    assert url != own_url(khmer_module)
    page = soup(client.get(url))
    assert page.html["lang"] == "km"
    assert page.select_one("article.module h1").text == khmer_module.title
    assert notice("module", "km") not in page.text
    # A lesson without a Khmer page is still the English one, with the notice.
    with translation.override("km"):
        lesson_url = lessons[0].url
    assert_served_untranslated(soup(client.get(lesson_url)), "km", "lesson")
