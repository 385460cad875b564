"""The shortlist, proposals and the batch leave out experts not free enough."""

import datetime

import pytest

from django.urls import reverse

from core.factories import coordinator
from exchange.factories import PartnerRequestFactory
from exchange.models import ExpertProposal, PartnerRequest
from experts.factories import ExpertProfileFactory, SkillFactory

S = PartnerRequest.Status
pytestmark = pytest.mark.django_db
MARCH = (datetime.date(2027, 3, 1), datetime.date(2027, 3, 14))  # the factory's period


@pytest.fixture
def signals():
    return SkillFactory(name="Signal timing")


@pytest.fixture
def on_site(signals):
    return PartnerRequestFactory(
        status=S.MATCHING, working_languages=["km"], wanted={signals: (True, 2)}
    )


@pytest.fixture
def experts(signals):
    """The best expert on paper is free on none of the request's days."""
    busy = ExpertProfileFactory(
        skills={signals: 4}, languages={"km": 6}, years_of_experience=30, available=[]
    )
    free = ExpertProfileFactory(skills={signals: 2}, languages={"km": 4}, available=[MARCH])
    half = ExpertProfileFactory(
        skills={signals: 3},
        languages={"km": 5},
        available=[(MARCH[0], datetime.date(2027, 3, 7))],
    )
    return busy, free, half


@pytest.fixture
def as_coordinator(client):
    client.force_login(coordinator())
    return client


def shortlist(client, request, **params):
    return client.get(reverse("exchange:request_shortlist", args=[request.pk]), params)


def test_an_expert_free_on_none_of_the_days_is_not_shortlisted(as_coordinator, on_site, experts):
    busy, free, half = experts
    response = shortlist(as_coordinator, on_site)
    assert [row["expert"] for row in response.context["shortlist"]] == [free]
    assert "free 14 of 14 days" in response.text
    assert "experts must be free for the whole period (14 days)" in response.text


def test_the_coordinator_can_see_the_unavailable_clearly_marked(as_coordinator, on_site, experts):
    busy, free, half = experts
    hidden = shortlist(as_coordinator, on_site)
    assert str(busy) not in hidden.text
    assert "?unavailable=1" in hidden.text
    response = shortlist(as_coordinator, on_site, unavailable="1")
    assert [row["expert"] for row in response.context["unavailable"]] == [busy, half]
    assert "Unavailable" in response.text
    assert "not available: free 0 of 14 days, 14 needed" in response.text
    assert "not available: free 7 of 14 days, 14 needed" in response.text
    assert response.text.count('name="expert"') == 1  # only the available one can be proposed


def test_a_remote_request_asks_for_the_share_the_coordinator_sets(as_coordinator, signals, experts):
    busy, free, half = experts
    remote = PartnerRequestFactory(
        status=S.MATCHING,
        working_languages=["km"],
        wanted={signals: (True, 2)},
        on_site=False,
        location=None,
    )
    assert remote.min_availability_share == 50
    response = shortlist(as_coordinator, remote)
    assert [row["expert"] for row in response.context["shortlist"]] == [free, half]
    assert "free 7 of 14 days (7 needed)" in response.text

    as_coordinator.post(reverse("exchange:request_availability", args=[remote.pk]), {"share": "80"})
    remote.refresh_from_db()
    assert remote.min_availability_share == 80
    response = shortlist(as_coordinator, remote)
    assert [row["expert"] for row in response.context["shortlist"]] == [free]


def test_the_share_cannot_be_set_on_site_or_out_of_range(as_coordinator, on_site, experts):
    url = reverse("exchange:request_availability", args=[on_site.pk])
    as_coordinator.post(url, {"share": "10"})
    on_site.refresh_from_db()
    assert on_site.required_availability_share == 100
    on_site.on_site = False
    on_site.save()
    as_coordinator.post(url, {"share": "150"})
    on_site.refresh_from_db()
    assert on_site.min_availability_share == 50


def test_an_unavailable_expert_cannot_be_proposed(as_coordinator, on_site, experts):
    busy, _free, _half = experts
    response = as_coordinator.post(
        reverse("exchange:request_propose", args=[on_site.pk]), {"expert": busy.pk}, follow=True
    )
    assert "not free for enough of the period" in response.text
    assert not ExpertProposal.objects.exists()


def test_the_batch_never_proposes_an_unavailable_expert(as_coordinator, on_site, experts):
    busy, free, _half = experts
    preview = as_coordinator.get(reverse("exchange:batch_preview"))
    assert [row["expert"] for row in preview.context["rows"]] == [free]
    as_coordinator.post(
        reverse("exchange:batch_preview"), {"proposal": preview.context["proposal"]}
    )
    assert list(ExpertProposal.objects.values_list("expert", flat=True)) == [free.pk]
