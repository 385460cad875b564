"""A failed attempt says which questions were wrong; explanations come by the module's rule."""

import pytest

from django.urls import reverse

from core.factories import UserFactory
from training.demo import _questions
from training.demo_content import MODULES
from training.factories import TrainingModulePageFactory, question
from training.services import enrolment_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_questions(catalogue):
    return TrainingModulePageFactory(
        parent=catalogue,
        pass_mark=100,
        max_attempts=2,
        questions=[
            question("Pick A", [("A", True), ("B", False)]),
            question("Pick B", [("A", False), ("B", True)]),
            question("Pick A and B", [("A", True), ("B", True), ("C", False)], kind="multiple"),
        ],
    )


@pytest.fixture
def learner(client, three_questions):
    user = UserFactory()
    enrolment_create(user=user, module=three_questions)
    client.force_login(user)
    return user


def answers(module, *chosen) -> dict:
    return {
        f"q-{q.id}": [str(i) for i in c]
        for q, c in zip(module.assessment_questions(), chosen, strict=True)
    }


def url(module) -> str:
    return reverse("training:assessment", args=[module.pk])


def test_a_failed_attempt_names_the_wrong_questions_without_the_answers(
    client, learner, three_questions
):
    module = three_questions
    response = client.post(url(module), answers(module, [0], [0], [0]), follow=True)
    text = response.text
    assert "Questions to look at again: 2, 3." in text
    assert "questions 2, 3 were wrong" in text
    assert text.count('status--warn">wrong last time') == 2
    assert "Because: Pick A" not in text  # explanations wait (pass or last attempt)
    assert "your answer was wrong" not in text


def test_after_the_last_attempt_each_explanation_says_right_or_wrong(
    client, learner, three_questions
):
    module = three_questions
    client.post(url(module), answers(module, [0], [0], [0]))
    response = client.post(url(module), answers(module, [0], [1], [0]), follow=True)
    text = response.text
    assert "question 3 was wrong" in text
    assert "Because: Pick A and B" in text
    assert text.count("your answer was right") == 2
    assert text.count("your answer was wrong") == 1


def test_several_answers_is_said_once_per_question(client, catalogue):
    spec = MODULES[0]
    module = TrainingModulePageFactory(parent=catalogue, questions=_questions(spec, "en"))
    user = UserFactory()
    enrolment_create(user=user, module=module)
    client.force_login(user)
    text = client.get(url(module)).text
    multiple = sum(1 for q in spec["questions"] if q["kind"] == "multiple")
    assert multiple
    assert text.count("several answers") == multiple
