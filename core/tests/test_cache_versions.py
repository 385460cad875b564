"""Answers kept in the shared cache until a model they show changes."""

import pytest

from core.cache_versions import versioned
from core.factories import CityFactory, DomainFactory
from core.models import City

pytestmark = pytest.mark.django_db


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls


@pytest.fixture(autouse=True)
def _shared_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600


def test_an_answer_is_kept_until_its_model_changes():
    compute = Counter()
    assert versioned("cities", (City,), compute) == 1
    assert versioned("cities", (City,), compute) == 1
    DomainFactory()  # another model
    assert versioned("cities", (City,), compute) == 1
    CityFactory()
    assert versioned("cities", (City,), compute) == 2


def test_a_change_in_a_transaction_bumps_again_when_it_commits(
    django_capture_on_commit_callbacks,
):
    compute = Counter()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        CityFactory()
    versioned("cities", (City,), compute)  # another process, before the commit
    for callback in callbacks:
        callback()
    assert versioned("cities", (City,), compute) == 2


def test_without_a_shared_cache_nothing_is_kept(settings):
    settings.PAGE_CACHE_SECONDS = 0
    compute = Counter()
    versioned("cities", (City,), compute)
    versioned("cities", (City,), compute)
    assert compute.calls == 2
