"""`make screenshots`: every page of the tour, for every role, in every
language, at 1280 and 390 px, into var/screenshots/<language>/<width>/ for
review. Not collected by the test suite (its name does not start with
test_); `make screenshots` names it."""

from pathlib import Path

import pytest

from django.conf import settings

from tests.browser import tour

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

OUTPUT = Path(settings.BASE_DIR) / "var" / "screenshots"


def test_screenshot_tour(live_server, browser, tour_demo):
    taken = 0
    for role, pages in tour.by_role():
        cookies = tour.session_cookies(live_server.url, role)
        for width in tour.WIDTHS:
            context = browser.new_context(viewport={"width": width, "height": 900})
            context.add_cookies(cookies)
            page = context.new_page()
            for language in tour.LANGUAGES:
                folder = OUTPUT / language / str(width)
                folder.mkdir(parents=True, exist_ok=True)
                for tour_page in pages:
                    page.goto(live_server.url + tour_page.url(language), wait_until="load")
                    name = f"{role or 'visitor'}-{tour_page.name}.png"
                    page.screenshot(path=folder / name, full_page=True)
                    taken += 1
            context.close()
    assert taken == len(tour.PAGES) * len(tour.LANGUAGES) * len(tour.WIDTHS)
