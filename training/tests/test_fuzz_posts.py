"""Random input posted to the learning endpoints, as a learner and as a
coordinator: never a server error."""

import pytest
from hypothesis import example, given

from django.urls import reverse

from core.factories import UserFactory, coordinator
from tests.fuzz import FUZZ, form
from training.factories import SessionFactory
from training.services import enrolment_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(module, lessons):
    session = SessionFactory(module=module, capacity=3)
    learner = UserFactory()
    enrolment = enrolment_create(user=learner, module=module, session=session)
    return {
        "module": module,
        "lesson": lessons[0],
        "session": session,
        "enrolment": enrolment,
        "learner": learner,
        "stranger": UserFactory(),
        "coordinator": coordinator(),
    }


def _assert_no_server_error(client, user, url, data):
    client.force_login(user)
    response = client.post(url, data)
    assert response.status_code < 500, (url, data)


@FUZZ
@given(data=form("session"))
@example(data={"session": "²"})  # a digit to str.isdigit(), not to int()
def test_enrol(client, world, data):
    url = reverse("training:enrol", args=[world["module"].pk])
    _assert_no_server_error(client, world["stranger"], url, data)


@FUZZ
@given(data=form("q-1", "q-2", "q-x"))
def test_assessment_and_lesson_done(client, world, data):
    url = reverse("training:assessment", args=[world["module"].pk])
    _assert_no_server_error(client, world["learner"], url, data)
    url = reverse("training:lesson_done", args=[world["lesson"].pk])
    _assert_no_server_error(client, world["learner"], url, data)


@FUZZ
@given(data=form("day", "present"))
def test_attendance_and_withdraw(client, world, data):
    url = reverse("training:session_detail", args=[world["session"].pk])
    _assert_no_server_error(client, world["coordinator"], url, data)
    url = reverse("training:withdraw", args=[world["enrolment"].pk])
    _assert_no_server_error(client, world["stranger"], url, data)
