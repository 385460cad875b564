import pytest

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


def test_filter_by_level_and_language(client, catalogue, modules):
    assert titles(client.get(catalogue.url, {"level": "advanced"})) == {"Pumping stations"}
    assert titles(client.get(catalogue.url, {"language": "en"})) == {
        "Finding leaks",
        "Signal timing",
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


def test_catalogue_query_count_does_not_grow_with_modules(client, catalogue, cold_and_warm_queries):
    TrainingModulePageFactory(parent=catalogue, languages=["en", "fr"])
    client.get(catalogue.url)  # warm Wagtail's site caches
    one = cold_and_warm_queries(lambda: client.get(catalogue.url, {"page": 1}))
    for _ in range(29):
        TrainingModulePageFactory(parent=catalogue, languages=["en", "fr"])
    thirty = cold_and_warm_queries(lambda: client.get(catalogue.url, {"page": 1}))
    assert one == thirty
    assert one[1] < one[0]
