"""docs/privacy.md shows the registry as the code has it."""

from django.conf import settings

from core.privacy import registry_table


def test_the_privacy_doc_shows_the_registry():
    doc = (settings.BASE_DIR / "docs" / "privacy.md").read_text()
    assert registry_table() in doc, (
        "docs/privacy.md is out of date: paste core.privacy.registry_table() under 'What is held'"
    )
