"""A certificate speaks its holder's language, from one template.

The words come from the gettext catalogues; the module's title and
outcomes come from the module's live translation in that language when
there is one. The PDF is read back with pdftotext (Khmer compared without
whitespace: poppler may put spaces inside a Khmer word).
"""

import subprocess

import pytest

from wagtail.models import Locale

from core.factories import UserFactory
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db


def _text(certificate) -> str:
    with certificate.pdf.open("rb") as handle:
        pdf = handle.read()
    return subprocess.run(  # noqa: S603
        ["pdftotext", "-enc", "UTF-8", "-", "-"],  # noqa: S607
        input=pdf,
        capture_output=True,
        check=True,
    ).stdout.decode()


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _translate(module, language: str, *, title: str, objectives: str):
    locale = Locale.objects.get_or_create(language_code=language)[0]
    translation = module.copy_for_translation(locale, copy_parents=True).specific
    translation.title = title
    translation.objectives = objectives
    translation.save_revision().publish()
    return translation


@pytest.fixture
def translated_module(module):
    module.objectives = "<ul><li>Design a safe junction.</li></ul>"
    module.save_revision().publish()
    _translate(
        module,
        "fr",
        title="Conception des carrefours",
        objectives="<ul><li>Concevoir un carrefour sûr.</li></ul>",
    )
    _translate(
        module,
        "pt",
        title="Projeto de cruzamentos",
        objectives="<ul><li>Projetar um cruzamento seguro.</li></ul>",
    )
    _translate(
        module,
        "km",
        title="ការរចនាផ្លូវប្រសព្វ",
        objectives="<ul><li>រចនាផ្លូវប្រសព្វដែលមានសុវត្ថិភាព</li></ul>",
    )
    return module


# Poppler maps some stacked Khmer clusters back to fewer code points (see
# docs/documents.md): the Khmer expectations are phrases it extracts intact.
@pytest.mark.parametrize(
    ("language", "wording", "title", "outcome"),
    [
        ("en", "Certificate of completion", "Junction design", "Design a safe junction."),
        ("fr", "Attestation de formation", "Conception des carrefours", "Concevoir un carrefour"),
        ("pt", "Certificado de conclusão", "Projeto de cruzamentos", "Projetar um cruzamento"),
        ("km", "សូមបញ្ជាក់ថា", "ការរចនាផ្លូវ", "សុវត្ថិភាព"),
    ],
)
def test_the_holders_language_decides_words_title_and_outcomes(
    translated_module, language, wording, title, outcome
):
    holder = UserFactory(preferred_language=language, first_name="Dara", last_name="Sok")

    certificate, _ = certificate_issue(holder=holder, module=translated_module, issued_by=None)

    text = _squeezed(_text(certificate))
    assert certificate.language == language
    assert certificate.module_title.startswith(title)
    for expected in (wording, title, outcome, "DaraSok"):
        assert _squeezed(expected) in text


def test_portuguese_and_khmer_sentences_are_translated_not_only_the_name(translated_module):
    portuguese = certificate_issue(
        holder=UserFactory(preferred_language="pt"), module=translated_module, issued_by=None
    )[0]
    khmer = certificate_issue(
        holder=UserFactory(preferred_language="km"), module=translated_module, issued_by=None
    )[0]

    assert "concluiucomêxito" in _squeezed(_text(portuguese))
    assert "horasdeformação" in _squeezed(_text(portuguese))
    assert "រយៈ" in _squeezed(_text(khmer))  # "for a period of" (hours of training)
    assert "hours" not in _text(khmer)


def test_without_a_translation_the_source_title_is_printed_in_the_holders_words(module):
    holder = UserFactory(preferred_language="pt")

    certificate, _ = certificate_issue(holder=holder, module=module, issued_by=None)

    text = _squeezed(_text(certificate))
    assert certificate.module_title == "Junction design"
    assert "Certificadodeconclusão" in text


def test_a_draft_translation_is_not_printed(module):
    locale = Locale.objects.get_or_create(language_code="fr")[0]
    draft = module.copy_for_translation(locale, copy_parents=True).specific
    draft.title = "Brouillon"
    draft.live = False
    draft.save_revision()
    draft.save()

    certificate, _ = certificate_issue(
        holder=UserFactory(preferred_language="fr"), module=module, issued_by=None
    )

    assert certificate.module_title == "Junction design"
