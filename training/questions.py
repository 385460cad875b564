"""Assessment questions as StreamField blocks, and server-side grading.

Questions live on the module page (an "Assessment" tab) so editors build
them in the Wagtail admin and they are translated with the page. Each
question is identified by its block id; choices by their position.
`grade` is a pure function: it takes the questions and the submitted
answers and returns the score, with no database access.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

SINGLE = "single"
MULTIPLE = "multiple"


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("answer"))
    correct = blocks.BooleanBlock(label=_("correct"), required=False)


class QuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("question"))
    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[(SINGLE, _("Single choice")), (MULTIPLE, _("Multiple choice"))],
        default=SINGLE,
    )
    choices = blocks.ListBlock(ChoiceBlock(), label=_("answers"), min_num=2)
    explanation = blocks.TextBlock(
        label=_("explanation"),
        help_text=_("Shown once the learner has passed or used all their attempts."),
    )

    class Meta:
        icon = "help"
        template = "blocks/question.html"
        label = _("Question")
        description = _("A single- or multiple-choice question with an explanation.")
        preview_value = {
            "text": "Which movement gets the longest green time?",
            "kind": SINGLE,
            "choices": [
                {"text": "The busiest one", "correct": True},
                {"text": "The first one in the cycle", "correct": False},
            ],
            "explanation": "Green time is shared in proportion to the flows.",
        }

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for choice in value["choices"] if choice["correct"])
        if correct == 0:
            raise blocks.StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark at least one correct answer."))}
            )
        if value["kind"] == SINGLE and correct > 1:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "choices": ValidationError(
                        _("A single-choice question has exactly one correct answer.")
                    )
                }
            )
        return value


class QuestionStreamBlock(blocks.StreamBlock):
    question = QuestionBlock()


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    kind: str
    choices: tuple[str, ...]
    correct: frozenset[int]
    explanation: str


@dataclass(frozen=True)
class Grade:
    score: int  # percent, 0-100
    passed: bool
    correct_ids: frozenset[str]


class InvalidAnswers(ValueError):
    """Answers that do not belong to this assessment's questions."""


def questions_from_stream(stream) -> list[Question]:
    return [
        Question(
            id=child.id,
            text=child.value["text"],
            kind=child.value["kind"],
            choices=tuple(choice["text"] for choice in child.value["choices"]),
            correct=frozenset(i for i, c in enumerate(child.value["choices"]) if c["correct"]),
            explanation=child.value["explanation"],
        )
        for child in stream
        if child.block_type == "question"
    ]


def grade(
    questions: Iterable[Question], answers: Mapping[str, Iterable[int]], pass_mark: int
) -> Grade:
    """Score `answers` ({question id: chosen choice indexes}) against `questions`.

    A question counts as right when exactly its correct choices are chosen.
    Answers naming an unknown question or choice raise InvalidAnswers.
    """
    questions = list(questions)
    by_id = {question.id: question for question in questions}
    unknown = set(answers) - set(by_id)
    if unknown:
        raise InvalidAnswers(f"unknown questions: {sorted(unknown)}")
    correct_ids = set()
    for question_id, chosen in answers.items():
        question = by_id[question_id]
        chosen = frozenset(chosen)
        if any(not 0 <= index < len(question.choices) for index in chosen):
            raise InvalidAnswers(f"unknown choice for question {question_id}")
        if question.kind == SINGLE and len(chosen) > 1:
            raise InvalidAnswers(f"several answers to single-choice question {question_id}")
        if chosen == question.correct:
            correct_ids.add(question_id)
    score = round(100 * len(correct_ids) / len(questions)) if questions else 0
    return Grade(score=score, passed=score >= pass_mark, correct_ids=frozenset(correct_ids))


@dataclass(frozen=True)
class Reviewed:
    number: int  # 1-based, as shown
    question: Question
    chosen: frozenset[int]
    right: bool


def review(questions: Iterable[Question], answers: Mapping[str, Iterable[int]]) -> list[Reviewed]:
    """Each question with the choices given in `answers` and whether they
    were right. Unlike `grade`, tolerant: a stored attempt may name
    questions since removed (ignored); an unanswered question is wrong."""
    return [
        Reviewed(
            number=number,
            question=question,
            chosen=frozenset(answers.get(question.id, ())),
            right=frozenset(answers.get(question.id, ())) == question.correct,
        )
        for number, question in enumerate(questions, start=1)
    ]
