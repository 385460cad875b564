"""A partner-city official signs up, confirms their address, says where they
work, logs out and logs back in — in a real browser."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from django.core import mail

from core.models import User

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

EMAIL = "sokha.chea@example.org"
PASSWORD = "traffic-lights-on-monivong"


@pytest.fixture
def demo_programme():
    from core import demo

    demo.load_domains()
    demo.load_cities()
    demo.load_partnerships()
    demo.load_home_page()


def test_sign_up_confirm_complete_profile_log_out_and_in(live_server, page, demo_programme):
    page.set_default_timeout(10_000)
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Sign up").click()
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_role("heading", name="Verify Your Email Address")).to_be_visible()

    # The confirmation e-mail holds the only way in.
    (message,) = mail.outbox
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", message.body).group(0)
    page.goto(live_server.url + urlsplit(link).path)
    page.get_by_role("button", name="Confirm").click()

    # Confirmed and logged in: the profile comes first.
    expect(page.get_by_role("heading", name="My profile")).to_be_visible()
    page.get_by_label("First name").fill("Sokha")
    page.get_by_label("Last name").fill("Chea")
    page.get_by_label("City").select_option(label="Phnom Penh")
    # A wrong pairing is explained, and nothing typed is lost.
    page.get_by_label("Organisation", exact=True).select_option(label="Eau de Paris")
    page.get_by_role("button", name="Save my profile").click()
    expect(page.get_by_text("Eau de Paris is in Paris, not in Phnom Penh.")).to_be_visible()
    expect(page.get_by_label("First name")).to_have_value("Sokha")
    page.get_by_label("Organisation", exact=True).select_option(
        label="Phnom Penh Department of Public Works and Transport"
    )
    page.get_by_label("Job title").fill("Traffic engineer")
    page.get_by_role("button", name="Save my profile").click()
    expect(page.get_by_role("heading", name="Welcome, Sokha")).to_be_visible()

    user = User.objects.get(email=EMAIL)
    assert user.city.name == "Phnom Penh"
    assert user.organisation.name == "Phnom Penh Department of Public Works and Transport"

    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("link", name="Log in")).to_be_visible()

    page.get_by_role("link", name="Log in").click()
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", name="Welcome, Sokha")).to_be_visible()
