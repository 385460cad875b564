"""/steer/: who may see it, what a focal point is limited to, and every
figure leading to its list."""

import base64
import re

import pytest

from django.urls import reverse

from core.factories import UserFactory, coordinator
from core.roles import Role
from exchange.factories import focal_point

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("core:steer")


def test_officials_and_experts_are_refused_and_visitors_sent_to_log_in(client, world):
    assert client.get(DASHBOARD).status_code == 302
    client.force_login(UserFactory(roles=[Role.OFFICIAL, Role.EXPERT]))
    assert client.get(DASHBOARD).status_code == 403


def test_a_coordinator_sees_figures_charts_and_tables(client, world):
    client.force_login(coordinator())
    response = client.get(DASHBOARD, {"year": 2025})
    assert response.status_code == 200
    page = response.text
    # Three training and three exchange breakdowns, as SVG images without pygal's script
    # (an image's own <style> is not the page's: the CSP allows no inline style).
    images = re.findall(r'src="data:image/svg\+xml;base64,([^"]+)"', page)
    assert len(images) == 6
    svg = base64.b64decode(images[0]).decode()
    assert "pygal-chart" in svg and "<script" not in svg
    # The table beside the chart has the same numbers as the chart.
    assert re.search(r"Phnom Penh</a></th><td>2</td><td>1</td>", page)
    enrolled = reverse("core:steer_list", kwargs={"key": "enrolments"})
    assert f'href="{enrolled}?start=2025-01-01&amp;end=2025-12-31">3</a>' in page


def test_a_focal_point_sees_their_city_only_whatever_they_ask(client, world):
    client.force_login(focal_point(world["rio"]))
    response = client.get(DASHBOARD, {"year": 2025, "city": world["phnom_penh"].pk})
    assert response.status_code == 200
    assert "Phnom Penh</a></th>" not in response.text
    enrolled = reverse("core:steer_list", kwargs={"key": "enrolments"})
    city = world["rio"].pk
    assert f'href="{enrolled}?start=2025-01-01&amp;end=2025-12-31&amp;city={city}">1</a>' in (
        response.text
    )


def test_a_profile_city_without_a_grant_opens_nothing(client, world):
    client.force_login(UserFactory(city=world["rio"], roles=[Role.OFFICIAL]))
    assert client.get(DASHBOARD).status_code == 403


def test_a_focal_point_sees_the_granted_city_not_the_profile_one(client, world):
    from core.models import FocalPointGrant

    person = focal_point(world["rio"])
    FocalPointGrant.objects.filter(user=person).update(city=world["phnom_penh"])
    client.force_login(person)
    page = client.get(DASHBOARD, {"year": 2025}).text
    assert "Phnom Penh</a></th>" in page
    assert "Rio de Janeiro</a></th>" not in page


def test_bad_filters_redisplay_with_a_message(client, world):
    client.force_login(coordinator())
    response = client.get(DASHBOARD, {"start": "2025-05-01", "end": "2025-01-01", "city": "x"})
    assert response.status_code == 200
    assert "The period cannot end before it starts." in response.text


def test_a_figure_leads_to_its_rows(client, world):
    client.force_login(coordinator())
    url = reverse("core:steer_list", kwargs={"key": "enrolments"})
    response = client.get(url, {"start": "2025-01-01", "end": "2025-12-31", "state": "completed"})
    assert response.status_code == 200
    assert "pp1@example.org" in response.text and "rio1@example.org" in response.text
    assert "pp2@example.org" not in response.text  # not completed
    assert "old@example.org" not in response.text  # 2024
    # The download links carry the same filters.
    assert "enrolments.csv?start=2025-01-01&amp;end=2025-12-31&amp;state=completed" in (
        response.text
    )


def test_a_focal_point_list_is_limited_to_their_city(client, world):
    client.force_login(focal_point(world["rio"]))
    url = reverse("core:steer_list", kwargs={"key": "requests"})
    response = client.get(url, {"city": world["phnom_penh"].pk})
    assert "Water network" in response.text
    assert "Traffic lights" not in response.text


def test_an_unknown_list_is_a_404(client, world):
    client.force_login(coordinator())
    assert client.get(reverse("core:steer_list", kwargs={"key": "nope"})).status_code == 404
    export = reverse("core:steer_export", kwargs={"key": "requests", "fmt": "pdf"})
    assert client.get(export).status_code == 404


def test_the_header_and_coordination_page_link_to_it(client, world):
    client.force_login(coordinator())
    assert DASHBOARD in client.get(reverse("core:coordination")).text
    client.force_login(focal_point(world["rio"]))
    assert DASHBOARD in client.get(reverse("core:me")).text
