"""Who may see and act on partner requests, missions and proposals (views)."""

import pytest

from django.urls import reverse

from core.factories import UserFactory, coordinator
from core.roles import Role
from exchange.factories import MissionFactory, PartnerRequestFactory, focal_point
from exchange.models import ExpertProposal, PartnerRequest
from experts.factories import ExpertProfileFactory

S = PartnerRequest.Status
pytestmark = pytest.mark.django_db


def test_focal_point_sees_only_their_citys_requests(client):
    mine, theirs = PartnerRequestFactory(title="Ours"), PartnerRequestFactory(title="Theirs")
    client.force_login(focal_point(mine.city))
    listing = client.get(reverse("exchange:request_list"))
    assert "Ours" in listing.text and "Theirs" not in listing.text
    assert client.get(theirs.get_absolute_url()).status_code == 404
    assert client.get(reverse("exchange:request_edit", args=[theirs.pk])).status_code == 404


def test_focal_point_cannot_move_another_citys_request(client):
    theirs = PartnerRequestFactory()
    client.force_login(focal_point(PartnerRequestFactory().city))
    response = client.post(reverse("exchange:request_move", args=[theirs.pk]), {"to": S.SUBMITTED})
    assert response.status_code == 404


def test_disallowed_transition_is_refused_with_a_message(client):
    request = PartnerRequestFactory()
    client.force_login(focal_point(request.city))
    response = client.post(
        reverse("exchange:request_move", args=[request.pk]), {"to": S.CONFIRMED}, follow=True
    )
    assert "cannot go from" in response.text
    request.refresh_from_db()
    assert request.status == S.DRAFT


def test_only_coordinators_open_the_shortlist_and_propose(client):
    request = PartnerRequestFactory(status=S.MATCHING)
    expert = ExpertProfileFactory()
    for user in (focal_point(request.city), expert.user, UserFactory(roles=[Role.OFFICIAL])):
        client.force_login(user)
        assert (
            client.get(reverse("exchange:request_shortlist", args=[request.pk])).status_code == 403
        )
        response = client.post(
            reverse("exchange:request_propose", args=[request.pk]), {"expert": expert.pk}
        )
        assert response.status_code == 403
        assert client.get(reverse("exchange:batch_preview")).status_code == 403
    assert not ExpertProposal.objects.exists()


def test_only_coordinators_confirm(client):
    request = PartnerRequestFactory(status=S.EXPERTS_PROPOSED)
    ExpertProposal.objects.create(
        request=request, expert=ExpertProfileFactory(), status=ExpertProposal.Status.ACCEPTED
    )
    client.force_login(focal_point(request.city))
    client.post(reverse("exchange:request_move", args=[request.pk]), {"to": S.CONFIRMED})
    request.refresh_from_db()
    assert request.status == S.EXPERTS_PROPOSED
    client.force_login(coordinator())
    client.post(reverse("exchange:request_move", args=[request.pk]), {"to": S.CONFIRMED})
    request.refresh_from_db()
    assert request.status == S.CONFIRMED


def test_coordinator_without_two_factor_is_sent_to_set_it_up(client):
    client.force_login(coordinator(mfa=False))
    response = client.get(reverse("exchange:batch_preview"))
    assert response.status_code == 302


def test_expert_sees_only_their_own_missions(client):
    own, other = ExpertProfileFactory(), ExpertProfileFactory()
    mine, theirs = MissionFactory(experts=[own]), MissionFactory(experts=[other])
    client.force_login(own.user)
    assert client.get(mine.get_absolute_url()).status_code == 200
    assert client.get(theirs.get_absolute_url()).status_code == 404


def test_expert_sees_only_their_own_proposals(client):
    request = PartnerRequestFactory(status=S.EXPERTS_PROPOSED)
    own, other = ExpertProfileFactory(), ExpertProfileFactory()
    ExpertProposal.objects.create(request=request, expert=own, status="proposed")
    theirs = ExpertProposal.objects.create(request=request, expert=other, status="proposed")
    client.force_login(own.user)
    page = client.get(request.get_absolute_url())
    assert str(own) in page.text and str(other) not in page.text
    response = client.post(reverse("exchange:answer", args=[theirs.pk]), {"answer": "accept"})
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == "proposed"


def test_expert_cannot_see_a_draft_request(client):
    request = PartnerRequestFactory()
    client.force_login(ExpertProfileFactory().user)
    assert client.get(request.get_absolute_url()).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client):
    request = PartnerRequestFactory()
    assert client.get(request.get_absolute_url()).status_code == 302
    assert client.get(reverse("experts:directory")).status_code == 302


def test_the_page_offers_only_the_steps_the_reader_may_take(client):
    request = PartnerRequestFactory()
    client.force_login(focal_point(request.city))
    offered = [
        label for _value, label in client.get(request.get_absolute_url()).context["next_statuses"]
    ]
    assert [str(label) for label in offered] == ["Submitted", "Cancelled"]
    client.force_login(coordinator())
    offered = client.get(request.get_absolute_url()).context["next_statuses"]
    assert [value for value, _label in offered] == [S.CANCELLED]


def test_directory_queries_do_not_grow_with_the_number_of_experts(client, cold_and_warm_queries):
    client.force_login(UserFactory())
    ExpertProfileFactory.create_batch(2)
    client.get(reverse("experts:directory"))  # warm the caches
    few = cold_and_warm_queries(lambda: client.get(reverse("experts:directory")))
    ExpertProfileFactory.create_batch(6)
    many = cold_and_warm_queries(lambda: client.get(reverse("experts:directory")))
    assert many == few
