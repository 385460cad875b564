"""The sitemap lists each page once per language it is written in, with
hreflang alternates; aliases (the English text in another tree) are left out."""

import xml.etree.ElementTree as ET

import pytest

from django.utils import translation

from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from core.languages import own_full_url

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap(client, **headers) -> dict[str, dict[str, str]]:
    """Each <loc> with its alternates ({hreflang: href})."""
    response = client.get("/sitemap.xml", **headers)
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 — our own sitemap
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_public_module_and_lesson_pages_are_in_the_sitemap(client, catalogue, module, lessons):
    urls = sitemap(client)
    for page in (catalogue, module, *lessons):
        assert own_full_url(page) in urls


def test_aliases_are_not_listed_and_translations_name_each_other(
    client, module, lessons, khmer, translate
):
    LocaleSynchronization.objects.create(
        locale=khmer, sync_from=Locale.objects.get(language_code="en")
    )
    portuguese = Locale.objects.get_or_create(language_code="pt")[0]
    translate(module.get_parent().get_parent(), portuguese)  # the home page
    translate(module.get_parent(), portuguese)
    translate(module, portuguese)
    aliases = [lesson.get_translation(khmer) for lesson in lessons]
    assert all(alias.alias_of_id for alias in aliases)

    urls = sitemap(client)
    for alias in aliases:
        assert own_full_url(alias) not in urls
    assert not any("/km/" in url for url in urls)  # every Khmer page is an alias

    english, portuguese_url = own_full_url(module), own_full_url(module.get_translation(portuguese))
    expected = {"en": english, "pt": portuguese_url, "x-default": english}
    assert urls[english] == expected
    assert urls[portuguese_url] == expected
    # A lesson written in English only: one entry, no alternates.
    assert urls[own_full_url(lessons[0])] == {}


def test_a_readers_language_does_not_change_the_sitemap(client, module, lessons):
    """/sitemap.xml has no language prefix: a Khmer browser gets the same."""
    assert sitemap(client, HTTP_ACCEPT_LANGUAGE="km") == sitemap(client)
    with translation.override("km"):
        assert not any("/km/" in url for url in sitemap(client, HTTP_ACCEPT_LANGUAGE="km"))
