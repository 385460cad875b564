"""The demo's traffic module — lessons and assessment — is live in Portuguese
and Khmer besides English and French, translated through wagtail-localize, and
so are the catalogue and the home page."""

import re

import pytest

from wagtail.models import Page
from wagtail_localize.models import Translation

from core.models import HomePage
from training.demo_content import TRAFFIC
from training.models import LessonPage, TrainingModulePage

from .conftest import notice


def _text(blocks) -> str:
    def flatten(value) -> str:
        if isinstance(value, dict):
            return " ".join(flatten(item) for item in value.values())
        if isinstance(value, list | tuple):
            return " ".join(flatten(item) for item in value)
        return str(value)

    return re.sub(r"<[^>]+>", " ", flatten([value for _kind, value in blocks]))


@pytest.mark.parametrize("lesson", TRAFFIC["lessons"], ids=lambda lesson: lesson["slug"])
def test_every_traffic_lesson_is_written_out_in_portuguese_and_khmer(lesson):
    assert len(_text(lesson["pt"]["body"]).split()) >= 400
    khmer = _text(lesson["km"]["body"])
    # Khmer puts no spaces between words: count Khmer letters instead.
    assert len(re.findall(r"[\u1780-\u17ff]", khmer)) >= 0.9 * len(_text(lesson["en"]["body"]))
    for language in ("pt", "km"):
        assert [kind for kind, _value in lesson[language]["body"]] == [
            kind for kind, _value in lesson["en"]["body"]
        ]


@pytest.mark.django_db(transaction=False)
def test_demo_serves_the_traffic_module_in_four_languages(client):
    from core import demo as core_demo
    from training import demo

    core_demo.load()
    demo.load()

    english = TrainingModulePage.objects.get(slug="traffic-management", locale__language_code="en")
    for language in ("fr", "pt", "km"):
        module = TrainingModulePage.objects.get(
            translation_key=english.translation_key, locale__language_code=language
        )
        assert module.live and module.alias_of_id is None
        assert module.title == TRAFFIC[language]["title"]
        assert [(q.id, q.correct) for q in module.assessment_questions()] == [
            (q.id, q.correct) for q in english.assessment_questions()
        ]
        lessons = list(module.lessons())
        assert [lesson.title for lesson in lessons] == [
            spec[language]["title"] for spec in TRAFFIC["lessons"]
        ]
        assert all(lesson.alias_of_id is None for lesson in lessons)
        response = client.get(module.url)
        assert response.status_code == 200
        assert notice("module", language) not in response.text
        assert TRAFFIC[language]["title"] in response.text
    # Synced: every sentence of the English pages has its Portuguese and Khmer one.
    translations = Translation.objects.filter(
        target_locale__language_code__in=["pt", "km"],
        source__specific_content_type__model__endswith="page",
    )
    assert translations.count() == 2 * (1 + 1 + 1 + 3)  # home, catalogue, module, lessons
    for translation in translations:
        total, done = translation.get_progress()
        assert total == done > 0

    homes = HomePage.objects.filter(alias_of__isnull=True).live()
    assert sorted(homes.values_list("locale__language_code", flat=True)) == ["en", "fr", "km", "pt"]
    assert "កិច្ចសហប្រតិបត្តិការវិមជ្ឈការ" in client.get("/km/").text

    # The other modules are aliases in Khmer until a coordinator translates them.
    water = TrainingModulePage.objects.get(slug="water-and-sanitation", locale__language_code="km")
    assert water.alias_of_id is not None
    assert notice("module", "km") in client.get(water.url).text
    assert LessonPage.objects.filter(locale__language_code="km", alias_of__isnull=False).exists()

    before = Page.objects.count()
    demo.load()
    assert Page.objects.count() == before
