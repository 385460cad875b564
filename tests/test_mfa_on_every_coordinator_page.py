"""A coordinator without two-factor authentication is sent to set it up
from every page the URL conf has — existing objects or not — except the
pages that set it up, logging out and files."""

import re

import pytest

from django.urls import URLResolver, get_resolver, resolve, reverse
from django.urls.exceptions import Resolver404

from wagtail.models import Page

from core.factories import coordinator
from core.middleware import is_mfa_setup_view
from exchange.factories import MissionFactory

pytestmark = pytest.mark.django_db

CONVERTER = re.compile(r"<(?:(\w+):)?(\w+)>")
REGEX_GROUP = re.compile(r"\(\?P<\w+>[^()]*(?:\([^()]*\)[^()]*)*\)[?*]?")


def every_pattern(patterns=None, prefix=""):
    """(pattern text, URL pattern) for each view in the URL conf."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from every_pattern(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern


def sample_path(text: str, number: int) -> str:
    """A path the pattern matches, with `number` for every integer."""

    def route_value(match):
        return str(number) if match.group(1) == "int" else "x1"

    path = CONVERTER.sub(route_value, text)
    path = path.replace("^", "").replace("$", "").replace("\\", "")
    path = REGEX_GROUP.sub(str(number), path)
    path = path.replace("(?:", "").replace(")?", "").replace("?", "")
    return "/" + path


def reachable_paths(numbers):
    paths = []
    for text, _pattern in every_pattern():
        for number in numbers:
            path = sample_path(text, number)
            try:
                match = resolve(path)
            except Resolver404:
                continue
            paths.append((path, match.func))
    return paths


@pytest.fixture
def demo_ids():
    """Ids that exist (a mission, its request, their people and pages) and
    one that does not."""
    mission = MissionFactory()
    objects = (mission, mission.request, mission.request.created_by, Page.objects.last())
    return sorted({obj.pk for obj in objects} | {999999})


def test_every_page_sends_a_coordinator_without_two_factor_to_set_it_up(client, demo_ids):
    client.force_login(coordinator(mfa=False))
    setup = reverse("mfa_activate_totp")
    paths = reachable_paths(demo_ids)
    assert len(paths) > 300  # the whole URL conf, the Wagtail admin included
    open_paths, answers = [], {}
    for path, view in paths:
        if is_mfa_setup_view(view):
            open_paths.append(path)
            continue
        response = client.get(path)
        answers[path] = (response.status_code, response.get("Location"))
    wrong = {path: answer for path, answer in answers.items() if answer != (302, setup)}
    assert wrong == {}
    assert "/accounts/logout/" in open_paths
    assert all(
        p.startswith(("/accounts/2fa/", "/accounts/logout/", "/accounts/reauth"))
        for p in open_paths
    )


def test_the_pages_that_set_it_up_and_logging_out_stay_open(client):
    client.force_login(coordinator(mfa=False))
    # allauth asks for the password again first (a forced login has none).
    response = client.get(reverse("mfa_activate_totp"), follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith(reverse("account_reauthenticate"))
    assert client.get(reverse("mfa_index")).status_code == 200
    response = client.post(reverse("account_logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_other_roles_and_coordinators_with_two_factor_are_not_redirected(client):
    client.force_login(coordinator())
    assert client.get(reverse("core:coordination")).status_code == 200
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
