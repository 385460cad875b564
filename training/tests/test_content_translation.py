"""Coordinators translate training pages with wagtail-localize: in the admin,
or through a PO file an outside translator fills in; a changed source leaves
its translations waiting until they are synced."""

import polib
import pytest

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from core.factories import coordinator
from training.factories import translated_po
from training.models import LessonPage, TrainingModulePage

pytestmark = pytest.mark.django_db


def test_a_module_and_its_assessment_are_translated_from_a_po_file(module, khmer, translate):
    translation = translate(module, khmer)

    khmer_module = module.get_translation(khmer).specific
    assert khmer_module.live
    assert khmer_module.title == "ខ្មែរ Junction design"
    assert khmer_module.summary == "ខ្មែរ What the module is about."
    questions = khmer_module.assessment_questions()
    assert [question.text for question in questions] == ["ខ្មែរ Pick A", "ខ្មែរ Pick B and C"]
    # Which answers are right is not text, and answers are stored by question
    # id: both stay as in the source, so an attempt grades the same everywhere.
    english = module.assessment_questions()
    assert [(q.id, q.correct) for q in questions] == [(q.id, q.correct) for q in english]
    assert translation.get_status_display() == "Up to date"


def test_lessons_are_translated_under_the_translated_module(module, lessons, khmer, translate):
    translate(module, khmer)
    translate(lessons[0], khmer)

    khmer_module = module.get_translation(khmer)
    khmer_lesson = lessons[0].get_translation(khmer).specific
    assert khmer_lesson.get_parent().pk == khmer_module.pk
    assert khmer_lesson.title == f"ខ្មែរ {lessons[0].title}"
    assert "ខ្មែរ Lesson text." in str(khmer_lesson.body)


def test_a_changed_source_leaves_the_translation_waiting_until_synced(
    module, khmer, translate, django_capture_on_commit_callbacks
):
    translation = translate(module, khmer)

    module.summary = "A new summary."
    module.save_revision().publish()
    # "Sync translated pages" in the admin: the source is read again.
    translation.source.update_from_db()

    total, done = translation.get_progress()
    assert done == total - 1
    assert translation.get_status_display() == "Waiting for translations"
    khmer_module = module.get_translation(khmer).specific
    assert khmer_module.summary == "ខ្មែរ What the module is about."

    with django_capture_on_commit_callbacks(execute=True):
        translation.import_po(translated_po(polib.pofile(str(translation.export_po()))))
        translation.save_target(publish=True)
    khmer_module = TrainingModulePage.objects.get(pk=khmer_module.pk)
    assert khmer_module.summary == "ខ្មែរ A new summary."
    assert translation.get_status_display() == "Up to date"


def test_the_po_file_names_every_text_of_the_module(module, khmer):
    source, _created = TranslationSource.get_or_create_from_instance(module)
    translation = Translation.objects.create(source=source, target_locale=khmer)
    msgids = {entry.msgid for entry in polib.pofile(str(translation.export_po()))}
    assert {"Junction design", "What the module is about.", "Pick A", "Because: Pick A"} <= msgids
    assert "Understand the basics." in msgids


def test_coordinators_find_translate_this_page_in_the_admin(client, module, khmer):
    client.force_login(coordinator())
    response = client.get(f"/admin/pages/{module.pk}/edit/")
    assert response.status_code == 200
    assert f"/admin/localize/submit/page/{module.pk}/" in response.text

    response = client.post(
        f"/admin/localize/submit/page/{module.pk}/",
        {"locales": [khmer.pk], "include_subtree": "on"},
    )
    assert response.status_code == 302
    assert module.get_translation(khmer).get_children().count() == 2
    assert LessonPage.objects.filter(locale=khmer).count() == 2


def test_the_translation_editor_opens_for_a_coordinator(client, module, khmer, translate):
    translate(module, khmer)
    client.force_login(coordinator())
    response = client.get(f"/admin/pages/{module.get_translation(khmer).pk}/edit/")
    assert response.status_code == 200
    assert "Junction design" in response.text


def test_the_french_translation_made_before_wagtail_localize_stays_editable(client, module):
    french = module.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french.title = "Conception des carrefours"
    french.save_revision().publish()
    client.force_login(coordinator())
    response = client.get(f"/admin/pages/{french.pk}/edit/")
    assert response.status_code == 200
    assert "Conception des carrefours" in response.text
    assert client.get(french.url).status_code == 200
