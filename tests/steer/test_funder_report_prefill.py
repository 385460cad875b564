"""The funder-report form can be bookmarked or linked to: a GET's query string
preselects its choices (the dashboard links to it with its filters); only a
POST builds a report, and nobody is offered what they may not choose."""

import re

import pytest

from django.urls import reverse
from django.utils import translation

from core.factories import CooperationProjectFactory, coordinator
from documents.models import FunderReport
from exchange.factories import focal_point

pytestmark = pytest.mark.django_db

REPORT = reverse("documents:funder_report")


def selected(page: str, name: str) -> str | None:
    """The value the form shows for field `name` (a select's selected option or an input's)."""
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', page, re.S)
    if select:
        option = re.search(r'<option value="([^"]*)" selected>', select.group(1))
        return option.group(1) if option else None
    field = re.search(rf'<input type="date" name="{name}"(?: value="([^"]*)")?', page)
    return field.group(1) if field else None


def form(client, **params) -> str:
    response = client.get(REPORT, params)
    assert response.status_code == 200
    return response.text


def test_the_query_string_preselects_project_period_and_language(client, project):
    client.force_login(coordinator())
    page = form(client, project=project.pk, start="2025-01-01", end="2025-12-31", language="pt")

    assert selected(page, "project") == str(project.pk)
    assert selected(page, "funder") in (None, "")
    assert (selected(page, "start"), selected(page, "end")) == ("2025-01-01", "2025-12-31")
    assert selected(page, "language") == "pt"
    assert not FunderReport.objects.exists()  # a GET builds nothing


def test_a_funder_can_be_preselected(client, project):
    client.force_login(coordinator())
    funder = project.fundings.get().funder
    assert selected(form(client, funder=funder.pk), "funder") == str(funder.pk)


def test_without_a_language_the_interfaces_is_chosen(client, project):
    client.force_login(coordinator())
    assert selected(form(client), "language") == "en"
    with translation.override("fr"):
        french = reverse("documents:funder_report")
    page = client.get(french).text
    assert selected(page, "language") == "fr"
    assert (selected(page, "start"), selected(page, "end")) == (None, None)


def test_the_dashboards_link_opens_the_form_for_its_partnership_and_year(client, world, project):
    client.force_login(coordinator())
    dashboard = client.get(
        reverse("core:steer"), {"year": 2025, "partnership": world["paris_pp"].pk}
    ).text
    link = re.search(r'href="(/[^"]*/reports/funders/\?[^"]*|/reports/funders/\?[^"]*)"', dashboard)
    assert link, "no link to the funder report"
    page = client.get(link.group(1).replace("&amp;", "&")).text

    assert selected(page, "project") == str(project.pk)  # the partnership's only project
    assert (selected(page, "start"), selected(page, "end")) == ("2025-01-01", "2025-12-31")


def test_a_partnership_with_several_projects_preselects_none(client, world, project):
    CooperationProjectFactory(partnership=world["paris_pp"], title="Markets of Phnom Penh")
    client.force_login(coordinator())
    page = form(client, partnership=world["paris_pp"].pk, start="2025-01-01")
    assert selected(page, "project") in (None, "")
    assert selected(page, "start") == "2025-01-01"


@pytest.mark.parametrize(
    "params",
    [
        {"project": "nope", "start": "2025-13-45", "language": "xx"},
        {"project": "9" * 30, "funder": "-1", "partnership": "9" * 30, "end": "0"},
        {"partnership": "١٢", "start": "\x00"},
    ],
)
def test_bad_values_are_ignored(client, project, params):
    client.force_login(coordinator())
    page = form(client, **params)
    for name in ("project", "funder", "start", "end"):
        assert selected(page, name) in (None, ""), name
    assert selected(page, "language") == "en"
    assert "errorlist" not in page  # a bookmark with a stale id shows a clean form


def test_a_focal_point_is_not_offered_another_citys_project(client, world, project, rio_project):
    client.force_login(focal_point(world["phnom_penh"]))
    assert selected(form(client, project=rio_project.pk), "project") in (None, "")
    assert selected(form(client, partnership=world["paris_rio"].pk), "project") in (None, "")
    assert selected(form(client, project=project.pk), "project") == str(project.pk)


def test_building_still_needs_a_post(client, project):
    client.force_login(coordinator())
    response = client.post(
        REPORT,
        {"project": project.pk, "start": "2025-01-01", "end": "2025-12-31", "language": "en"},
    )
    assert response.status_code == 302
    assert FunderReport.objects.count() == 1
