from training.completion import (
    CompletionRule,
    LearnerRecord,
    Missing,
    attendance_rate,
    is_module_completed,
    missing_requirements,
    progress_percent,
)

RULE = CompletionRule(requires_all_lessons=True, requires_assessment=True, attendance_threshold=80)


def record(**overrides) -> LearnerRecord:
    values = {
        "lessons_total": 3,
        "lessons_done": 3,
        "has_assessment": True,
        "assessment_passed": True,
    }
    return LearnerRecord(**{**values, **overrides})


def test_all_lessons_and_passed_assessment_complete_a_self_paced_module():
    assert is_module_completed(RULE, record())


def test_a_lesson_left_keeps_the_module_open():
    assert missing_requirements(RULE, record(lessons_done=2)) == [Missing.LESSONS]


def test_a_failed_assessment_keeps_the_module_open():
    assert missing_requirements(RULE, record(assessment_passed=False)) == [Missing.ASSESSMENT]


def test_a_module_without_assessment_needs_no_pass():
    assert is_module_completed(RULE, record(has_assessment=False, assessment_passed=False))


def test_rule_can_drop_lessons_and_assessment():
    rule = CompletionRule(requires_all_lessons=False, requires_assessment=False)
    assert is_module_completed(rule, record(lessons_done=0, assessment_passed=False))


def test_session_learner_needs_the_attendance_threshold():
    below = record(in_session=True, session_days=5, days_present=3)  # 60 %
    at = record(in_session=True, session_days=5, days_present=4)  # 80 %
    assert missing_requirements(RULE, below) == [Missing.ATTENDANCE]
    assert is_module_completed(RULE, at)


def test_self_paced_learner_is_not_held_to_attendance():
    assert is_module_completed(RULE, record(in_session=False, session_days=5, days_present=0))


def test_every_missing_requirement_is_listed():
    missing = missing_requirements(
        RULE,
        record(lessons_done=0, assessment_passed=False, in_session=True, session_days=2),
    )
    assert missing == [Missing.LESSONS, Missing.ASSESSMENT, Missing.ATTENDANCE]


def test_rates_and_progress():
    assert attendance_rate(record(in_session=True, session_days=0)) == 100
    assert progress_percent(record(lessons_done=1)) == 33
    assert progress_percent(record(lessons_total=0, lessons_done=0)) == 100
