"""Coordinator shortlist and batch, expert fits-me and volunteering, the command."""

import datetime
from io import StringIO

import pytest

from django.core.management import call_command
from django.urls import reverse

from core.factories import coordinator
from exchange.factories import PartnerRequestFactory
from exchange.models import ExpertProposal, PartnerRequest
from experts.factories import ExpertProfileFactory, SkillFactory

S = PartnerRequest.Status
pytestmark = pytest.mark.django_db


@pytest.fixture
def matching():
    signals, surveys = SkillFactory(name="Signal timing"), SkillFactory(name="Traffic surveys")
    request = PartnerRequestFactory(
        status=S.MATCHING,
        working_languages=["km"],
        wanted={signals: (True, 2), surveys: (True, 2)},
        experts_needed=1,
    )
    strong = ExpertProfileFactory(
        skills={signals: 4, surveys: 3},
        languages={"km": 5},
        available=[(datetime.date(2027, 3, 1), datetime.date(2027, 3, 14))],
    )
    weak = ExpertProfileFactory(skills={signals: 2}, languages={"km": 4, "fr": 6})
    ExpertProfileFactory(skills={signals: 4}, languages={"fr": 6})  # no Khmer: filtered out
    return request, strong, weak


def test_shortlist_ranks_and_explains(client, matching):
    request, strong, weak = matching
    client.force_login(coordinator())
    response = client.get(reverse("exchange:request_shortlist", args=[request.pk]))
    text = response.text
    assert [row["expert"] for row in response.context["shortlist"]] == [strong, weak]
    assert "covers 2 of 2 required skills: Signal timing (4), Traffic surveys (3)" in text
    assert "speaks Khmer C1" in text
    assert "free 14 of 14 days" in text


def test_coordinator_proposes_from_the_shortlist(client, matching):
    request, strong, _weak = matching
    client.force_login(coordinator())
    client.post(reverse("exchange:request_propose", args=[request.pk]), {"expert": strong.pk})
    proposal = ExpertProposal.objects.get()
    assert proposal.expert == strong and proposal.status == ExpertProposal.Status.PROPOSED
    assert proposal.reasons
    request.refresh_from_db()
    assert request.status == S.EXPERTS_PROPOSED


def test_batch_preview_then_apply(client, matching):
    request, strong, _weak = matching
    client.force_login(coordinator())
    preview = client.get(reverse("exchange:batch_preview"))
    assert [(r["title"], r["expert"]) for r in preview.context["rows"]] == [(request.title, strong)]
    assert not ExpertProposal.objects.exists()
    client.post(reverse("exchange:batch_preview"), {"proposal": preview.context["proposal"]})
    assert ExpertProposal.objects.get().expert == strong
    again = client.get(reverse("exchange:batch_preview"))
    assert again.context["rows"] == []


def test_expert_sees_requests_that_fit_and_volunteers(client, matching):
    request, strong, _weak = matching
    client.force_login(strong.user)
    response = client.get(reverse("exchange:fits_me"))
    assert [row["request"] for row in response.context["fits"]] == [request]
    assert "covers 2 of 2 required skills" in response.text
    client.post(reverse("exchange:volunteer", args=[request.pk]))
    assert ExpertProposal.objects.get().status == ExpertProposal.Status.VOLUNTEERED


def test_match_requests_prints_a_table_and_applies(matching):
    request, strong, _weak = matching
    coordinator()
    out = StringIO()
    call_command("match_requests", stdout=out)
    assert request.title in out.getvalue() and str(strong) in out.getvalue()
    assert "Dry run" in out.getvalue()
    assert not ExpertProposal.objects.exists()
    call_command("match_requests", "--apply", stdout=StringIO())
    assert ExpertProposal.objects.get().expert == strong


def test_shortlist_queries_do_not_grow_with_the_pool(client, matching, cold_and_warm_queries):
    request, _strong, _weak = matching
    client.force_login(coordinator())
    url = reverse("exchange:request_shortlist", args=[request.pk])
    client.get(url)  # warm the caches (site, content types)
    few = cold_and_warm_queries(lambda: client.get(url))
    signals = request.skills.first().skill
    for _ in range(5):
        ExpertProfileFactory(skills={signals: 3}, languages={"km": 6})
    many = cold_and_warm_queries(lambda: client.get(url))
    assert many == few
