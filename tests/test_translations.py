"""English, French, Portuguese and Khmer are complete; each interface really is in its language."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parent.parent / "locale"
COMPLETE = ["fr", "pt", "km"]


def catalogue(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "django.po"


@pytest.mark.parametrize("language", COMPLETE)
def test_every_string_is_translated(language):
    entries = polib.pofile(str(catalogue(language)))
    missing = [entry.msgid for entry in entries.untranslated_entries()]
    fuzzy = [entry.msgid for entry in entries.fuzzy_entries()]
    assert (missing, fuzzy) == ([], [])


def _translations(entries) -> dict:
    return {
        (entry.msgctxt, entry.msgid): entry.msgstr or sorted(entry.msgstr_plural.items())
        for entry in entries
        if entry.msgid
    }


@pytest.mark.parametrize("language", COMPLETE)
def test_the_compiled_catalogue_matches_the_sources(language):
    """`make messages` was run after the last translation: the .mo is current."""
    source = catalogue(language)
    entries = polib.pofile(str(source))
    compiled = polib.mofile(str(source.with_suffix(".mo")))
    assert _translations(compiled) == _translations(entries.translated_entries())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("prefix", "heading", "log_in"),
    [
        ("/fr", "Partenariats", "Se connecter"),
        ("/pt", "Parcerias", "Entrar"),
        ("/km", "ភាពជាដៃគូ", "ចូល"),
    ],
)
def test_pages_are_in_their_language(client, prefix, heading, log_in):
    response = client.get(f"{prefix}/partnerships/")
    assert f"<h1>{heading}</h1>" in response.text
    assert log_in in response.text
