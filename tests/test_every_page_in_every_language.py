"""Every public page exists in every language, its language switcher keeps
the visitor on the same page, and the navigation stays in their language."""

import re

import pytest

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

from core.factories import PartnershipFactory, UserFactory, coordinator
from training.certificate_services import certificate_issue
from training.factories import (
    CatalogueIndexPageFactory,
    LessonPageFactory,
    TrainingModulePageFactory,
    two_questions,
)

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def prefixed(path: str, language: str) -> str:
    return path if language == settings.LANGUAGE_CODE else f"/{language}{path}"


def switcher_links(html: str) -> dict[str, str]:
    start = html.index('<nav class="language-switcher"')
    nav = html[start : html.index("</nav>", start)]
    return {code: href for href, code in re.findall(r'href="([^"]*)" lang="(\w+)"', nav)}


def nav_link(html: str, label: str) -> str:
    nav = html[html.index('<nav class="site-nav"') :]
    return re.search(rf'<a href="([^"]*)">{label}</a>', nav).group(1)


@pytest.fixture
def site(db):
    """The home page (English and French, as in the demo), an English-only
    catalogue with a module and a lesson, a partnership and a certificate."""
    from core.demo import load_home_page

    home = load_home_page()
    catalogue = CatalogueIndexPageFactory(parent=home)
    module = TrainingModulePageFactory(
        parent=catalogue, title="Junction design", slug="junction-design", questions=two_questions()
    )
    LessonPageFactory(parent=module, title="Lesson one", slug="lesson-one")
    holder = UserFactory(first_name="Dara", last_name="Sok", preferred_language="km")
    certificate = certificate_issue(holder=holder, module=module, issued_by=coordinator())[0]
    PartnershipFactory(slug="paris-phnom-penh")
    return {"holder": holder, "certificate": certificate}


def public_paths(site) -> list[str]:
    code = site["certificate"].code
    return [
        "/",
        "/training/",
        "/training/junction-design/",
        "/training/junction-design/lesson-one/",
        "/partnerships/",
        "/partnerships/paris-phnom-penh/",
        "/site-map/",
        f"/verify/{code}/",
        "/accounts/login/",
        "/accounts/signup/",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_page_is_served_in_every_language(client, site, language):
    for path in public_paths(site):
        url = prefixed(path, language)
        response = client.get(url)
        assert response.status_code == 200, url
        assert f'<html lang="{language}">' in response.text, url


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_switcher_links_to_the_same_page_in_each_language(client, site, language):
    for path in public_paths(site):
        if path == "/":
            continue  # the home page has its own translations: below
        links = switcher_links(client.get(prefixed(path, language)).text)
        assert links == {other: prefixed(path, other) for other in LANGUAGES}, path


def test_the_switcher_leads_to_a_pages_translation_where_there_is_one(client, site):
    # The home page exists in English and French; Portuguese and Khmer
    # visitors get the English one under their prefix.
    for language in LANGUAGES:
        links = switcher_links(client.get(prefixed("/", language)).text)
        assert links == {"en": "/", "fr": "/fr/", "pt": "/pt/", "km": "/km/"}


def test_each_link_of_the_switcher_opens_in_its_language(client, site):
    for path in public_paths(site):
        for language, url in switcher_links(client.get(path).text).items():
            response = client.get(url)
            assert response.status_code == 200, url
            assert f'<html lang="{language}">' in response.text, url


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_training_link_stays_in_the_visitors_language(client, site, language):
    for path in ("/", "/partnerships/", f"/verify/{site['certificate'].code}/"):
        html = client.get(prefixed(path, language)).text
        with translation.override(language):
            label = translation.gettext("Training")
        assert nav_link(html, label) == prefixed("/training/", language), path


def test_verification_links_on_my_page_open_in_the_page_language(client, site):
    client.force_login(site["holder"])
    code = site["certificate"].code
    html = client.get("/km/me/").text
    assert f'href="/km/verify/{code}/"' in html
    assert f'href="/verify/{code}/"' not in html
    assert '<html lang="km">' in client.get(f"/km/verify/{code}/").text


def test_reversed_verification_urls_follow_the_active_language(site):
    code = site["certificate"].code
    with translation.override("pt"):
        assert reverse("documents:verify", kwargs={"code": code}) == f"/pt/verify/{code}/"
    assert reverse("documents:verify", kwargs={"code": code}) == f"/verify/{code}/"


def test_a_path_no_tree_has_is_still_not_found_in_every_language(client, site):
    for language in LANGUAGES:
        assert client.get(prefixed("/no-such-page/", language)).status_code == 404
        assert client.get(prefixed("/training/no-such-module/", language)).status_code == 404


def test_a_khmer_certificate_points_to_the_khmer_verification_page(client, site, settings):
    document = site["certificate"].as_document()
    assert document.language == "km"
    path = document.verification_url.removeprefix(settings.SITE_URL)
    assert path == f"/km/verify/{site['certificate'].code}/"
    assert '<html lang="km">' in client.get(path).text


def test_links_to_untranslated_pages_keep_the_readers_language(site):
    from core.models import HomePage, StandardPage

    home = HomePage.objects.get(locale__language_code="en")
    about = home.add_child(instance=StandardPage(title="About", slug="about", body="<p>Hi</p>"))
    assert about.url == "/about/"
    with translation.override("km"):
        assert about.url == "/km/about/"
        assert home.url == "/km/"
    with translation.override("fr"):
        # The home page's French translation keeps its own URL.
        french = home.get_translation(Locale.objects.get(language_code="fr"))
        assert french.url == "/fr/"
        assert home.url == "/fr/"  # which serves the French home page
        assert about.url == "/fr/about/"


def test_the_switcher_of_an_untranslated_page_names_each_languages_url(client, site):
    from core.models import HomePage, StandardPage

    home = HomePage.objects.get(locale__language_code="en")
    home.add_child(instance=StandardPage(title="About", slug="about", body="<p>Hi</p>"))
    for language in LANGUAGES:
        response = client.get(prefixed("/about/", language))
        assert response.status_code == 200
        assert f'<html lang="{language}">' in response.text
        expected = {other: prefixed("/about/", other) for other in LANGUAGES}
        assert switcher_links(response.text) == expected
