"""The catalogue says which languages each module can be followed in (its
text live in them, or taught in them) and filters by them."""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import Locale

from training.factories import TrainingModulePageFactory
from training.models import TrainingModulePage

pytestmark = pytest.mark.django_db


def _translate(page, language: str):
    """A live translation (the catalogue does not care how it was made)."""
    locale = Locale.objects.get_or_create(language_code=language)[0]
    translation = page.copy_for_translation(locale, copy_parents=True)
    translation.save_revision().publish()
    return translation


def titles(response) -> set[str]:
    return {module.title for module in response.context["modules"]}


def test_each_card_lists_the_languages_of_the_module(client, catalogue):
    module = TrainingModulePageFactory(parent=catalogue, title="Signals", languages=["en"])
    _translate(module, "km")
    page = BeautifulSoup(client.get(catalogue.url).content, "html.parser")
    tags = page.select(".module-card .tags li")
    assert [(tag["lang"], tag.text) for tag in tags] == [("en", "English"), ("km", "ខ្មែរ")]


def _tags(response) -> list[str]:
    page = BeautifulSoup(response.content, "html.parser")
    return [tag.text for tag in page.select(".module-card .tags li")]


def test_a_new_translation_shows_on_the_card_at_once(client, catalogue):
    module = TrainingModulePageFactory(parent=catalogue, title="Signals", languages=["en"])
    assert _tags(client.get(catalogue.url)) == ["English"]  # the card is now kept
    _translate(module, "pt")
    assert _tags(client.get(catalogue.url)) == ["English", "Português"]


def test_filter_by_a_language_the_text_is_written_in(client, catalogue):
    khmer = TrainingModulePageFactory(parent=catalogue, title="Signals", languages=["en"])
    TrainingModulePageFactory(parent=catalogue, title="Leaks", languages=["en"])
    _translate(khmer, "km")
    assert titles(client.get(catalogue.url, {"language": "km"})) == {"Signals"}
    assert titles(client.get(catalogue.url, {"language": "en"})) == {"Signals", "Leaks"}
    assert titles(client.get(catalogue.url, {"language": "pt"})) == set()


def test_an_unpublished_translation_or_an_alias_does_not_count(client, catalogue):
    module = TrainingModulePageFactory(parent=catalogue, title="Signals", languages=["en"])
    TrainingModulePage.objects.get(pk=_translate(module, "km").pk).unpublish()
    module.copy_for_translation(
        Locale.objects.get_or_create(language_code="pt")[0], copy_parents=True, alias=True
    )
    assert titles(client.get(catalogue.url, {"language": "km"})) == set()
    assert titles(client.get(catalogue.url, {"language": "pt"})) == set()


def test_an_unknown_language_shows_everything_with_the_form_error(client, catalogue):
    TrainingModulePageFactory(parent=catalogue, title="Signals")
    response = client.get(catalogue.url, {"language": "xx"})
    assert response.status_code == 200
    assert titles(response) == {"Signals"}


def test_the_filtered_catalogue_reads_a_fixed_number_of_queries(
    client, catalogue, cold_and_warm_queries
):
    def add_module():
        module = TrainingModulePageFactory(parent=catalogue, languages=["en", "fr"])
        _translate(module, "km")

    add_module()
    client.get(catalogue.url)  # Wagtail's sites, kept in the cache
    one = cold_and_warm_queries(lambda: client.get(catalogue.url, {"language": "km"}))
    for _ in range(14):
        add_module()
    fifteen = cold_and_warm_queries(lambda: client.get(catalogue.url, {"language": "km"}))
    assert one == fifteen
