"""Training content (Wagtail pages), assessments, sessions and learning records."""

from .assessments import AssessmentAttempt
from .certificates import Certificate, CertificateBatch
from .learning import Enrolment, LessonProgress
from .pages import CatalogueIndexPage, LessonPage, ModuleLanguage, TrainingModulePage
from .sessions import Attendance, Session

__all__ = [
    "AssessmentAttempt",
    "Attendance",
    "Certificate",
    "CertificateBatch",
    "CatalogueIndexPage",
    "Enrolment",
    "LessonPage",
    "LessonProgress",
    "ModuleLanguage",
    "Session",
    "TrainingModulePage",
]
