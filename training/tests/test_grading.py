import pytest

from training.questions import MULTIPLE, SINGLE, InvalidAnswers, Question, grade

QUESTIONS = [
    Question("q1", "One?", SINGLE, ("a", "b"), frozenset({0}), ""),
    Question("q2", "Two?", MULTIPLE, ("a", "b", "c"), frozenset({1, 2}), ""),
]


def test_all_right_scores_100_and_passes():
    result = grade(QUESTIONS, {"q1": [0], "q2": [2, 1]}, pass_mark=70)
    assert (result.score, result.passed) == (100, True)


def test_multiple_choice_needs_exactly_the_correct_set():
    result = grade(QUESTIONS, {"q1": [0], "q2": [1]}, pass_mark=70)
    assert (result.score, result.passed, result.correct_ids) == (50, False, {"q1"})


def test_unanswered_questions_count_as_wrong():
    assert grade(QUESTIONS, {}, pass_mark=50).score == 0


def test_pass_mark_is_inclusive():
    assert grade(QUESTIONS, {"q1": [0]}, pass_mark=50).passed


def test_answers_to_unknown_questions_are_refused():
    with pytest.raises(InvalidAnswers):
        grade(QUESTIONS, {"q1": [0], "elsewhere": [0]}, pass_mark=50)


def test_unknown_choice_is_refused():
    with pytest.raises(InvalidAnswers):
        grade(QUESTIONS, {"q1": [5]}, pass_mark=50)


def test_two_answers_to_a_single_choice_question_are_refused():
    with pytest.raises(InvalidAnswers):
        grade(QUESTIONS, {"q1": [0, 1]}, pass_mark=50)
