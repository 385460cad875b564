import pytest

from django.urls import reverse

from core.factories import CooperationProjectFactory, PartnershipFactory, ProjectFundingFactory
from core.models import Partnership

pytestmark = pytest.mark.django_db


@pytest.fixture
def project():
    project = CooperationProjectFactory(
        title="Managing traffic flows",
        start_year=2005,
        end_year=2006,
        partnership__city_a__name="Paris",
        partnership__city_b__name="Phnom Penh",
        partnership__slug="paris-phnom-penh",
        partnership__since=1992,
    )
    ProjectFundingFactory(project=project, funder__name="French Ministry for Foreign Affairs")
    return project


def test_home_page_lists_public_partnerships(client, home_page, project):
    PartnershipFactory(status=Partnership.Status.DRAFT, city_a__name="Lyon", city_b__name="Hue")
    response = client.get("/")
    assert response.status_code == 200
    assert "Paris – Phnom Penh" in response.text
    assert "Lyon" not in response.text


def test_partnership_page_shows_projects_years_and_funders(client, project):
    response = client.get(reverse("core:partnership_detail", args=["paris-phnom-penh"]))
    assert response.status_code == 200
    assert "Managing traffic flows" in response.text
    assert "2005–2006" in response.text
    assert "French Ministry for Foreign Affairs" in response.text
    assert "1992" in response.text


def test_project_without_end_year_reads_since(client, project):
    project.end_year = None
    project.save()
    response = client.get(project.partnership.get_absolute_url())
    assert "since 2005" in response.text


def test_partnership_page_in_french(client, project):
    response = client.get("/fr" + project.partnership.get_absolute_url())
    assert response.status_code == 200
    assert 'lang="fr"' in response.text


def test_draft_and_unknown_partnerships_are_not_found(client):
    draft = PartnershipFactory(status=Partnership.Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    response = client.get("/partnerships/no-such-partnership/")
    assert response.status_code == 404
    assert "Page not found" in response.text


def test_unknown_url_shows_the_404_page(client, home_page):
    response = client.get("/this/does/not/exist/")
    assert response.status_code == 404
    assert "Page not found" in response.text


def test_sitemap_lists_home_and_partnerships(client, home_page, project):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "/partnerships/paris-phnom-penh/" in response.text
    # Its text is in English only: the French page would repeat it.
    assert "/fr/partnerships/paris-phnom-penh/" not in response.text
    assert "<loc>http://testserver/</loc>" in response.text  # SITE_URL
    # The home page is written in English and French: both, naming each other.
    assert "<loc>http://testserver/fr/</loc>" in response.text
    assert 'hreflang="fr" href="http://testserver/fr/"' in response.text


def test_partnership_list_query_count_does_not_grow(client, cold_and_warm_queries):
    CooperationProjectFactory()
    url = reverse("core:partnership_list")
    client.get(url)  # warm Wagtail's site caches
    few = cold_and_warm_queries(lambda: client.get(url))
    for _ in range(5):
        CooperationProjectFactory()
    assert cold_and_warm_queries(lambda: client.get(url)) == few
