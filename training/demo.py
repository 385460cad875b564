"""Demo training content: the catalogue, three modules in English and French,
two dated sessions, and the demo official enrolled in one of them.

Idempotent: pages are found by slug under their parent, sessions by
module and start; what is missing is created, what exists is left as it
is (an editor's changes survive `load_demo`).
"""

import datetime as dt
import uuid
import zoneinfo

from django.db import transaction

from wagtail.models import Locale

from core.models import Domain, HomePage, User
from training import certificate_demo, demo_history
from training.demo_content import MODULES
from training.models import (
    CatalogueIndexPage,
    Enrolment,
    LessonPage,
    ModuleLanguage,
    Session,
    TrainingModulePage,
)
from training.services import enrolment_create

CATALOGUE = {
    "en": {
        "title": "Training catalogue",
        "intro": (
            "Courses by experts from Paris and its partner cities, for the staff of partner "
            "cities. Follow them at your own pace or join a dated session."
        ),
    },
    "fr": {
        "title": "Catalogue des formations",
        "intro": (
            "Des formations données par des experts de Paris et des villes partenaires, pour les "
            "agents des villes partenaires. Suivez-les à votre rythme ou inscrivez-vous à une "
            "session datée."
        ),
    },
}

SESSIONS = [
    {
        "module": "traffic-management",
        "start": (2027, 1, 18, 9),
        "end": (2027, 1, 20, 17),
        "timezone": "Asia/Phnom_Penh",
        "place": "Phnom Penh City Hall, training room",
        "online_url": "",
        "language": "en",
        "capacity": 12,
        "trainer": "expert@passerelle.demo",
    },
    {
        "module": "water-and-sanitation",
        "start": (2027, 2, 8, 14),
        "end": (2027, 2, 9, 17),
        "timezone": "Europe/Paris",
        "place": "",
        "online_url": "https://visio.passerelle.example/water-2027",
        "language": "fr",
        "capacity": 20,
        "trainer": "expert@passerelle.demo",
    },
]


def _stream(blocks) -> list[dict]:
    return [
        {"type": kind, "value": value, "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{n}"))}
        for n, (kind, value) in enumerate(blocks)
    ]


def _questions(spec: dict, language: str) -> list[dict]:
    stream = []
    for n, question in enumerate(spec["questions"]):
        text = question[language]
        stream.append(
            {
                "type": "question",
                "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{spec['slug']}/q{n}")),
                "value": {
                    "text": text["text"],
                    "kind": question["kind"],
                    "choices": [
                        {
                            "type": "item",
                            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{spec['slug']}/q{n}/{i}")),
                            "value": {"text": choice, "correct": i in question["correct"]},
                        }
                        for i, choice in enumerate(text["choices"])
                    ],
                    "explanation": text["explanation"],
                },
            }
        )
    return stream


def _publish(page) -> None:
    page.save_revision().publish()


def _child(parent, model, slug: str, locale):
    return model.objects.child_of(parent).filter(slug=slug, locale=locale).first()


def load_catalogue(home: HomePage) -> CatalogueIndexPage:
    english = Locale.objects.get(language_code="en")
    catalogue = _child(home, CatalogueIndexPage, "training", english)
    if catalogue is None:
        catalogue = home.add_child(
            instance=CatalogueIndexPage(slug="training", locale=english, **CATALOGUE["en"])
        )
        _publish(catalogue)
    _translate(catalogue, "fr", CATALOGUE["fr"])
    return catalogue


def _translate(page, language: str, fields: dict):
    """Create and publish `page`'s translation if it is missing; (translation, created)."""
    locale = Locale.objects.get(language_code=language)
    translation = page.get_translation_or_none(locale)
    if translation is not None:
        return translation.specific, False
    translation = page.copy_for_translation(locale).specific
    for field, value in fields.items():
        setattr(translation, field, value)
    _publish(translation)
    return translation, True


def _module_fields(spec: dict, language: str) -> dict:
    text = spec[language]
    return {
        "title": text["title"],
        "summary": text["summary"],
        "objectives": text["objectives"],
        "questions": _questions(spec, language),
    }


def load_module(catalogue: CatalogueIndexPage, spec: dict) -> TrainingModulePage:
    english = Locale.objects.get(language_code="en")
    fields = {
        **_module_fields(spec, "en"),
        "domain": Domain.objects.get(slug=spec["domain"]),
        "level": spec["level"],
        "duration_hours": spec["duration_hours"],
        "pass_mark": spec["pass_mark"],
        "max_attempts": spec["max_attempts"],
    }
    module = _child(catalogue, TrainingModulePage, spec["slug"], english)
    if module is None:
        module = catalogue.add_child(
            instance=TrainingModulePage(slug=spec["slug"], locale=english, **fields)
        )
        module.languages = [ModuleLanguage(language=code) for code in spec["languages"]]
        module.trainers = list(User.objects.filter(email__in=spec["trainers"]))
        _publish(module)
    for lesson_spec in spec["lessons"]:
        if _child(module, LessonPage, lesson_spec["slug"], english) is None:
            lesson = module.add_child(
                instance=LessonPage(
                    slug=lesson_spec["slug"], locale=english, **_lesson_fields(lesson_spec, "en")
                )
            )
            _publish(lesson)
    french, created = _translate(module, "fr", _module_fields(spec, "fr"))
    if created:
        french.languages = [ModuleLanguage(language=code) for code in spec["languages"]]
        french.trainers = list(module.trainers.all())
        _publish(french)
    for lesson_spec in spec["lessons"]:
        lesson = _child(module, LessonPage, lesson_spec["slug"], english)
        _translate(lesson, "fr", _lesson_fields(lesson_spec, "fr"))
    return module


def _lesson_fields(spec: dict, language: str) -> dict:
    text = spec[language]
    return {
        "title": text["title"],
        "summary": text["summary"],
        "estimated_minutes": spec["minutes"],
        "body": _stream(text["body"]),
    }


def load_sessions(modules: dict[str, TrainingModulePage]) -> list[Session]:
    sessions = []
    for spec in SESSIONS:
        tz = zoneinfo.ZoneInfo(spec["timezone"])
        session, _ = Session.objects.get_or_create(
            module=modules[spec["module"]],
            starts_at=dt.datetime(*spec["start"], tzinfo=tz),
            defaults={
                "ends_at": dt.datetime(*spec["end"], tzinfo=tz),
                "timezone": spec["timezone"],
                "place": spec["place"],
                "online_url": spec["online_url"],
                "language": spec["language"],
                "capacity": spec["capacity"],
                "trainer": User.objects.filter(email=spec["trainer"]).first(),
            },
        )
        sessions.append(session)
    return sessions


def load_enrolments(sessions: list[Session]) -> None:
    official = User.objects.filter(email="official@passerelle.demo").first()
    session = sessions[0]
    if official and not Enrolment.objects.of(official).for_module(session.module).exists():
        enrolment_create(user=official, module=session.module, session=session)


@transaction.atomic
def load() -> CatalogueIndexPage:
    """Load the training demo; needs `core.demo.load()` first (home page, accounts)."""
    home = HomePage.objects.get(locale__language_code="en")
    catalogue = load_catalogue(home)
    modules = {spec["slug"]: load_module(catalogue, spec) for spec in MODULES}
    load_enrolments(load_sessions(modules))
    demo_history.load(modules)
    certificate_demo.load()
    return catalogue
