"""The home page tells the Paris – Phnom Penh – Rio story with the programme's
figures, counted from the public partnerships."""

import pytest

from core.factories import CityFactory, PartnershipFactory, ProjectFundingFactory
from core.models import Partnership

pytestmark = pytest.mark.django_db


def test_figures_count_public_partnerships_cities_projects_and_funders():
    paris = CityFactory(name="Paris")
    first = PartnershipFactory(city_a=paris, since=1992)
    second = PartnershipFactory(city_a=paris, since=2004)
    ProjectFundingFactory(project__partnership=first)
    ProjectFundingFactory(project__partnership=second)
    ProjectFundingFactory(project__partnership=second)
    PartnershipFactory(status=Partnership.Status.DRAFT, since=1980)

    figures = Partnership.objects.public().figures()

    assert figures == {
        "partnership_count": 2,
        "city_count": 3,
        "project_count": 3,
        "funder_count": 3,
        "since": 1992,
    }


def test_home_page_shows_the_story_and_figures(client, home_page):
    PartnershipFactory(since=1992)
    response = client.get("/")
    assert "Regenerating São Cristóvão" in response.text
    assert "<dt>1992</dt>" in response.text
    assert "paris-phnom-penh-rio.svg" in response.text
