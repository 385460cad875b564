"""Demo translations made the way a coordinator makes them: through
wagtail-localize, from a PO file an outside translator filled in.

The demo keeps its translated texts as page fields in the source page's
structure (the same blocks, paragraphs and list items). `page_translate`
pairs each English sentence with the translated one, hands them to
wagtail-localize as a PO file and publishes the translation, so it stays
synced: a coordinator can export it, re-import it, and "Sync translated
pages" marks it out of date when the English page changes.
"""

from collections import Counter

import polib

from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue


class StructureMismatch(ValueError):
    """The translated texts are not shaped like the source page."""


def _sentences(page: Page | TranslatableMixin) -> dict[tuple[str, int], str]:
    """Each translatable string of `page`, by its content path and rank there."""
    seen: Counter = Counter()
    sentences = {}
    for segment in extract_segments(page):
        if isinstance(segment, StringSegmentValue):
            sentences[(segment.path, seen[segment.path])] = segment.string.data
            seen[segment.path] += 1
    return sentences


def translator_po(source_page: Page | TranslatableMixin, fields: dict) -> polib.POFile:
    """The PO file a translator would send back for `source_page` (a page or
    a translatable snippet), with the texts of `fields` (the translated
    values of its fields)."""
    original = source_page.specific if isinstance(source_page, Page) else source_page
    translated = type(original).objects.get(pk=original.pk)
    for name, value in fields.items():
        setattr(translated, name, value)
    source, target = _sentences(original), _sentences(translated)
    if source.keys() != target.keys():
        raise StructureMismatch(
            f"{source_page}: {sorted(set(source) ^ set(target))[:5]} differ from the source"
        )
    po = polib.POFile()
    for (path, rank), text in source.items():
        po.append(polib.POEntry(msgid=text, msgctxt=path, msgstr=target[(path, rank)]))
    return po


def page_translate(*, page: Page, language: str, fields: dict) -> Page:
    """Translate `page` into `language` with wagtail-localize and publish it,
    unless a translation is already there (an editor's work is kept); an
    alias that wagtail-localize keeps of the page becomes the translation."""
    locale = Locale.objects.get(language_code=language)
    existing = page.get_translation_or_none(locale)
    if existing is not None and existing.alias_of_id is None:
        return existing.specific
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    translation.import_po(translator_po(page, fields), translation_type="machine")
    translated, _created = source.create_or_update_translation(
        locale, publish=False, copy_parent_pages=True, fallback=True
    )
    # Published now rather than after the demo's transaction commits, so the
    # rest of the demo sees it live.
    translated.get_latest_revision().publish()
    return translated.specific


def instance_translate(
    *, instance: TranslatableMixin, language: str, fields: dict
) -> TranslatableMixin:
    """Translate a snippet (not a page) into `language` with wagtail-localize,
    unless a translation is already there (an editor's work is kept)."""
    locale = Locale.objects.get(language_code=language)
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    translation.import_po(translator_po(instance, fields), translation_type="machine")
    translated, _created = source.create_or_update_translation(locale, fallback=True)
    return translated
