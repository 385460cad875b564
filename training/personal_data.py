"""What training holds about a person (see `core.privacy`)."""

from django.utils.translation import gettext_lazy as _

from core.privacy import Erasure, PersonalData, declare

LEARNING = _("following the person's training")
CERTIFICATE_REASON = _(
    "a certificate must stay verifiable by whoever was shown it: the register keeps "
    "its number, module and date, the holder's name is withheld and the PDF deleted"
)


def _withhold_certificates(user):
    from documents.services import document_withhold_holder
    from training.models import Certificate

    for certificate in Certificate.objects.filter(holder=user):
        document_withhold_holder(document=certificate)


def _remove_as_trainer(user):
    from training.models import Session, TrainingModulePage

    TrainingModulePage.trainers.through.objects.filter(user=user).delete()
    Session.objects.filter(trainer=user).update(trainer=None)


declare(
    PersonalData(
        "training.Enrolment",
        person="user",
        holds=_("modules and sessions the person enrolled in, waiting-list places, completion"),
        why=LEARNING,
        kept=_("as long as the account exists"),
        erasure=Erasure.DELETE,
        export_as="enrolments",
    ),
    PersonalData(
        "training.Attendance",
        person="enrolment__user",
        holds=_("days of a session the person attended or missed"),
        why=LEARNING,
        kept=_("as long as the enrolment exists"),
        erasure=Erasure.DELETE,
        export_as="attendance",
        also=("marked_by",),
        order=-10,
    ),
    PersonalData(
        "training.LessonProgress",
        person="user",
        holds=_("lessons the person marked as done"),
        why=LEARNING,
        kept=_("as long as the account exists"),
        erasure=Erasure.DELETE,
        export_as="progress",
    ),
    PersonalData(
        "training.AssessmentAttempt",
        person="user",
        holds=_("assessment attempts: answers and scores"),
        why=LEARNING,
        kept=_("as long as the account exists"),
        erasure=Erasure.DELETE,
        export_as="attempts",
    ),
    PersonalData(
        "training.Certificate",
        person="holder",
        holds=_("certificates: the holder's name as printed, the signed PDF"),
        why=_("proving the person completed a module"),
        kept=_("for good: a certificate can be verified at any time"),
        erasure=Erasure.ANONYMISE,
        reason=CERTIFICATE_REASON,
        export_as="certificates",
        files=("pdf",),
        erase=_withhold_certificates,
        also=("issued_by", "revoked_by"),
    ),
    PersonalData(
        "training.CertificateBatch",
        person="requested_by",
        holds=_("which coordinator asked for a bulk issue"),
        why=_("accountability for issued certificates"),
        kept=_("as long as the session exists"),
        erasure=Erasure.KEEP,
        reason=_("accountability; it then points at the nameless erased account"),
    ),
    PersonalData(
        "training.TrainingModulePage_trainers",
        person="user",
        holds=_("modules the person trains in"),
        why=_("showing learners who trains them"),
        kept=_("as long as the module exists"),
        erasure=Erasure.ANONYMISE,
        reason=_("the module stays; the person is taken off its trainers and its sessions"),
        erase=_remove_as_trainer,
        export_as="trainer_of",
    ),
    PersonalData(
        "training.TrainingModulePage",
        person="trainers",
        holds=_("modules the person trains in (see trainer_of)"),
        why=_("showing learners who trains them"),
        kept=_("as long as the module exists"),
        erasure=Erasure.KEEP,
        reason=_("the module is the site's content; the trainer link goes (trainer_of)"),
    ),
    PersonalData(
        "training.Session",
        person="trainer",
        holds=_("sessions the person trains"),
        why=_("showing learners who trains them"),
        kept=_("as long as the session exists"),
        erasure=Erasure.KEEP,
        reason=_("the session stays; its trainer is emptied (trainer_of)"),
        export_as="sessions_trained",
    ),
)
