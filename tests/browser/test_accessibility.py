"""Public and account pages have no serious accessibility violations (axe-core)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAGES = [
    "/",
    "/fr/",
    "/partnerships/",
    "/partnerships/paris-phnom-penh/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/no-such-page/",
]


def test_pages_have_no_serious_accessibility_violations(live_server, page):
    from core import demo

    demo.load_domains()
    demo.load_cities()
    demo.load_partnerships()
    demo.load_home_page()
    axe = Axe()
    problems = {}
    for path in PAGES:
        page.goto(live_server.url + path)
        results = axe.run(page)
        serious = [
            f"{violation['id']}: {violation['help']}"
            for violation in results.response["violations"]
            if violation["impact"] in {"moderate", "serious", "critical"}
        ]
        if serious:
            problems[path] = serious
    assert problems == {}
