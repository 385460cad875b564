import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_home_page_shows_partnerships(live_server, page):
    from exchange.demo import load

    load()
    page.goto(live_server.url + "/")
    assert page.get_by_role("heading", name="Our partnerships").is_visible()
    page.get_by_role("link", name="Paris – Phnom Penh").first.click()
    assert page.get_by_role(
        "heading", name="Managing traffic flows in Phnom Penh city centre"
    ).is_visible()
