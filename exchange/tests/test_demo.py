"""The demo loads twice and covers the workflow (runs the whole demo: one test)."""

import pytest

from exchange.models import Mission, MissionEvaluation, PartnerRequest
from experts.models import ExpertProfile

pytestmark = pytest.mark.django_db


def test_demo_loads_twice_with_experts_and_requests_in_every_state():
    from core import demo as core_demo
    from exchange import demo as exchange_demo
    from experts import demo as experts_demo

    for _run in range(2):
        core_demo.load()
        experts_demo.load()
        exchange_demo.load()
    assert ExpertProfile.objects.count() >= 40
    assert set(ExpertProfile.objects.values_list("home_city__slug", flat=True)) == {
        "paris",
        "phnom-penh",
        "rio-de-janeiro",
    }
    statuses = set(PartnerRequest.objects.values_list("status", flat=True))
    assert len(statuses) >= 6
    assert {"completed", "evaluated"} <= statuses
    assert Mission.objects.filter(request__status="evaluated").exists()
    assert MissionEvaluation.objects.filter(kind="partner").exists()


def test_demo_matching_has_free_experts_to_show():
    """Availability is a rule: the demo's requests still find experts free
    for them, so missions have experts and the shortlist is not empty."""
    from core import demo as core_demo
    from exchange import demo as exchange_demo
    from exchange.selectors import build_pool, request_data
    from experts import demo as experts_demo

    core_demo.load()
    experts_demo.load()
    exchange_demo.load()
    for mission in Mission.objects.all():
        assert mission.experts.exists(), mission.request.title
    matching = PartnerRequest.objects.get(status="matching")
    pool = build_pool()
    assert len(pool.shortlist(request_data(matching))) >= matching.experts_needed
