import datetime as dt
import uuid

import factory
import polib
import wagtail_factories

from django.utils import timezone

from core.factories import DomainFactory, UserFactory
from training.models import (
    CatalogueIndexPage,
    Enrolment,
    LessonPage,
    ModuleLanguage,
    Session,
    TrainingModulePage,
)


def question(text: str, choices: list[tuple[str, bool]], *, kind: str = "single", **extra):
    """A question block as stored in the StreamField's JSON."""
    return {
        "type": "question",
        "id": extra.get("id") or str(uuid.uuid4()),
        "value": {
            "text": text,
            "kind": kind,
            "choices": [
                {"type": "item", "id": str(uuid.uuid4()), "value": {"text": t, "correct": c}}
                for t, c in choices
            ],
            "explanation": extra.get("explanation", f"Because: {text}"),
        },
    }


def two_questions() -> list[dict]:
    return [
        question("Pick A", [("A", True), ("B", False)]),
        question("Pick B and C", [("A", False), ("B", True), ("C", True)], kind="multiple"),
    ]


def translated_po(po: polib.POFile, prefix: str = "ខ្មែរ ") -> polib.POFile:
    """A PO file as an outside translator sends it back: every entry filled."""
    for entry in po:
        entry.msgstr = prefix + entry.msgid
    return po


class CatalogueIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CatalogueIndexPage

    title = "Training catalogue"
    slug = "training"


class TrainingModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TrainingModulePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    domain = factory.SubFactory(DomainFactory)
    duration_hours = 6
    summary = "What the module is about."
    objectives = "<ul><li>Understand the basics.</li></ul>"
    questions = factory.LazyFunction(list)

    @factory.post_generation
    def languages(obj, create, extracted, **kwargs):
        if create:
            for order, code in enumerate(extracted or ["en"]):
                ModuleLanguage.objects.create(page=obj, language=code, sort_order=order)


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    body = factory.LazyFunction(
        lambda: [{"type": "text", "id": str(uuid.uuid4()), "value": "<p>Lesson text.</p>"}]
    )


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    starts_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + dt.timedelta(days=1, hours=8))
    place = "Phnom Penh City Hall"
    language = "en"
    capacity = 10


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    user = factory.SubFactory(UserFactory)
