"""A coordinator goes from a chart's table to the list behind it, then
downloads it as CSV, in a real browser."""

from pathlib import Path

import pytest

from django.conf import settings
from django.test import Client

from core.factories import coordinator

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def log_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def test_from_a_chart_to_its_list_to_a_csv(live_server, page, world):
    log_in(page, live_server, coordinator())
    page.goto(live_server.url + "/steer/")
    page.get_by_label("Year").select_option("2025")
    page.get_by_role("button", name="Show", exact=True).click()
    assert page.locator(".steer-chart img").count() == 6

    page.get_by_role("link", name="Phnom Penh").first.click()
    assert page.get_by_role("heading", name="Enrolments and attendance").is_visible()
    assert page.get_by_text("pp1@example.org").is_visible()
    assert page.get_by_text("rio1@example.org").count() == 0

    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert "pp1@example.org" in text and "rio1@example.org" not in text
