"""Training content (Wagtail pages), assessments, sessions and learning records."""

from .assessments import AssessmentAttempt
from .certificates import Certificate
from .learning import Enrolment, LessonProgress
from .pages import CatalogueIndexPage, LessonPage, ModuleLanguage, TrainingModulePage
from .sessions import Attendance, Session

__all__ = [
    "AssessmentAttempt",
    "Attendance",
    "Certificate",
    "CatalogueIndexPage",
    "Enrolment",
    "LessonPage",
    "LessonProgress",
    "ModuleLanguage",
    "Session",
    "TrainingModulePage",
]
