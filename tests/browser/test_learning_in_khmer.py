"""A Khmer-reading official follows the demo's traffic module in Khmer: the
catalogue says which languages each module is in, the Khmer module and
lessons are served in Khmer, and a lesson marked done there counts for the
module in every language. A module not yet translated says so, in English
marked as English."""

import pytest
from playwright.sync_api import expect

from django.utils import translation

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def log_in(page, live_server, user):
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


def khmer(text: str) -> str:
    with translation.override("km"):
        return translation.gettext(text)


def test_a_khmer_official_marks_a_khmer_lesson_done(live_server, page):
    from core import demo as core_demo
    from core.factories import UserFactory
    from core.roles import Role
    from training import demo as training_demo
    from training.demo_content import TRAFFIC
    from training.models import LessonProgress, TrainingModulePage
    from training.progress import dashboard

    core_demo.load()
    training_demo.load()
    official = UserFactory(roles=[Role.OFFICIAL], first_name="Sokha", preferred_language="km")
    log_in(page, live_server, official)
    page.set_default_timeout(15_000)

    page.goto(live_server.url + "/km/training/")
    expect(page.locator("html")).to_have_attribute("lang", "km")
    card = page.locator(".module-card", has_text=TRAFFIC["km"]["title"])
    expect(card.locator(".tags li")).to_have_text(["English", "Français", "Português", "ខ្មែរ"])
    page.get_by_role("combobox", name=khmer("Available in")).select_option("km")
    page.get_by_role("button", name=khmer("Show modules")).click()
    expect(page.locator(".module-card")).to_have_count(1)
    page.get_by_role("link", name=TRAFFIC["km"]["title"]).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(TRAFFIC["km"]["title"])
    expect(page.get_by_role("note")).to_have_count(0)
    page.get_by_role("button", name=khmer("Enrol (self-paced)")).click()

    first = TRAFFIC["lessons"][0]["km"]["title"]
    page.get_by_role("link", name=first).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(first)
    expect(page.locator(".lesson__text")).not_to_have_attribute("lang", "en")
    page.get_by_role("button", name=khmer("Mark as done")).click()
    expect(page.get_by_role("status")).to_contain_text(khmer("Lesson marked as done."))
    # On to the next lesson, still in Khmer, with the first one ticked.
    expect(page.locator("html")).to_have_attribute("lang", "km")
    expect(page.locator(".lesson-sidebar .lesson-list li").first).to_contain_text("✓")

    # Done in Khmer is done for the module, whatever the language: recorded
    # on the lesson itself (its English page), which the Khmer one translates.
    (progress,) = LessonProgress.objects.filter(user=official)
    assert progress.lesson.locale.language_code == "en"
    assert progress.lesson.title == TRAFFIC["lessons"][0]["en"]["title"]
    (item,) = dashboard(official)["in_progress"]
    assert item.record.lessons_done == 1
    english = TrainingModulePage.objects.get(slug="traffic-management", locale__language_code="en")
    page.goto(live_server.url + english.url)
    expect(page.locator(".lesson-list li").first).to_contain_text("✓")

    # A module nobody has translated yet: English text, marked as such.
    page.goto(live_server.url + "/km/training/water-and-sanitation/")
    expect(page.get_by_role("note")).to_contain_text("ខ្មែរ")  # "not yet available in Khmer"
    expect(page.locator("article.module header")).to_have_attribute("lang", "en")
    expect(page.get_by_role("note").get_by_role("link", name="English")).to_have_attribute(
        "hreflang", "en"
    )
