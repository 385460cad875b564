"""The request workflow: allowed steps per role, the log, the mission and e-mails."""

import pytest

from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation

from core.factories import coordinator
from exchange.factories import PartnerRequestFactory, focal_point
from exchange.models import ExpertProposal, MissionEvaluation, PartnerRequest
from exchange.services import (
    TransitionNotAllowed,
    evaluation_file,
    path_in_language,
    proposal_answer,
    proposal_create,
    request_transition,
)
from experts.factories import ExpertProfileFactory, SkillFactory

S = PartnerRequest.Status
pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    request = PartnerRequestFactory()
    return request, focal_point(request.city), coordinator()


def test_the_whole_way_from_draft_to_evaluated(setup):
    request, partner, boss = setup
    skill = SkillFactory()
    expert = ExpertProfileFactory(skills={skill: 3})

    request_transition(request=request, user=partner, to_status=S.SUBMITTED)
    request_transition(request=request, user=boss, to_status=S.IN_REVIEW)
    request_transition(request=request, user=boss, to_status=S.MATCHING)
    proposal = proposal_create(request=request, expert=expert, by=boss)
    request.refresh_from_db()
    assert request.status == S.EXPERTS_PROPOSED
    proposal_answer(proposal=proposal, user=expert.user, accept=True)
    request_transition(request=request, user=boss, to_status=S.CONFIRMED)
    request.refresh_from_db()
    assert list(request.mission.experts.all()) == [expert]
    request_transition(request=request, user=partner, to_status=S.IN_PROGRESS)
    request_transition(request=request, user=partner, to_status=S.COMPLETED)
    evaluation_file(
        mission=request.mission,
        user=partner,
        objectives_met=5,
        knowledge_transferred=4,
        would_work_together_again=True,
    )
    request.refresh_from_db()
    assert request.status == S.EVALUATED
    steps = list(request.transitions.values_list("to_status", "by"))
    assert [s for s, _by in steps] == [
        S.DRAFT,
        S.SUBMITTED,
        S.IN_REVIEW,
        S.MATCHING,
        S.EXPERTS_PROPOSED,
        S.CONFIRMED,
        S.IN_PROGRESS,
        S.COMPLETED,
        S.EVALUATED,
    ]
    assert steps[1][1] == partner.pk and steps[2][1] == boss.pk
    assert MissionEvaluation.objects.get().kind == MissionEvaluation.Kind.PARTNER


def test_focal_point_cannot_review_their_own_request(setup):
    request, partner, _boss = setup
    request_transition(request=request, user=partner, to_status=S.SUBMITTED)
    with pytest.raises(TransitionNotAllowed, match="cannot go from"):
        request_transition(request=request, user=partner, to_status=S.IN_REVIEW)


def test_coordinator_cannot_skip_steps(setup):
    request, _partner, boss = setup
    with pytest.raises(TransitionNotAllowed):
        request_transition(request=request, user=boss, to_status=S.MATCHING)
    request.refresh_from_db()
    assert request.status == S.DRAFT


def test_focal_point_of_another_city_cannot_submit(setup):
    request, _partner, _boss = setup
    stranger = focal_point(PartnerRequestFactory().city)
    with pytest.raises(TransitionNotAllowed):
        request_transition(request=request, user=stranger, to_status=S.SUBMITTED)


def test_confirming_needs_an_accepted_expert(setup):
    request, _partner, boss = setup
    PartnerRequest.objects.filter(pk=request.pk).update(status=S.EXPERTS_PROPOSED)
    with pytest.raises(TransitionNotAllowed, match="accepted"):
        request_transition(request=request, user=boss, to_status=S.CONFIRMED)


def test_submission_emails_coordinators_with_a_link(setup, django_capture_on_commit_callbacks):
    request, partner, boss = setup
    with django_capture_on_commit_callbacks(execute=True):
        request_transition(request=request, user=partner, to_status=S.SUBMITTED)
    [message] = [m for m in mail.outbox if boss.email in m.to]
    assert request.title in message.subject
    assert f"http://testserver/requests/{request.pk}/" in message.body


def test_each_recipient_gets_the_link_in_their_language(setup, django_capture_on_commit_callbacks):
    request, partner, boss = setup
    boss.preferred_language = "fr"
    boss.save()
    with django_capture_on_commit_callbacks(execute=True):
        request_transition(request=request, user=partner, to_status=S.SUBMITTED)
    [message] = [m for m in mail.outbox if boss.email in m.to]
    assert f"http://testserver/fr/requests/{request.pk}/" in message.body


def test_a_link_built_in_french_reaches_english_readers_in_english():
    with translation.override("fr"):
        path = reverse("exchange:request_detail", args=[7])
    assert path == "/fr/requests/7/"
    assert path_in_language(path, "en") == "/requests/7/"
    assert path_in_language(path, "fr") == "/fr/requests/7/"
    assert path_in_language("/no/such/page/", "fr") == "/no/such/page/"


def test_proposed_expert_is_emailed_with_a_link_to_answer(
    setup, django_capture_on_commit_callbacks
):
    request, _partner, boss = setup
    PartnerRequest.objects.filter(pk=request.pk).update(status=S.MATCHING)
    request.refresh_from_db()
    expert = ExpertProfileFactory()
    with django_capture_on_commit_callbacks(execute=True):
        proposal_create(request=request, expert=expert, by=boss)
    [message] = [m for m in mail.outbox if expert.user.email in m.to]
    assert "/experts/me/missions/" in message.body


def test_an_expert_cannot_answer_someone_elses_proposal(setup):
    request, _partner, boss = setup
    PartnerRequest.objects.filter(pk=request.pk).update(status=S.MATCHING)
    request.refresh_from_db()
    proposal = proposal_create(request=request, expert=ExpertProfileFactory(), by=boss)
    with pytest.raises(PermissionDenied):
        proposal_answer(proposal=proposal, user=ExpertProfileFactory().user, accept=True)
    proposal.refresh_from_db()
    assert proposal.status == ExpertProposal.Status.PROPOSED


def test_answer_and_confirmation_are_emailed(setup, django_capture_on_commit_callbacks):
    request, partner, boss = setup
    PartnerRequest.objects.filter(pk=request.pk).update(status=S.MATCHING)
    request.refresh_from_db()
    expert = ExpertProfileFactory()
    proposal = proposal_create(request=request, expert=expert, by=boss)
    with django_capture_on_commit_callbacks(execute=True):
        proposal_answer(proposal=proposal, user=expert.user, accept=True)
    assert {boss.email, partner.email} <= {address for m in mail.outbox for address in m.to}
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        request_transition(request=request, user=boss, to_status=S.CONFIRMED)
    [to_expert] = [m for m in mail.outbox if expert.user.email in m.to]
    assert f"/missions/{request.mission.pk}/" in to_expert.body
