"""English and French are complete; the French interface really is French."""

from pathlib import Path

import pytest

CATALOGUE = Path(__file__).resolve().parent.parent / "locale" / "fr" / "LC_MESSAGES" / "django.po"


def entries(path: Path) -> list[tuple[str, str, bool]]:
    """(msgid, msgstr, fuzzy) for every entry but the header."""
    result, msgid, msgstr, fuzzy, field = [], None, None, False, None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        elif line.startswith("msgid "):
            msgid, field = line[7:-1], "id"
        elif line.startswith("msgstr "):
            msgstr, field = line[8:-1], "str"
        elif line.startswith('"') and field == "id":
            msgid += line[1:-1]
        elif line.startswith('"') and field == "str":
            msgstr += line[1:-1]
        elif not line.strip() and msgid is not None:
            if msgid:
                result.append((msgid, msgstr, fuzzy))
            msgid, msgstr, fuzzy, field = None, None, False, None
    return result


def test_every_french_string_is_translated():
    missing = [msgid for msgid, msgstr, fuzzy in entries(CATALOGUE) if not msgstr or fuzzy]
    assert missing == []


@pytest.mark.django_db
def test_french_pages_are_in_french(client):
    response = client.get("/fr/partnerships/")
    assert "<h1>Partenariats</h1>" in response.text
    assert "Se connecter" in response.text
