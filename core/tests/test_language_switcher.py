"""The language switcher is a list of plain links to the same page in each
language: no form, no CSRF token, no JavaScript."""

import pytest

from django.urls import reverse

from core.factories import PartnershipFactory

pytestmark = pytest.mark.django_db


def switcher(html: str) -> str:
    start = html.index('<nav class="language-switcher"')
    return html[start : html.index("</nav>", start)]


def test_django_views_link_to_the_same_view_in_each_language(client):
    partnership = PartnershipFactory(slug="paris-phnom-penh")
    html = switcher(client.get(reverse("core:partnership_detail", args=[partnership.slug])).text)
    assert (
        'href="/partnerships/paris-phnom-penh/" lang="en" hreflang="en" aria-current="true"' in html
    )
    assert 'href="/fr/partnerships/paris-phnom-penh/" lang="fr"' in html
    assert 'href="/km/partnerships/paris-phnom-penh/" lang="km"' in html
    assert "<form" not in html and "csrf" not in html


def test_wagtail_pages_link_to_their_translations(client, home_page):
    # The home page comes in English and French.
    html = switcher(client.get("/").text)
    assert 'href="/fr/" lang="fr"' in html
    french_html = switcher(client.get("/fr/").text)
    assert 'href="/fr/" lang="fr" hreflang="fr" aria-current="true"' in french_html
    assert 'href="/" lang="en"' in french_html


def test_untranslated_pages_link_to_themselves_under_that_languages_prefix(client, home_page):
    html = switcher(client.get("/").text)
    assert 'href="/pt/" lang="pt"' in html


@pytest.mark.django_db
def test_each_language_is_offered_under_its_own_name(client):
    text = client.get("/partnerships/").text
    for name in ("English", "Français", "Português", "ខ្មែរ"):
        assert f">{name}<" in text
