"""When is a module completed? A pure rule, testable without a database.

The rule is set per module (all lessons, the assessment, an attendance
threshold for session enrolments); the learner's record is what they did.
`training.services.enrolment_record_completion` gathers the record from
the database and stamps the enrolment; the certificate feature hooks on
that service.
"""

from dataclasses import dataclass
from enum import Enum

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class CompletionRule:
    requires_all_lessons: bool = True
    requires_assessment: bool = True
    attendance_threshold: int = 80  # percent of session days, for session enrolments


@dataclass(frozen=True)
class LearnerRecord:
    lessons_total: int
    lessons_done: int
    has_assessment: bool
    assessment_passed: bool
    in_session: bool = False
    session_days: int = 0
    days_present: int = 0


class Missing(Enum):
    LESSONS = "lessons"
    ASSESSMENT = "assessment"
    ATTENDANCE = "attendance"

    @property
    def label(self):
        return {
            Missing.LESSONS: _("Finish every lesson."),
            Missing.ASSESSMENT: _("Pass the assessment."),
            Missing.ATTENDANCE: _("Attend enough of the session days."),
        }[self]


def attendance_rate(record: LearnerRecord) -> int:
    """Percent of session days attended (100 when the session has no days)."""
    if not record.session_days:
        return 100
    return round(100 * record.days_present / record.session_days)


def missing_requirements(rule: CompletionRule, record: LearnerRecord) -> list[Missing]:
    missing = []
    if rule.requires_all_lessons and record.lessons_done < record.lessons_total:
        missing.append(Missing.LESSONS)
    if rule.requires_assessment and record.has_assessment and not record.assessment_passed:
        missing.append(Missing.ASSESSMENT)
    if record.in_session and attendance_rate(record) < rule.attendance_threshold:
        missing.append(Missing.ATTENDANCE)
    return missing


def is_module_completed(rule: CompletionRule, record: LearnerRecord) -> bool:
    return not missing_requirements(rule, record)


def progress_percent(record: LearnerRecord) -> int:
    if not record.lessons_total:
        return 100
    return round(100 * record.lessons_done / record.lessons_total)
