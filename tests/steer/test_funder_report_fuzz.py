"""Random input posted to the funder report form, as a coordinator and as a
focal point: never a server error, and a report only for valid input."""

import pytest
from hypothesis import example, given

from django.urls import reverse

from core.factories import CityFactory, CooperationProjectFactory, coordinator
from exchange.factories import focal_point
from tests.fuzz import FUZZ, form

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    project = CooperationProjectFactory()
    return {
        "project": project,
        "coordinator": coordinator(),
        "focal_point": focal_point(project.partnership.city_b),
        "elsewhere": focal_point(CityFactory()),
    }


@FUZZ
@given(data=form("project", "funder", "start", "end", "language"))
@example(data={"project": "1", "start": "2025-01-01", "end": "2025-12-31", "language": "km"})
@example(data={"project": "99999999999999999999", "start": "2025-01-01", "end": "2025-12-31"})
def test_the_report_form(client, people, data):
    for who in ("coordinator", "focal_point", "elsewhere"):
        client.force_login(people[who])
        response = client.post(reverse("documents:funder_report"), data)
        assert response.status_code < 500, (who, data)
