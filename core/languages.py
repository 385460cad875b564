"""Where a page is in each language, for the language switcher and the
navigation.

Every page exists in every language: a Wagtail page's translation when one
is live, else the default language's page under the language's prefix
(`/km/training/`), which `core.models.HomePage.route` serves in the
visitor's interface language; Django views under each prefix
(`i18n_patterns`)."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page


def page_urls(request, page: Page) -> dict[str, str]:
    """Each language's URL for a Wagtail page: its live translation's; the
    default language's version under that language's prefix otherwise; the
    language's home page when the page has no default-language version."""
    translations = {
        translation.locale.language_code: translation
        for translation in page.get_translations(inclusive=True).live().select_related("locale")
    }
    source = translations.get(settings.LANGUAGE_CODE)
    source_url = source.get_url(request) if source is not None else None
    urls = {}
    for code, _name in settings.LANGUAGES:
        if code in translations:
            urls[code] = translations[code].get_url(request)
        else:
            urls[code] = default_page_url_in(source_url or "/", code)
    return urls


def default_page_url_in(url: str, language: str) -> str:
    """A default-language page's URL under another language's prefix.
    (`translate_url` resolves the URL in the active language: an unprefixed
    path resolves only while the default language is active.)"""
    with translation.override(settings.LANGUAGE_CODE):
        return translate_url(url, language)
