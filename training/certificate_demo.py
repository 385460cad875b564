"""Demo certificate: the demo official earns one, as any learner would.

They follow the self-paced module "Managing local public services" through
the services — enrolled, every lesson marked done, the assessment passed —
so the completion rule issues the certificate (a background task, once the
demo's transaction commits). Nothing is issued by hand, so the demo never
holds a certificate its holder did not earn. Idempotent: once the official
has an enrolment in that module, it is left as it is.
"""

from core.models import User
from training.models import Certificate, Enrolment, TrainingModulePage
from training.services import assessment_submit, enrolment_create, lesson_mark_done

HOLDER = "official@passerelle.demo"
MODULE = "managing-local-public-services"


def load() -> Certificate | None:
    """Have the demo official complete the module; their certificate, once issued."""
    holder = User.objects.filter(email=HOLDER).first()
    module = (
        TrainingModulePage.objects.live().filter(slug=MODULE, locale__language_code="en").first()
    )
    if holder is None or module is None:
        return None
    if not Enrolment.objects.of(holder).for_module(module).exists():
        enrolment_create(user=holder, module=module)
        for lesson in module.lessons():
            lesson_mark_done(user=holder, lesson=lesson)
        right = {
            question.id: sorted(question.correct) for question in module.assessment_questions()
        }
        assessment_submit(user=holder, module=module, answers=right)
    return (
        Certificate.objects.valid()
        .of(holder)
        .filter(module__translation_key=module.translation_key)
        .first()
    )
