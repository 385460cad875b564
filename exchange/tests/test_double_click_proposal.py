"""A double-clicked proposal or volunteering never gives a server error: one
proposal, one e-mail."""

import datetime
import threading

import pytest

from django.db import connection, connections
from django.urls import reverse

from core.factories import coordinator
from core.models import OutgoingMail
from exchange.factories import PartnerRequestFactory
from exchange.models import ExpertProposal, PartnerRequest
from exchange.services import proposal_create
from experts.factories import ExpertProfileFactory

S = PartnerRequest.Status
PERIOD = [(datetime.date(2027, 3, 1), datetime.date(2027, 3, 14))]


def _expert():
    return ExpertProfileFactory(available=PERIOD)


@pytest.mark.django_db
def test_proposing_an_expert_twice_makes_one_proposal_and_one_mail(client):
    request, expert = PartnerRequestFactory(status=S.MATCHING), _expert()
    client.force_login(coordinator())
    url = reverse("exchange:request_propose", args=[request.pk])

    statuses = [client.post(url, {"expert": expert.pk}).status_code for _ in range(2)]

    assert statuses == [302, 302]
    assert ExpertProposal.objects.filter(request=request, expert=expert).count() == 1
    assert OutgoingMail.objects.filter(to=[expert.user.email]).count() == 1


@pytest.mark.django_db
def test_volunteering_twice_makes_one_proposal(client):
    request, expert = PartnerRequestFactory(status=S.MATCHING), _expert()
    client.force_login(expert.user)
    url = reverse("exchange:volunteer", args=[request.pk])

    assert [client.post(url).status_code for _ in range(2)] == [302, 302]

    assert ExpertProposal.objects.filter(request=request, expert=expert).count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises writers (IMMEDIATE transactions): no race to lose",
)
def test_simultaneous_proposals_for_one_request_all_stand():
    """Two coordinators' clicks for one expert, and others for two more experts,
    at once: no error, one proposal per expert, the request moved once."""
    request, boss = PartnerRequestFactory(status=S.MATCHING), coordinator()
    first, second, third = _expert(), _expert(), _expert()
    targets = [first, first, second, third]
    barrier = threading.Barrier(len(targets))
    errors = []

    def propose(expert):
        try:
            seen = PartnerRequest.objects.get(pk=request.pk)  # each request reads its own
            barrier.wait()
            proposal_create(request=seen, expert=expert, by=boss)
        except Exception as exc:  # noqa: BLE001 — the test reports it
            errors.append(repr(exc))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=propose, args=(expert,)) for expert in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert sorted(request.proposals.values_list("expert", flat=True)) == sorted(
        e.pk for e in (first, second, third)
    )
    assert request.transitions.filter(to_status=S.EXPERTS_PROPOSED).count() == 1
