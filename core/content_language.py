"""Which language a page's text is written in, and where else it can be read.

A page is served in the visitor's language when a translation is live there.
Otherwise the visitor reads another language's text: an alias that
wagtail-localize keeps of the source page until it is translated, or the
source page itself where the visitor's language has no pages at all. That
text then carries its own `lang` attribute (screen readers switch voice) and
a notice links the languages the page is written in.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import translate_url
from django.utils.functional import cached_property
from django.utils.translation import get_language_info

from wagtail.models import Page

from core.languages import own_full_url, own_url, reader_language

AUTONYMS = dict(settings.LANGUAGES)


@dataclass(frozen=True)
class Translation:
    code: str
    name: str  # in its own language, as settings.LANGUAGES writes it
    url: str


@dataclass(frozen=True)
class ContentLanguage:
    code: str  # the language the page's text is written in
    reader: str  # the language the visitor reads the site in
    translations: list[Translation] = field(default_factory=list)

    @property
    def differs(self) -> bool:
        return self.code != self.reader

    @property
    def reader_language_name(self) -> str:
        """The visitor's language, named in that language's interface."""
        return get_language_info(self.reader)["name_translated"]


def text_language(page: Page) -> str:
    """The language `page`'s text is written in: its source's for an alias."""
    source = page.alias_of if page.alias_of_id else page
    return source.locale.language_code


class ContentLanguageMixin:
    """For page types: `page.content_language`, the language of the page's
    text (a query may annotate it; else it is read from the page's locale)."""

    @cached_property
    def content_language(self) -> str:
        return text_language(self)

    def get_sitemap_urls(self, request=None):
        """One entry per language the page is written in, each naming the
        others as hreflang alternates (the default language's as x-default).
        Aliases, and the page under another language's prefix, repeat its
        text: they are not listed."""
        if self.alias_of_id is not None:
            return []
        pages = {
            page.locale.language_code: page
            for page in self.get_translations(inclusive=True)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        }
        urls = {code: own_full_url(pages[code], request) for code in AUTONYMS if code in pages}
        alternates = []
        if len(urls) > 1:
            alternates = [{"lang_code": code, "location": url} for code, url in urls.items()]
            if settings.LANGUAGE_CODE in urls:
                alternates.append(
                    {"lang_code": "x-default", "location": urls[settings.LANGUAGE_CODE]}
                )
        return [
            {
                "location": url,
                "lastmod": pages[code].last_published_at or pages[code].latest_revision_created_at,
                "alternates": alternates,
            }
            for code, url in urls.items()
        ]


def written_in(page: Page, request=None) -> list[Translation]:
    """The live pages with `page`'s text written out (not aliases), one per
    language, in the order of settings.LANGUAGES; one query."""
    pages = {
        translation.locale.language_code: translation
        for translation in page.get_translations(inclusive=True)
        .live()
        .filter(alias_of__isnull=True)
        .select_related("locale")
    }
    return [
        Translation(code, AUTONYMS[code], own_url(pages[code], request))
        for code in AUTONYMS
        if code in pages
    ]


def content_language(page: Page, request=None) -> ContentLanguage:
    code = getattr(page, "content_language", None) or text_language(page)
    reader = reader_language()
    if code == reader:
        return ContentLanguage(code, reader)
    return ContentLanguage(code, reader, written_in(page, request))


def other_language_text(code: str, written: set[str], path: str) -> ContentLanguage:
    """For a text that is not a page (a partnership's texts): it is written in
    `code` and read at `path` in the reader's language; each language of
    `written` reads it at the same address under its own prefix."""
    reader = reader_language()
    if code == reader:
        return ContentLanguage(code, reader)
    return ContentLanguage(
        code,
        reader,
        [
            Translation(language, AUTONYMS[language], translate_url(path, language))
            for language in AUTONYMS
            if language in written
        ],
    )
