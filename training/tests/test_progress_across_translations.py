"""Enrolment, lesson progress, attempts and certificates belong to the module,
not to one of its translations: what a learner does in Khmer counts in
English and French too, and the other way round."""

import pytest

from django.urls import reverse

from core.factories import UserFactory
from core.languages import own_url
from training.models import AssessmentAttempt, Certificate, Enrolment
from training.progress import dashboard
from training.services import (
    AlreadyEnrolled,
    AssessmentRefused,
    assessment_submit,
    enrolment_create,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def khmer_module(module, lessons, khmer, translate):
    translate(module, khmer)
    for lesson in lessons:
        translate(lesson, khmer)
    return module.get_translation(khmer).specific


@pytest.fixture
def learner(client):
    user = UserFactory(preferred_language="km")
    client.force_login(user)
    return user


def _answers(module, *, right: bool) -> dict:
    data = {}
    for question in module.assessment_questions():
        chosen = question.correct if right else set(range(len(question.choices))) - question.correct
        data[f"q-{question.id}"] = [str(i) for i in sorted(chosen)]
    return data


def test_enrolling_in_khmer_is_enrolling_in_the_module(client, learner, module, khmer_module):
    client.post(reverse("training:enrol", args=[khmer_module.pk]))
    assert Enrolment.objects.of(learner).for_module(module).count() == 1
    with pytest.raises(AlreadyEnrolled):
        enrolment_create(user=learner, module=module)
    page = client.get(own_url(module))
    assert "You are enrolled in this self-paced module." in page.text


def test_a_lesson_done_in_khmer_is_done_in_english(client, learner, module, khmer_module):
    enrolment_create(user=learner, module=module)  # enrolled on the English page
    khmer_lesson = khmer_module.lessons().first()
    response = client.post(reverse("training:lesson_done", args=[khmer_lesson.pk]))
    assert response.status_code == 302

    english_lesson = module.lessons().first()
    assert client.get(own_url(english_lesson)).context["lesson_done"] is True
    assert client.get(khmer_lesson.url).context["lesson_done"] is True
    progress = client.get(own_url(module)).context["progress"]
    assert progress.record.lessons_done == 1
    assert progress.next_lesson == module.lessons()[1]
    [item] = dashboard(learner)["in_progress"]
    assert item.percent == client.get(khmer_module.url).context["progress"].percent > 0


def test_attempts_count_across_translations(client, learner, module, khmer_module):
    module.max_attempts = 2
    module.save_revision().publish()
    khmer_module.max_attempts = 2
    khmer_module.save_revision().publish()
    enrolment_create(user=learner, module=khmer_module)
    client.post(
        reverse("training:assessment", args=[khmer_module.pk]),
        _answers(khmer_module, right=False),
    )
    client.post(reverse("training:assessment", args=[module.pk]), _answers(module, right=False))
    assert AssessmentAttempt.objects.of(learner).for_module(module).count() == 2
    page = client.get(reverse("training:assessment", args=[khmer_module.pk]))
    assert page.context["attempts_left"] == 0
    with pytest.raises(AssessmentRefused):
        assessment_submit(user=learner, module=khmer_module, answers={})


def test_completing_the_module_in_khmer_certifies_it_in_every_language(
    client, learner, module, khmer_module, django_capture_on_commit_callbacks
):
    enrolment_create(user=learner, module=module)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in khmer_module.lessons():
            client.post(reverse("training:lesson_done", args=[lesson.pk]))
        client.post(
            reverse("training:assessment", args=[khmer_module.pk]),
            _answers(khmer_module, right=True),
        )

    enrolment = Enrolment.objects.of(learner).for_module(module).get()
    assert enrolment.is_completed
    certificate = Certificate.objects.valid().of(learner).get()
    assert certificate.module.translation_key == module.translation_key
    # Printed from the Khmer translation, the holder's language.
    assert certificate.module_title == khmer_module.title
    for page in (module, khmer_module):
        assert client.get(page.url).context["certificate"] == certificate
    [item] = dashboard(learner)["completed"]
    assert item.certificate == certificate
