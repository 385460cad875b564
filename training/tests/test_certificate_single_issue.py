"""A coordinator issues one learner's certificate from the session roster."""

import pytest

from django.urls import reverse

from core.factories import UserFactory, coordinator
from core.roles import Role
from training.factories import EnrolmentFactory, SessionFactory
from training.models import Certificate

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolment(module):
    session = SessionFactory(module=module)
    return EnrolmentFactory(module=module, session=session, user=UserFactory(first_name="Sokha"))


def issue_url(enrolment) -> str:
    return reverse("certificates:issue", kwargs={"enrolment_id": enrolment.pk})


def test_coordinator_issues_once_even_when_asked_twice(client, enrolment):
    client.force_login(coordinator())

    response = client.post(issue_url(enrolment), follow=True)
    certificate = Certificate.objects.get(holder=enrolment.user, module=enrolment.module)
    assert f"Certificate {certificate.number} is issued to Sokha" in response.text
    assert response.redirect_chain[-1][0] == reverse(
        "training:session_detail", kwargs={"session_id": enrolment.session_id}
    )

    response = client.post(issue_url(enrolment), follow=True)
    assert "already holds certificate" in response.text
    assert Certificate.objects.filter(holder=enrolment.user).count() == 1


def test_the_roster_offers_the_button_to_coordinators_only(client, enrolment):
    url = reverse("training:session_detail", kwargs={"session_id": enrolment.session_id})
    client.force_login(coordinator())
    assert issue_url(enrolment) in client.get(url).text
    enrolment.session.trainer = UserFactory()
    enrolment.session.save()
    client.force_login(enrolment.session.trainer)
    assert issue_url(enrolment) not in client.get(url).text


@pytest.mark.parametrize("roles", [[Role.OFFICIAL], [Role.FOCAL_POINT], [Role.EXPERT]])
def test_other_roles_cannot_issue(client, enrolment, roles):
    client.force_login(UserFactory(roles=roles))
    assert client.post(issue_url(enrolment)).status_code == 403
    assert not Certificate.objects.exists()


def test_issuing_needs_a_post_and_a_real_enrolment(client, enrolment):
    client.force_login(coordinator())
    assert client.get(issue_url(enrolment)).status_code == 405
    missing = reverse("certificates:issue", kwargs={"enrolment_id": enrolment.pk + 999})
    assert client.post(missing).status_code == 404
    assert not Certificate.objects.exists()
