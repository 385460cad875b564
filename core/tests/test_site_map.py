"""The footer's "Site map" opens a page for people, in the reader's language,
not the XML for search engines."""

import pytest

from django.urls import reverse

from core.factories import PartnershipFactory

pytestmark = pytest.mark.django_db


def test_footer_links_to_the_site_map_page(client, home_page):
    response = client.get("/")
    assert f'href="{reverse("core:site_map")}"' in response.text
    assert 'href="/sitemap.xml"' not in response.text


def test_site_map_lists_pages_and_partnerships(client, home_page):
    PartnershipFactory(city_a__name="Paris", city_b__name="Phnom Penh", slug="paris-phnom-penh")
    response = client.get(reverse("core:site_map"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert f'<a href="/">{home_page.title}</a>' in response.text
    assert 'href="/partnerships/paris-phnom-penh/"' in response.text


def test_site_map_in_french_lists_the_french_pages(client, home_page):
    response = client.get("/fr/site-map/")
    assert response.status_code == 200
    assert "Plan du site" in response.text
    assert '<a href="/fr/">' in response.text
