import pytest

from django.urls import reverse

from core.factories import UserFactory, coordinator
from core.roles import Role
from training.factories import SessionFactory
from training.models import Enrolment
from training.services import enrolment_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(module):
    return SessionFactory(module=module, trainer=UserFactory(roles=[Role.EXPERT]))


@pytest.fixture
def someone_elses_enrolment(module, session):
    return enrolment_create(user=UserFactory(), module=module, session=session)


@pytest.mark.parametrize("role", [Role.OFFICIAL, Role.FOCAL_POINT, Role.EXPERT])
def test_other_roles_cannot_see_a_session_roster(client, session, role):
    client.force_login(UserFactory(roles=[role]))
    response = client.get(reverse("training:session_detail", args=[session.pk]))
    assert response.status_code == 404


def test_trainer_of_another_session_cannot_see_this_roster(client, module, session):
    other = SessionFactory(module=module, trainer=UserFactory())
    client.force_login(other.trainer)
    assert client.get(reverse("training:session_detail", args=[session.pk])).status_code == 404


def test_anonymous_is_sent_to_login_for_the_roster(client, session):
    response = client.get(reverse("training:session_detail", args=[session.pk]))
    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_coordinator_without_two_factor_is_sent_to_set_it_up(client, session):
    client.force_login(coordinator(mfa=False))
    response = client.get(reverse("training:session_detail", args=[session.pk]))
    assert response.status_code == 302
    assert "two-factor" in response.url or "totp" in response.url


def test_coordinator_and_trainer_see_the_roster(client, session):
    for user in (coordinator(), session.trainer):
        client.force_login(user)
        assert client.get(reverse("training:session_detail", args=[session.pk])).status_code == 200


def test_learner_cannot_withdraw_someone_else(client, someone_elses_enrolment):
    client.force_login(UserFactory(roles=[Role.OFFICIAL]))
    response = client.post(reverse("training:withdraw", args=[someone_elses_enrolment.pk]))
    assert response.status_code == 404
    someone_elses_enrolment.refresh_from_db()
    assert someone_elses_enrolment.status == Enrolment.Status.ACTIVE


def test_learner_cannot_download_someone_elses_calendar(client, someone_elses_enrolment):
    client.force_login(UserFactory(roles=[Role.OFFICIAL]))
    response = client.get(reverse("training:calendar", args=[someone_elses_enrolment.pk]))
    assert response.status_code == 404


def test_learner_cannot_mark_attendance(client, session, someone_elses_enrolment):
    learner = someone_elses_enrolment.user
    client.force_login(learner)
    response = client.post(
        reverse("training:session_detail", args=[session.pk]),
        {"day": session.days()[0].isoformat(), "present": [someone_elses_enrolment.pk]},
    )
    assert response.status_code == 404


def test_dashboard_shows_only_my_enrolments(client, module, someone_elses_enrolment):
    me = UserFactory()
    client.force_login(me)
    response = client.get(reverse("training:dashboard"))
    assert module.title not in response.text
