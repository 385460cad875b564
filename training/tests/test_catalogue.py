import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.factories import DomainFactory
from training.factories import TrainingModulePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def modules(catalogue):
    water = DomainFactory(slug="water", name="Water")
    traffic = DomainFactory(slug="traffic", name="Traffic")
    return {
        "pumps": TrainingModulePageFactory(
            parent=catalogue,
            title="Pumping stations",
            domain=water,
            level="advanced",
            languages=["fr"],
            summary="Keeping the pressure steady.",
        ),
        "leaks": TrainingModulePageFactory(
            parent=catalogue, title="Finding leaks", domain=water, languages=["en", "fr"]
        ),
        "signals": TrainingModulePageFactory(
            parent=catalogue, title="Signal timing", domain=traffic, languages=["en"]
        ),
    }


def titles(response) -> set[str]:
    return {module.title for module in response.context["modules"]}


def test_catalogue_lists_live_modules(client, catalogue, modules):
    modules["leaks"].unpublish()
    response = client.get(catalogue.url)
    assert titles(response) == {"Pumping stations", "Signal timing"}


def test_filter_by_domain(client, catalogue, modules):
    assert titles(client.get(catalogue.url, {"domain": "water"})) == {
        "Pumping stations",
        "Finding leaks",
    }


def test_filter_by_level_and_language_taught(client, catalogue, modules):
    assert titles(client.get(catalogue.url, {"level": "advanced"})) == {"Pumping stations"}
    # Every module is written in English; two are taught in French too.
    assert titles(client.get(catalogue.url, {"language": "fr"})) == {
        "Pumping stations",
        "Finding leaks",
    }


def test_search(client, catalogue, modules):
    assert titles(client.get(catalogue.url, {"q": "pressure"})) == {"Pumping stations"}
    assert titles(client.get(catalogue.url, {"q": "leaks", "domain": "traffic"})) == set()


def test_unknown_filter_values_show_everything(client, catalogue, modules):
    response = client.get(catalogue.url, {"domain": "nope", "level": "guru"})
    assert response.status_code == 200
    assert len(titles(response)) == 3


def test_pagination_keeps_filters_and_tolerates_bad_pages(client, catalogue, modules):
    domain = modules["pumps"].domain
    for n in range(14):
        TrainingModulePageFactory(parent=catalogue, title=f"Extra {n:02}", domain=domain)
    response = client.get(catalogue.url, {"domain": "water"})
    assert response.context["page_obj"].paginator.num_pages == 2
    assert "domain=water&amp;page=2" in response.text
    last = client.get(catalogue.url, {"domain": "water", "page": "999"})
    assert last.context["page_obj"].number == 2
    assert client.get(catalogue.url, {"page": "abc"}).context["page_obj"].number == 1


def test_catalogue_queries_do_not_grow_with_modules(client, catalogue, cold_and_warm_queries):
    """The database counts the modules and reads one page of cards: the cold
    render (no fragment kept) costs as much with 1 module as with 60."""
    TrainingModulePageFactory(parent=catalogue, languages=["en", "fr"])
    client.get(catalogue.url)  # Wagtail's sites, kept in the cache
    one = cold_and_warm_queries(lambda: client.get(catalogue.url, {"page": 1}))
    for _ in range(59):
        TrainingModulePageFactory(parent=catalogue, languages=["en", "fr"])
    sixty = cold_and_warm_queries(lambda: client.get(catalogue.url, {"page": 1}))
    assert one == sixty
    last = cold_and_warm_queries(lambda: client.get(catalogue.url, {"page": 5}))
    assert last == sixty


def test_the_database_reads_one_page_of_cards(client, catalogue):
    for _ in range(14):
        TrainingModulePageFactory(parent=catalogue)
    with CaptureQueriesContext(connection) as context:
        response = client.get(catalogue.url, {"page": 2})
    assert len(titles(response)) == 2
    listings = [
        query["sql"]
        for query in context.captured_queries
        if 'FROM "training_trainingmodulepage"' in query["sql"] and "COUNT(" not in query["sql"]
    ]
    assert listings and all("LIMIT 2 OFFSET 12" in sql for sql in listings)  # the last two
