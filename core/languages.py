"""Where a page is in each language, for the language switcher and the
navigation.

Every page exists in every language: a Wagtail page's translation when one
is live, else the default language's page under the language's prefix
(`/km/training/`), which `core.models.HomePage.route` serves in the
visitor's interface language; Django views under each prefix
(`i18n_patterns`)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_from_path

from wagtail.models import Page


def reader_language() -> str:
    """The language the visitor reads the site in (its base code)."""
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def page_urls(request, page: Page) -> dict[str, str]:
    """Each language's URL for a Wagtail page: its live translation's; the
    default language's version under that language's prefix otherwise; the
    language's home page when the page has no default-language version."""
    translations = {
        translation.locale.language_code: translation
        for translation in page.get_translations(inclusive=True).live().select_related("locale")
    }
    source = translations.get(settings.LANGUAGE_CODE)
    source_url = own_url(source, request) if source is not None else None
    urls = {}
    for code, _name in settings.LANGUAGES:
        if code in translations:
            urls[code] = own_url(translations[code], request)
        else:
            urls[code] = default_page_url_in(source_url or "/", code)
    return urls


def own_url(page: Page, request=None) -> str:
    """A page's URL in its own language (not the reader's: see
    `StaysInReadersLanguageMixin`)."""
    with translation.override(page.locale.language_code):
        return page.get_url(request)


def own_full_url(page: Page, request=None) -> str | None:
    """A page's full URL in its own language."""
    with translation.override(page.locale.language_code):
        return page.get_full_url(request)


def default_page_url_in(url: str, language: str) -> str:
    """A default-language page's URL under another language's prefix (as it
    is when it carries a prefix already). `translate_url` resolves the URL
    in the active language: an unprefixed path resolves only while the
    default language is active."""
    if get_language_from_path(urlsplit(url).path):
        return url
    with translation.override(settings.LANGUAGE_CODE):
        return translate_url(url, language)


class StaysInReadersLanguageMixin:
    """For page types: a link to a default-language page, made while a
    reader reads another language, keeps that language (`/km/about/`, which
    `HomePage.route` serves: the page's live Khmer translation, whatever its
    slug, else the page itself in the Khmer interface). The canonical
    URL of each translation stays its own (`page_urls`)."""

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if not parts or parts[2] is None:
            return parts
        site_id, root_url, page_path = parts
        language = translation.get_language()
        if (
            language
            and language != settings.LANGUAGE_CODE
            and language in dict(settings.LANGUAGES)
            and not get_language_from_path(page_path)
        ):
            page_path = default_page_url_in(page_path, language)
        return site_id, root_url, page_path
