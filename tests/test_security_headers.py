"""Content-Security-Policy without inline scripts on the public site,
Permissions-Policy everywhere, and personal pages kept by nobody."""

import re

import pytest

from django.urls import reverse

from core.factories import UserFactory, coordinator
from tests.test_mfa_on_every_coordinator_page import reachable_paths

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>", re.I)
INLINE_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
INLINE_STYLE = re.compile(r"<style\b|<[^>]+\sstyle\s*=", re.I)


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def test_the_public_site_allows_only_its_own_scripts(client):
    response = client.get(reverse("core:partnership_list"))
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_the_wagtail_admin_gets_the_inline_scripts_it_needs(client):
    client.force_login(coordinator())
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert "'unsafe-inline'" in directives(response)["script-src"]


def test_no_page_outside_the_admin_has_inline_script_or_style(client):
    """Every page of the URL conf a coordinator can open (the one who sees
    the most), with ids that exist: none would run under the policy."""
    client.force_login(coordinator())
    checked = []
    for path, _view in reachable_paths([1, 2]):
        # The admin has its own policy; /health/ is django-health-check's page
        # for machines (its inline style is blocked, which only costs looks).
        if path.startswith(("/admin/", "/documents/", "/health/")):
            continue
        response = client.get(path)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        assert not INLINE_SCRIPT.search(html), path
        assert not INLINE_HANDLER.search(html), path
        assert not INLINE_STYLE.search(html), path
        checked.append(path)
    assert len(checked) > 10


def test_pages_for_a_signed_in_person_are_private_and_not_stored(client):
    client.force_login(UserFactory())
    for name in ("core:me", "core:profile", "core:partnership_list"):
        assert client.get(reverse(name))["Cache-Control"] == "private, no-store"


def test_anonymous_pages_keep_their_caching(client):
    response = client.get(reverse("core:partnership_list"))
    assert "private" not in response.get("Cache-Control", "")
