"""English and French are complete; the French interface really is French."""

from pathlib import Path

import polib
import pytest

CATALOGUE = Path(__file__).resolve().parent.parent / "locale" / "fr" / "LC_MESSAGES" / "django.po"


def test_every_french_string_is_translated():
    catalogue = polib.pofile(str(CATALOGUE))
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert (missing, fuzzy) == ([], [])


def _translations(entries) -> dict:
    return {
        (entry.msgctxt, entry.msgid): entry.msgstr or sorted(entry.msgstr_plural.items())
        for entry in entries
        if entry.msgid
    }


def test_the_compiled_catalogue_matches_the_sources():
    """`make messages` was run after the last translation: the .mo is current."""
    catalogue = polib.pofile(str(CATALOGUE))
    compiled = polib.mofile(str(CATALOGUE.with_suffix(".mo")))
    assert _translations(compiled) == _translations(catalogue.translated_entries())


@pytest.mark.django_db
def test_french_pages_are_in_french(client):
    response = client.get("/fr/partnerships/")
    assert "<h1>Partenariats</h1>" in response.text
    assert "Se connecter" in response.text
