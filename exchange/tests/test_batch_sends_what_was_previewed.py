"""Sending the batch applies the previewed proposal, or nothing if the data moved."""

import datetime

import pytest

from django.urls import reverse

from core.factories import coordinator
from exchange.factories import PartnerRequestFactory
from exchange.models import ExpertProposal, PartnerRequest
from experts.factories import ExpertProfileFactory, SkillFactory
from experts.models import Availability

S = PartnerRequest.Status
pytestmark = pytest.mark.django_db
URL = reverse("exchange:batch_preview")


@pytest.fixture
def signals():
    return SkillFactory(name="Signal timing")


@pytest.fixture
def request_(signals):
    return PartnerRequestFactory(
        status=S.MATCHING, working_languages=["en"], wanted={signals: (True, 2)}
    )


@pytest.fixture
def first_choice(signals):
    return ExpertProfileFactory(skills={signals: 3}, languages={"en": 5})


@pytest.fixture
def as_coordinator(client):
    client.force_login(coordinator())
    return client


def proposed() -> list[tuple[int, int]]:
    return list(ExpertProposal.objects.values_list("request", "expert"))


def test_sending_applies_exactly_the_previewed_pairs(as_coordinator, request_, first_choice):
    preview = as_coordinator.get(URL)
    pairs = [(row["request_id"], row["expert"].pk) for row in preview.context["rows"]]
    assert pairs == [(request_.pk, first_choice.pk)]
    response = as_coordinator.post(URL, {"proposal": preview.context["proposal"]}, follow=True)
    assert proposed() == pairs
    assert "1 proposals sent to experts" in response.text


def test_a_better_expert_arriving_after_the_preview_stops_the_send(
    as_coordinator, signals, request_, first_choice
):
    preview = as_coordinator.get(URL)
    newcomer = ExpertProfileFactory(
        skills={signals: 4}, languages={"en": 6}, years_of_experience=30
    )
    response = as_coordinator.post(URL, {"proposal": preview.context["proposal"]})
    assert response.status_code == 409
    assert not ExpertProposal.objects.exists()
    assert "nothing was sent" in response.text
    # The new preview, for the data as it is now, is shown at once.
    assert [row["expert"] for row in response.context["rows"]] == [newcomer]
    as_coordinator.post(URL, {"proposal": response.context["proposal"]})
    assert proposed() == [(request_.pk, newcomer.pk)]


def test_an_availability_change_after_the_preview_stops_the_send(
    as_coordinator, request_, first_choice
):
    preview = as_coordinator.get(URL)
    Availability.objects.filter(profile=first_choice).update(end=datetime.date(2027, 3, 5))
    response = as_coordinator.post(URL, {"proposal": preview.context["proposal"]})
    assert response.status_code == 409
    assert not ExpertProposal.objects.exists()
    assert response.context["rows"] == []


def test_a_tampered_proposal_sends_nothing(as_coordinator, request_, first_choice):
    preview = as_coordinator.get(URL)
    token = preview.context["proposal"]
    response = as_coordinator.post(URL, {"proposal": token[:-2] + "xx"})
    assert response.status_code == 400
    assert not ExpertProposal.objects.exists()
    response = as_coordinator.post(URL, {})
    assert response.status_code == 400
    assert not ExpertProposal.objects.exists()
