"""Random input (long, Unicode, control characters, wrong types) posted to the
exchange's and the account's POST endpoints, as each role: never a server error."""

import pytest
from hypothesis import given

from django.urls import reverse

from core.factories import UserFactory, coordinator
from core.roles import Role
from exchange.factories import MissionFactory, PartnerRequestFactory, focal_point
from exchange.models import ExpertProposal, PartnerRequest
from experts.factories import ExpertProfileFactory
from tests.fuzz import FUZZ, form

pytestmark = pytest.mark.django_db
S = PartnerRequest.Status


@pytest.fixture
def world():
    request = PartnerRequestFactory(status=S.MATCHING)
    expert = ExpertProfileFactory()
    proposal = ExpertProposal.objects.create(
        request=request, expert=expert, status=ExpertProposal.Status.PROPOSED
    )
    mission = MissionFactory(experts=[expert], request__status=S.COMPLETED)
    return {
        "request": request,
        "expert": expert,
        "proposal": proposal,
        "mission": mission,
        "coordinator": coordinator(),
        "focal_point": focal_point(request.city),
        "mission_focal_point": focal_point(mission.request.city),
        "official": UserFactory(roles=[Role.OFFICIAL]),
    }


def _assert_no_server_error(client, user, url, data):
    client.force_login(user)
    response = client.post(url, data)
    assert response.status_code < 500, (url, data)


REQUEST_FIELDS = (
    "title",
    "partnership",
    "domain",
    "needs",
    "working_languages",
    "start_date",
    "end_date",
    "on_site",
    "location",
    "experts_needed",
    "expected_trainees",
    "funding_partners",
    "skills-TOTAL_FORMS",
    "skills-INITIAL_FORMS",
    "skills-0-skill",
    "skills-0-min_level",
    "submit",
)


def test_an_id_no_database_integer_holds_is_a_form_error(client, world):
    """Found by the fuzz below: 2**63 as a funding partner was a 500 on SQLite."""
    client.force_login(world["focal_point"])
    response = client.post(
        reverse("exchange:request_create"), {"funding_partners": str(2**63), "title": "Kept"}
    )
    assert response.status_code == 200
    assert "funding_partners" in response.context["form"].errors
    assert response.context["form"]["title"].value() == "Kept"


@FUZZ
@given(data=form(*REQUEST_FIELDS))
def test_focal_point_request_forms(client, world, data):
    _assert_no_server_error(client, world["focal_point"], reverse("exchange:request_create"), data)
    url = reverse("exchange:request_edit", args=[world["request"].pk])
    _assert_no_server_error(client, world["focal_point"], url, data)


@FUZZ
@given(data=form("to", "note"))
def test_workflow_steps(client, world, data):
    url = reverse("exchange:request_move", args=[world["request"].pk])
    for role in ("focal_point", "coordinator"):
        _assert_no_server_error(client, world[role], url, data)


@FUZZ
@given(data=form("expert"))
def test_coordinator_proposals(client, world, data):
    url = reverse("exchange:request_propose", args=[world["request"].pk])
    _assert_no_server_error(client, world["coordinator"], url, data)


@FUZZ
@given(data=form("share", "proposal"))
def test_coordinator_availability_and_batch(client, world, data):
    url = reverse("exchange:request_availability", args=[world["request"].pk])
    _assert_no_server_error(client, world["coordinator"], url, data)
    _assert_no_server_error(client, world["coordinator"], reverse("exchange:batch_preview"), data)


@FUZZ
@given(data=form("answer"))
def test_expert_answers_and_volunteers(client, world, data):
    url = reverse("exchange:answer", args=[world["proposal"].pk])
    _assert_no_server_error(client, world["expert"].user, url, data)
    url = reverse("exchange:volunteer", args=[world["request"].pk])
    _assert_no_server_error(client, world["expert"].user, url, data)


@FUZZ
@given(
    data=form(
        "text",
        "objectives_met",
        "knowledge_transferred",
        "would_work_together_again",
        "comment",
    )
)
def test_mission_reports_and_evaluations(client, world, data):
    mission = world["mission"]
    for user in (world["expert"].user, world["mission_focal_point"]):
        for name in ("exchange:mission_report", "exchange:mission_evaluate"):
            _assert_no_server_error(client, user, reverse(name, args=[mission.pk]), data)


@FUZZ
@given(
    data=form("first_name", "last_name", "city", "organisation", "job_title", "preferred_language")
)
def test_profile_and_people(client, world, data):
    _assert_no_server_error(client, world["official"], reverse("core:profile"), data)
    _assert_no_server_error(client, world["coordinator"], reverse("core:people"), data)
