"""Training content (Wagtail pages), assessments, sessions and learning records."""

from training.models.assessments import AssessmentAttempt
from training.models.certificates import Certificate, CertificateBatch, CertificateBatchChunk
from training.models.learning import Enrolment, LessonProgress
from training.models.pages import CatalogueIndexPage, LessonPage, ModuleLanguage, TrainingModulePage
from training.models.sessions import Attendance, Session

__all__ = [
    "AssessmentAttempt",
    "Attendance",
    "Certificate",
    "CertificateBatch",
    "CertificateBatchChunk",
    "CatalogueIndexPage",
    "Enrolment",
    "LessonPage",
    "LessonProgress",
    "ModuleLanguage",
    "Session",
    "TrainingModulePage",
]
