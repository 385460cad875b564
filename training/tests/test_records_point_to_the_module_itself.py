"""Learning records made on a module's translation or on the alias
wagtail-localize keeps of it point to the module itself (its page in the
default language): deleting or re-making a translation leaves every
enrolment, lesson done, attempt and certificate in place, and one module
never gets two certificates for one person."""

import pytest

from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from core.factories import UserFactory, coordinator
from training.certificate_services import certificate_issue
from training.models import AssessmentAttempt, Certificate, Enrolment, LessonProgress

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(client):
    user = UserFactory(preferred_language="km")
    client.force_login(user)
    return user


@pytest.fixture
def aliases(module, lessons, khmer):
    """Khmer synced from English: the module and its lessons as aliases."""
    LocaleSynchronization.objects.create(
        locale=khmer, sync_from=Locale.objects.get(language_code="en")
    )
    alias = module.get_translation(khmer).specific
    assert alias.alias_of_id == module.pk
    return alias, [lesson.get_translation(khmer).specific for lesson in lessons]


@pytest.fixture
def translated(module, lessons, khmer, translate):
    """The module and its lessons translated into Khmer (no sync)."""
    translate(module, khmer)
    for lesson in lessons:
        translate(lesson, khmer)
    page = module.get_translation(khmer).specific
    assert page.alias_of_id is None
    return page, [lesson.get_translation(khmer).specific for lesson in lessons]


def right_answers(module) -> dict:
    return {
        f"q-{question.id}": [str(i) for i in sorted(question.correct)]
        for question in module.assessment_questions()
    }


@pytest.mark.parametrize("kind", ["aliases", "translated"])
def test_everything_done_in_khmer_is_recorded_on_the_module(
    client, learner, module, lessons, kind, request
):
    khmer_module, khmer_lessons = request.getfixturevalue(kind)
    client.post(reverse("training:enrol", args=[khmer_module.pk]))
    for lesson in khmer_lessons:
        client.post(reverse("training:lesson_done", args=[lesson.pk]))
    client.post(reverse("training:assessment", args=[khmer_module.pk]), right_answers(module))
    certificate, _created = certificate_issue(
        holder=learner, module=khmer_module, issued_by=coordinator()
    )

    assert Enrolment.objects.get(user=learner).module_id == module.pk
    assert set(LessonProgress.objects.filter(user=learner).values_list("lesson", flat=True)) == {
        lesson.pk for lesson in lessons
    }
    assert AssessmentAttempt.objects.get(user=learner).module_id == module.pk
    assert certificate.module_id == module.pk
    # Printed from the holder's language where the module is translated.
    assert certificate.module_title == (
        khmer_module.title if kind == "translated" else module.title
    )
    # Issued again from the English page: the same certificate.
    again, created = certificate_issue(holder=learner, module=module, issued_by=coordinator())
    assert (again, created) == (certificate, False)


def test_deleting_the_khmer_translation_keeps_the_records(client, learner, module, translated):
    khmer_module, khmer_lessons = translated
    client.post(reverse("training:enrol", args=[khmer_module.pk]))
    client.post(reverse("training:lesson_done", args=[khmer_lessons[0].pk]))
    client.post(reverse("training:assessment", args=[khmer_module.pk]), right_answers(module))
    certificate_issue(holder=learner, module=khmer_module, issued_by=coordinator())

    khmer_module.delete()  # with its lessons; a certificate would have forbidden it

    assert Enrolment.objects.filter(user=learner, module=module).exists()
    assert LessonProgress.objects.filter(user=learner).count() == 1
    assert AssessmentAttempt.objects.filter(user=learner, module=module).count() == 1
    assert Certificate.objects.valid().of(learner).get().module_id == module.pk


def test_the_migration_moves_records_made_on_translations(learner, module, lessons, translated):
    """Records made before this fix pointed to the Khmer pages: the data
    migration points them to the module; a lesson done twice is kept once."""
    from importlib import import_module

    from django.apps import apps

    khmer_module, khmer_lessons = translated
    Enrolment.objects.create(user=learner, module=khmer_module)
    LessonProgress.objects.create(user=learner, lesson=khmer_lessons[0])
    LessonProgress.objects.create(user=learner, lesson=khmer_lessons[1])
    LessonProgress.objects.create(user=learner, lesson=lessons[1])
    AssessmentAttempt.objects.create(
        user=learner, module=khmer_module, answers={}, score=100, passed=True
    )

    import_module("training.migrations.0010_learning_records_on_the_module_itself").move_records(
        apps, None
    )

    assert Enrolment.objects.get(user=learner).module_id == module.pk
    assert sorted(LessonProgress.objects.values_list("lesson", flat=True)) == sorted(
        lesson.pk for lesson in lessons
    )
    assert AssessmentAttempt.objects.get(user=learner).module_id == module.pk


def test_the_dashboard_names_the_module_in_the_readers_language(client, learner, translated):
    khmer_module, _lessons = translated
    client.post(reverse("training:enrol", args=[khmer_module.pk]))
    with translation.override("km"):
        url = reverse("training:dashboard")
    html = client.get(url).text
    assert f">{khmer_module.title}</a>" in html
    assert f'href="{khmer_module.url}"' in html
