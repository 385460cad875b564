"""An official finds a module, books a session, learns, fails then passes, completes."""

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from django.db.models import F
from django.urls import reverse
from django.utils import timezone

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


def answer(page, questions, *, right: bool):
    for question in questions:
        chosen = (
            question.correct
            if right
            else {next(i for i in range(len(question.choices)) if i not in question.correct)}
        )
        for index in chosen:
            page.locator(f"#q-{question.id}-{index}").check()
    page.get_by_role("button", name="Submit my answers").click()


def test_official_learns_a_module_end_to_end(live_server, page):
    from core import demo as core_demo
    from core.factories import UserFactory
    from core.roles import Role
    from training import demo as training_demo
    from training.models import Enrolment, Session, TrainingModulePage
    from training.services import attendance_mark

    core_demo.load()
    training_demo.load()
    official = UserFactory(roles=[Role.OFFICIAL], first_name="Vanna")
    log_in(page, live_server, official)
    module = TrainingModulePage.objects.get(slug="traffic-management", locale__language_code="en")

    page.goto(live_server.url + "/training/")
    page.get_by_label("Domain").select_option(label="Traffic and mobility")
    page.get_by_role("button", name="Show modules").click()
    expect(page.get_by_role("heading", name=module.title)).to_be_visible()
    expect(page.get_by_role("heading", name="Water and sanitation services")).to_have_count(0)
    page.get_by_role("link", name=module.title).click()

    page.get_by_role("button", name="Enrol in this session").click()
    expect(page.locator(".messages")).to_contain_text("You are enrolled")

    # The session takes place (moved to last week: attendance is taken only
    # for days that have begun) and the trainer marks the learner present.
    enrolment = Enrolment.objects.get(user=official)
    shift = enrolment.session.starts_at - (timezone.now() - dt.timedelta(days=7))
    Session.objects.filter(pk=enrolment.session_id).update(
        starts_at=F("starts_at") - shift, ends_at=F("ends_at") - shift
    )
    enrolment.session.refresh_from_db()
    for day in enrolment.session.days():
        attendance_mark(
            session=enrolment.session,
            day=day,
            present={enrolment.pk},
            marked_by=enrolment.session.trainer,
        )

    page.get_by_role("link", name=re.compile("^Continue")).click()
    for _ in module.lessons():
        page.get_by_role("button", name="Mark as done").click()
        expect(page.locator(".messages")).to_contain_text("Lesson marked as done")
    expect(page.get_by_text("100% done")).to_be_visible()

    page.get_by_role("link", name="Take the assessment").first.click()
    questions = module.assessment_questions()
    answer(page, questions, right=False)
    expect(page.locator(".messages")).to_contain_text("You scored 0%")
    answer(page, questions, right=True)
    expect(page.locator(".messages")).to_contain_text("You passed with 100%")

    page.goto(live_server.url + reverse("training:dashboard"))
    completed = page.locator(".completed-modules")
    expect(completed).to_contain_text(module.title)
