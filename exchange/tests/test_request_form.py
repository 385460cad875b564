"""Filing and editing a request: bad input comes back with form errors."""

import pytest

from django.urls import reverse

from core.factories import PartnershipFactory
from exchange.factories import PartnerRequestFactory, focal_point
from exchange.models import PartnerRequest
from experts.factories import SkillFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def partnership():
    return PartnershipFactory()


def form_data(partnership, skill, **overrides):
    data = {
        "title": "Traffic signals training",
        "partnership": partnership.pk,
        "domain": skill.domain_id,
        "needs": "Our engineers want to time signals.",
        "working_languages": ["en", "km"],
        "start_date": "2027-03-01",
        "end_date": "2027-03-14",
        "on_site": "on",
        "location": partnership.city_b_id,
        "experts_needed": "2",
        "expected_trainees": "12",
        "skills-TOTAL_FORMS": "2",
        "skills-INITIAL_FORMS": "0",
        "skills-0-skill": skill.pk,
        "skills-0-required": "1",
        "skills-0-min_level": "3",
        "skills-1-skill": "",
        "skills-1-required": "1",
        "skills-1-min_level": "2",
    }
    data.update(overrides)
    return data


def test_focal_point_files_and_submits_a_request(client, partnership):
    user = focal_point(partnership.city_b)
    skill = SkillFactory()
    client.force_login(user)
    response = client.post(
        reverse("exchange:request_create"), {**form_data(partnership, skill), "submit": ""}
    )
    request = PartnerRequest.objects.get()
    assert response.status_code == 302
    assert request.city == user.city
    assert request.status == PartnerRequest.Status.SUBMITTED
    assert request.working_languages == ["en", "km"]
    assert request.skills.get().min_level == 3


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"end_date": "2027-02-01"}, "cannot end before it starts"),
        ({"experts_needed": "0"}, "needs at least one expert"),
        ({"skills-0-skill": "99999"}, "Unknown skill"),
        ({"skills-0-skill": ""}, "at least one required skill"),
        ({"location": ""}, "in which city"),
    ],
)
def test_bad_input_comes_back_with_an_error(client, partnership, overrides, message):
    client.force_login(focal_point(partnership.city_b))
    skill = SkillFactory()
    response = client.post(
        reverse("exchange:request_create"), form_data(partnership, skill, **overrides)
    )
    assert response.status_code == 200
    assert message in response.text
    assert not PartnerRequest.objects.exists()


def test_focal_point_edits_a_draft_but_not_a_request_in_review(client):
    request = PartnerRequestFactory()
    client.force_login(focal_point(request.city))
    url = reverse("exchange:request_edit", args=[request.pk])
    assert client.get(url).status_code == 200
    PartnerRequest.objects.filter(pk=request.pk).update(status=PartnerRequest.Status.IN_REVIEW)
    response = client.get(url, follow=True)
    assert "can no longer be edited" in response.text


def test_coordinator_cannot_file_a_request_for_a_city(client):
    from core.factories import coordinator

    client.force_login(coordinator())
    assert client.get(reverse("exchange:request_create")).status_code == 403


def test_the_form_shows_with_the_skills_rows(client, partnership):
    client.force_login(focal_point(partnership.city_b))
    response = client.get(reverse("exchange:request_create"))
    assert response.status_code == 200
    assert 'name="skills-3-skill"' in response.text
