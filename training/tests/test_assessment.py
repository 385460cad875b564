import pytest

from django.urls import reverse

from core.factories import UserFactory
from training.factories import TrainingModulePageFactory, question
from training.models import AssessmentAttempt, Enrolment
from training.services import enrolment_create, lesson_mark_done

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(client, module):
    user = UserFactory()
    enrolment_create(user=user, module=module)
    client.force_login(user)
    return user


def right_answers(module):
    q1, q2 = module.assessment_questions()
    return {f"q-{q1.id}": ["0"], f"q-{q2.id}": ["1", "2"]}


def wrong_answers(module):
    q1, q2 = module.assessment_questions()
    return {f"q-{q1.id}": ["1"], f"q-{q2.id}": ["0"]}


def url(module):
    return reverse("training:assessment", args=[module.pk])


def test_passing_shows_score_and_explanations(client, learner, module):
    response = client.post(url(module), right_answers(module), follow=True)
    assert "You passed with 100%" in response.text
    assert "Because: Pick A" in response.text
    attempt = AssessmentAttempt.objects.get(user=learner)
    assert (attempt.score, attempt.passed) == (100, True)


def test_failing_hides_explanations_while_attempts_remain(client, learner, module):
    response = client.post(url(module), wrong_answers(module), follow=True)
    assert "You scored 0%" in response.text
    assert "Because: Pick A" not in response.text
    assert "2 attempts left" in response.text


def test_explanations_shown_after_last_attempt_and_further_attempts_refused(
    client, learner, module
):
    for _ in range(module.max_attempts):
        client.post(url(module), wrong_answers(module))
    response = client.get(url(module))
    assert "Because: Pick A" in response.text
    assert "used all your attempts" in response.text
    response = client.post(url(module), right_answers(module), follow=True)
    assert "used all your attempts" in response.text
    assert AssessmentAttempt.objects.filter(user=learner).count() == module.max_attempts


def test_answers_for_another_assessment_are_rejected_and_nothing_recorded(
    client, learner, catalogue, module
):
    other = TrainingModulePageFactory(
        parent=catalogue, questions=[question("Elsewhere", [("x", True), ("y", False)])]
    )
    foreign = other.assessment_questions()[0]
    answers = {**right_answers(module), f"q-{foreign.id}": ["0"]}
    response = client.post(url(module), answers, follow=True)
    assert "do not match this assessment" in response.text
    assert not AssessmentAttempt.objects.exists()


def test_garbage_answers_are_rejected(client, learner, module):
    q1 = module.assessment_questions()[0]
    response = client.post(url(module), {f"q-{q1.id}": ["zero"]}, follow=True)
    assert "cannot be accepted" in response.text
    assert not AssessmentAttempt.objects.exists()


def test_passing_twice_is_refused(client, learner, module):
    client.post(url(module), right_answers(module))
    response = client.post(url(module), right_answers(module), follow=True)
    assert "already passed" in response.text
    assert AssessmentAttempt.objects.count() == 1


def test_not_enrolled_cannot_take_the_assessment(client, module):
    client.force_login(UserFactory())
    response = client.post(url(module), right_answers(module), follow=True)
    assert "Enrol in the module before" in response.text
    assert not AssessmentAttempt.objects.exists()


def test_passing_after_the_lessons_completes_the_module(client, learner, module, lessons):
    for lesson in lessons:
        lesson_mark_done(user=learner, lesson=lesson)
    client.post(url(module), right_answers(module))
    assert Enrolment.objects.get(user=learner).completed_at is not None
