"""The browser runs every page under the Content-Security-Policy without a
single refusal: public pages, a signed-in person's pages and the Wagtail admin."""

import pytest

from django.conf import settings
from django.test import Client

from core.factories import coordinator

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PUBLIC = ["/", "/partnerships/", "/partnerships/paris-phnom-penh/", "/accounts/login/"]
COORDINATOR = ["/me/", "/coordination/", "/coordination/people/", "/admin/", "/admin/pages/"]


def refusals_on(page, base_url: str, paths: list[str]) -> dict[str, list[str]]:
    refused: dict[str, list[str]] = {}
    current = {"path": ""}
    page.on(
        "console",
        lambda message: (
            refused.setdefault(current["path"], []).append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    for path in paths:
        current["path"] = path
        response = page.goto(base_url + path)
        assert response.status == 200, path
    return refused


def test_no_page_breaks_the_policy(live_server, page):
    from core import demo

    demo.load_domains()
    demo.load_cities()
    demo.load_partnerships()
    demo.load_home_page()
    assert refusals_on(page, live_server.url, PUBLIC) == {}

    client = Client()
    client.force_login(coordinator())
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    assert refusals_on(page, live_server.url, COORDINATOR) == {}
