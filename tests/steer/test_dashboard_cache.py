"""With a shared cache, the dashboard keeps each panel until a row of a model
it reads changes (`core.steer.kept_panels`); funder reports always compute."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from core.factories import UserFactory, coordinator
from core.steer import panels
from exchange.factories import focal_point
from experts.factories import ExpertProfileFactory
from tests.steer.test_figures import values
from training.models import Certificate, Enrolment

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("core:steer")
ENROLMENTS = reverse("core:steer_list", kwargs={"key": "enrolments"})
MISSIONS = reverse("core:steer_list", kwargs={"key": "missions"})
YEAR = "start=2025-01-01&amp;end=2025-12-31"


@pytest.fixture(autouse=True)
def _shared_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600


def figure(page: str, url: str, query: str) -> int:
    found = re.search(rf'href="{re.escape(url)}\?{re.escape(query)}">([\d.,]+)</a>', page)
    assert found, f"no figure linking to {url}?{query}"
    return int(found.group(1))


def dashboard(client) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(DASHBOARD, {"year": 2025})
    assert response.status_code == 200
    return response.text, len(queries)


def test_a_kept_dashboard_takes_fewer_queries_and_shows_the_same(client, world):
    client.force_login(coordinator())
    first, computed = dashboard(client)
    again, kept = dashboard(client)
    assert kept <= computed - 10  # the panels' own queries are not run again
    assert figure(again, ENROLMENTS, YEAR) == figure(first, ENROLMENTS, YEAR) == 3


def test_a_new_enrolment_shows_at_once(client, world):
    client.force_login(coordinator())
    dashboard(client)
    learner = UserFactory(city=world["rio"], email="late@example.org")
    Enrolment.objects.create(user=learner, module=world["junctions"], session=world["s1"])
    page, _queries = dashboard(client)
    assert figure(page, ENROLMENTS, YEAR) == 4


def test_a_revoked_certificate_shows_at_once(client, world):
    client.force_login(coordinator())
    page, _queries = dashboard(client)
    assert figure(page, ENROLMENTS, f"{YEAR}&amp;state=certified") == 1
    Certificate.objects.get(holder=world["pp1"]).revoke(by=None, reason="Issued by mistake")
    page, _queries = dashboard(client)
    assert figure(page, ENROLMENTS, f"{YEAR}&amp;state=certified") == 0


def test_an_expert_added_to_a_mission_shows_at_once(client, world):
    client.force_login(coordinator())
    page, _queries = dashboard(client)
    experts = reverse("core:steer_list", kwargs={"key": "experts"})
    assert figure(page, experts, YEAR) == 3
    world["m2"].experts.add(ExpertProfileFactory(user=UserFactory(city=world["rio"])))
    page, _queries = dashboard(client)
    assert figure(page, experts, YEAR) == 4


def test_a_focal_point_never_gets_the_coordinators_panels(client, world):
    client.force_login(coordinator())
    dashboard(client)
    client.force_login(focal_point(world["rio"]))
    page, _queries = dashboard(client)
    assert "Phnom Penh</a></th>" not in page
    city = world["rio"].pk
    assert figure(page, ENROLMENTS, f"{YEAR}&amp;city={city}") == 1


def test_each_language_has_its_own_panels(client, world):
    client.force_login(coordinator())
    english, _queries = dashboard(client)
    assert ">Submitted</a></th>" in english  # requests by status, labels made as text
    with translation.override("fr"):
        url = reverse("core:steer")
    french = client.get(url, {"year": 2025}).text
    assert ">Soumise</a></th>" in french and ">Submitted</a></th>" not in french


def test_funder_reports_compute_the_figures_every_time(world, year_2025):
    before = values(panels(year_2025)[0])["Learners enrolled"]
    learner = UserFactory(city=world["rio"], email="late@example.org")
    Enrolment.objects.bulk_create(  # no signal, so no version bumped
        [Enrolment(user=learner, module=world["junctions"], session=world["s1"])]
    )
    assert values(panels(year_2025)[0])["Learners enrolled"] == before + 1


def images(page: str) -> list[str]:
    return re.findall(r'src="(data:image/svg\+xml;base64,[^"]+)"', page)


def test_charts_are_drawn_again_only_when_what_they_show_changes(client, world, monkeypatch):
    from core import charts

    drawn = []
    draw = charts.bar_chart_svg
    monkeypatch.setattr(charts, "bar_chart_svg", lambda chart: drawn.append(chart) or draw(chart))
    client.force_login(coordinator())
    first, _queries = dashboard(client)
    assert len(drawn) == len(images(first)) == 6
    again, _queries = dashboard(client)
    assert len(drawn) == 6 and images(again) == images(first)

    learner = UserFactory(city=world["rio"], email="late@example.org")
    Enrolment.objects.create(user=learner, module=world["junctions"], session=world["s1"])
    after, _queries = dashboard(client)
    # Learners by city, by domain and by month changed; the three exchange charts did not.
    assert [str(chart.title) for chart in drawn[6:]] == [
        "Learners by city",
        "Learners by domain",
        "Learners by month",
    ]
    assert images(after)[3:] == images(first)[3:] and images(after)[0] != images(first)[0]
