import re

import pytest

from training.demo_content import MODULES

LESSONS = [
    (module["slug"], lesson, language)
    for module in MODULES
    for lesson in module["lessons"]
    for language in ("en", "fr")
]


def flatten(value) -> str:
    if isinstance(value, dict):
        return " ".join(flatten(item) for item in value.values())
    if isinstance(value, list | tuple):
        return " ".join(flatten(item) for item in value)
    return str(value)


def words(blocks) -> int:
    """Words a learner reads: text, case studies, callouts, exercises (tags removed)."""
    text = flatten([value for _kind, value in blocks])
    return len(re.sub(r"<[^>]+>", " ", text).split())


@pytest.mark.parametrize(
    ("module", "lesson", "language"),
    LESSONS,
    ids=[f"{m}-{lesson['slug']}-{g}" for m, lesson, g in LESSONS],
)
def test_every_demo_lesson_has_real_text(module, lesson, language):
    assert words(lesson[language]["body"]) >= 400


@pytest.mark.parametrize("module", MODULES, ids=[m["slug"] for m in MODULES])
def test_every_demo_module_has_three_lessons_and_five_questions(module):
    assert len(module["lessons"]) >= 3
    assert len(module["questions"]) >= 5
    for question in module["questions"]:
        for language in ("en", "fr"):
            assert len(question[language]["choices"]) > max(question["correct"])


@pytest.mark.django_db
def test_load_demo_twice_builds_the_catalogue_in_english_and_french(client):
    from core import demo as core_demo
    from training import demo, demo_history
    from training.models import LessonPage, Session, TrainingModulePage

    core_demo.load()
    demo.load()
    demo.load()
    assert TrainingModulePage.objects.filter(locale__language_code="en").count() == 3
    assert TrainingModulePage.objects.filter(locale__language_code="fr").count() == 3
    # Written out: 9 lessons in English and French, the traffic module's 3 in
    # Portuguese and Khmer; the other pages are aliases in those two languages.
    assert LessonPage.objects.filter(alias_of__isnull=True).count() == 18 + 6
    history = len(demo_history.YEARS) * demo_history.SESSIONS_PER_MODULE_AND_YEAR * 3
    assert Session.objects.count() == 2 + history
    french = TrainingModulePage.objects.get(slug="traffic-management", locale__language_code="fr")
    response = client.get(french.url)
    assert response.status_code == 200
    assert "Gérer la circulation" in response.text
    assert "Phnom Penh City Hall" in response.text  # the session, held on the English page
    lesson = LessonPage.objects.filter(locale__language_code="en").first()
    assert client.get(lesson.url).status_code == 200
