"""Every page of the tour, as a phone shows it (390 px, English): no sideways
scrolling, no serious accessibility violation (axe-core, shipped inside
axe-playwright-python: no network), a title that names the site once, and a
first visit under 150 KB (HTML, CSS, scripts, images and fonts, compressed)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser import tour

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
MAX_WEIGHT = 150 * 1024
SERIOUS = {"serious", "critical"}


def test_every_tour_page_fits_a_phone_is_accessible_and_light(live_server, browser, tour_demo):
    axe = Axe()
    problems: dict[str, list[str]] = {}
    weights: dict[str, int] = {}
    for role, pages in tour.by_role():
        cookies = tour.session_cookies(live_server.url, role)
        for tour_page in pages:
            # A new context per page: a first visit, nothing in the browser's cache.
            context = browser.new_context(viewport=PHONE)
            context.add_cookies(cookies)
            page = context.new_page()
            meter = tour.WeightMeter(page)
            page.goto(live_server.url + tour_page.url("en"), wait_until="networkidle")
            found = []
            parts = page.title().split(" · ")
            if not all(parts) or len(set(parts)) < len(parts) or parts[-1] != "Passerelle":
                found.append(f"title {page.title()!r}")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > PHONE["width"]:
                found.append(f"{width} px wide")
            results = axe.run(page)
            found += [
                f"{violation['id']}: {violation['help']}"
                for violation in results.response["violations"]
                if violation["impact"] in SERIOUS
            ]
            weights[tour_page.name] = meter.total
            if meter.total > MAX_WEIGHT:
                found.append(f"{meter.total / 1024:.0f} KB")
            if found:
                problems[f"{role or 'visitor'} {tour_page.name}"] = found
            context.close()
    print("First-visit weight (bytes):", weights)
    assert problems == {}, "\n".join(f"{page}: {found}" for page, found in problems.items())
