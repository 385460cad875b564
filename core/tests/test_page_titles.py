"""Page titles name the page, then the site, once."""

import pytest

from django.urls import reverse

pytestmark = pytest.mark.django_db


def title(response) -> str:
    return " ".join(response.text.split("<title>")[1].split("</title>")[0].split())


def test_home_page_title_is_the_site_name_once(client, home_page):
    assert title(client.get("/")) == "Passerelle"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (reverse("core:partnership_list"), "Partnerships · Passerelle"),
        (reverse("account_login"), "Sign In · Passerelle"),
        ("/no-such-page/", "Page not found · Passerelle"),
    ],
)
def test_other_pages_add_the_site_name_after_their_own(client, home_page, path, expected):
    assert title(client.get(path)) == expected
