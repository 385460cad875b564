"""A learner reads a page in their language when its translation is live;
otherwise the source's text, with a notice, links to the languages it is
written in, and its own `lang` attribute for screen readers."""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from core.languages import own_url

from .conftest import notice

pytestmark = pytest.mark.django_db


@pytest.fixture
def khmer_tree(home_page, module, lessons, khmer):
    """Khmer synced from English, as a coordinator sets it in Settings →
    Locales: wagtail-localize keeps an alias of every English page in the
    Khmer tree until it is translated."""
    LocaleSynchronization.objects.create(
        locale=khmer, sync_from=Locale.objects.get(language_code="en")
    )
    return module.get_translation(khmer)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_an_untranslated_module_is_served_in_english_with_a_notice(client, khmer_tree, module):
    assert khmer_tree.alias_of_id == module.pk
    page = soup(client.get(khmer_tree.url))

    assert page.html["lang"] == "km"
    assert notice("module", "km") in page.text
    header = page.select_one("article.module header")
    assert header["lang"] == "en"
    assert header.h1.text == module.title
    objectives = page.find(string="Understand the basics.").find_parent(attrs={"lang": True})
    assert objectives["lang"] == "en"
    links = {a["hreflang"]: a["href"] for a in page.select('[role="note"] a[hreflang]')}
    assert links == {"en": own_url(module)}


def test_the_notice_links_every_language_the_module_is_written_in(
    client, khmer_tree, module, translate
):
    translate(module, Locale.objects.get(language_code="fr"))
    page = soup(client.get(khmer_tree.url))
    links = page.select('[role="note"] a[hreflang]')
    assert [(a["hreflang"], a["lang"], a.text) for a in links] == [
        ("en", "en", "English"),
        ("fr", "fr", "Français"),
    ]


def test_a_translated_module_is_served_in_khmer_without_notice(
    client, khmer_tree, module, khmer, translate
):
    translate(module, khmer)
    page = soup(client.get(module.get_translation(khmer).url))
    assert notice("module", "km") not in page.text
    header = page.select_one("article.module header")
    assert not header.has_attr("lang")
    assert header.h1.text == f"ខ្មែរ {module.title}"
    # Its lessons are not translated yet: their titles say they are English.
    lesson_links = page.select(".lesson-list a")
    assert lesson_links and all(a["lang"] == "en" for a in lesson_links)


def test_an_untranslated_lesson_in_a_translated_module(
    client, khmer_tree, module, lessons, khmer, translate
):
    translate(module, khmer)
    translate(lessons[0], khmer)
    second = lessons[1].get_translation(khmer)
    page = soup(client.get(second.url))
    assert notice("lesson", "km") in page.text
    assert page.select_one(".lesson__text")["lang"] == "en"
    assert page.select_one("article.lesson header")["lang"] == "en"
    # The module's title and the first lesson are Khmer: no lang of their own.
    sidebar = page.select_one(".lesson-sidebar")
    assert not sidebar.h2.has_attr("lang")
    first, other = sidebar.select(".lesson-list a")
    assert not first.has_attr("lang")
    assert other["lang"] == "en"

    page = soup(client.get(lessons[0].get_translation(khmer).url))
    assert notice("lesson", "km") not in page.text
    assert not page.select_one(".lesson__text").has_attr("lang")


def test_without_any_khmer_page_the_english_one_is_served_with_the_notice(client, module):
    page = soup(client.get(f"/km{module.url}"))
    assert page.html["lang"] == "km"
    assert notice("module", "km") in page.text
    assert page.select_one("article.module header")["lang"] == "en"


def test_english_readers_see_no_notice_and_no_extra_lang(client, module, lessons):
    page = soup(client.get(module.url))
    assert notice("module", "en") not in page.text
    assert page.select("main [lang]") == []
    page = soup(client.get(lessons[0].url))
    assert notice("lesson", "en") not in page.text
    assert page.select("main [lang]") == []


def test_the_home_page_says_so_too(client, khmer_tree):
    page = soup(client.get("/km/"))
    assert notice("page", "km") in page.text
    assert page.select_one(".hero > div")["lang"] == "en"
