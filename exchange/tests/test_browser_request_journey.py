"""From a partner request to its evaluation, in a real browser."""

import datetime

import pytest

from django.conf import settings
from django.test import Client

from core.factories import PartnershipFactory, coordinator
from exchange.factories import focal_point
from experts.factories import ExpertProfileFactory, SkillFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def log_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.clear_cookies()
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def move(page, status: str):
    page.get_by_role("button", name=f"Move to “{status}”").click()
    assert page.get_by_text(f"The request is now: {status}.").is_visible()


def test_request_to_evaluation(live_server, page):
    partnership = PartnershipFactory(city_b__name="Phnom Penh")
    skill = SkillFactory(name="Traffic signal timing")
    partner = focal_point(partnership.city_b)
    boss = coordinator()
    expert = ExpertProfileFactory(
        user__first_name="Marc",
        skills={skill: 4},
        languages={"en": 5},
        available=[(datetime.date(2027, 3, 1), datetime.date(2027, 3, 14))],
    )
    name = str(expert)

    # The focal point files and submits the request.
    log_in(page, live_server, partner)
    page.goto(live_server.url + "/requests/new/")
    page.get_by_label("Title").fill("Signal timing on Monivong Boulevard")
    page.get_by_label("Partnership").select_option(str(partnership.pk))
    page.get_by_label("Domain").select_option(str(skill.domain_id))
    page.get_by_label("Needs").fill("Adaptive signal plans for peak hours.")
    page.get_by_label("English").check()
    page.locator("input[name=start_date]").fill("2027-03-01")
    page.locator("input[name=end_date]").fill("2027-03-14")
    page.get_by_label("Mission city").select_option(str(partnership.city_b_id))
    page.get_by_label("Experts needed").fill("1")
    page.locator("select[name=skills-0-skill]").select_option(str(skill.pk))
    page.get_by_role("button", name="Save and submit").click()
    assert page.get_by_role("heading", name="Signal timing on Monivong Boulevard").is_visible()
    request_url = page.url

    # The coordinator reviews it, opens the shortlist, reads why, proposes.
    log_in(page, live_server, boss)
    page.goto(request_url)
    move(page, "In review")
    move(page, "Matching")
    page.get_by_role("link", name="Shortlist of experts").click()
    assert page.get_by_text("covers 1 of 1 required skills: Traffic signal timing (4)").is_visible()
    assert page.get_by_text("speaks English C1").is_visible()
    assert page.get_by_text("free 14 of 14 days").is_visible()
    page.get_by_role("button", name=f"Propose {name}").click()
    assert page.get_by_text("is proposed; they are asked to accept").is_visible()

    # The expert accepts.
    log_in(page, live_server, expert.user)
    page.goto(live_server.url + "/experts/me/missions/")
    page.get_by_role("button", name="Accept").click()
    assert page.get_by_text("You accepted the proposal.").is_visible()

    # The coordinator confirms; the mission starts.
    log_in(page, live_server, boss)
    page.goto(request_url)
    move(page, "Confirmed")
    move(page, "In progress")

    # The expert files the report.
    log_in(page, live_server, expert.user)
    page.goto(live_server.url + "/experts/me/missions/")
    page.get_by_role("link", name="Signal timing on Monivong Boulevard").last.click()
    page.get_by_label("Report").fill("Fifteen engineers trained; twelve junction plans written.")
    page.get_by_role("button", name="File the report").click()
    assert page.get_by_text("Your report is filed.").is_visible()
    mission_url = page.url

    # The partner closes the mission and rates it.
    log_in(page, live_server, partner)
    page.goto(request_url)
    move(page, "Completed")
    page.goto(mission_url)
    page.get_by_label("Objectives met (1–5)").select_option("5")
    page.get_by_label("Knowledge transferred (1–5)").select_option("4")
    page.get_by_label("Would work together again").check()
    page.get_by_role("button", name="Save my evaluation").click()
    assert page.get_by_text("Thank you, your evaluation is saved.").is_visible()
    assert page.locator(".status").first.inner_text() == "Evaluated"
