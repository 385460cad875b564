"""Error pages wear the site's look, say what happened and offer a way on."""

import pytest

from django.template.loader import render_to_string
from django.urls import reverse

from core.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_unknown_page_is_a_404_with_the_way_home_and_to_the_site_map(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert 'class="site-header"' in response.text
    assert f'href="{reverse("core:site_map")}"' in response.text


def test_forbidden_page_is_a_403_in_the_site_shell(client, home_page):
    client.force_login(UserFactory())
    response = client.get(reverse("core:coordination"))
    assert response.status_code == 403
    assert "Not allowed" in response.text
    assert 'class="site-header"' in response.text


def test_server_error_page_needs_no_context_and_no_inline_style():
    html = render_to_string("500.html")
    assert "/static/css/site.css" in html
    assert "<style" not in html and "style=" not in html
