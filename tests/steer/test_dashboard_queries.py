"""The whole /steer/ page (figures, six charts, filters, links) takes the same
number of queries whatever the data: every figure is aggregated in the
database (bench/steer.py measures it at 50,000 enrolments)."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.factories import coordinator
from tests.steer.test_figures import more_of_everything

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("core:steer")


def _queries(client, **params) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(DASHBOARD, params)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("params", [{"year": 2025}, {}])
def test_the_dashboard_takes_the_same_queries_with_more_data(client, world, params):
    client.force_login(coordinator())
    before = _queries(client, **params)

    more_of_everything(world)
    after = _queries(client, **params)

    assert after == before
    assert after <= 30
