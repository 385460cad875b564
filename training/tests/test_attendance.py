import datetime as dt

import pytest

from django.urls import reverse
from django.utils import timezone

from core.factories import UserFactory, coordinator
from training.factories import EnrolmentFactory, SessionFactory
from training.models import Attendance, Enrolment
from training.services import lesson_mark_done

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(module):
    """A two-day session that took place last week (attendance is taken once a day begins)."""
    start = timezone.now().replace(hour=8, minute=0) - dt.timedelta(days=7)
    return SessionFactory(
        module=module,
        capacity=2,
        starts_at=start,
        ends_at=start + dt.timedelta(days=1, hours=8),
        timezone="UTC",
        trainer=UserFactory(),
    )


@pytest.fixture
def booked(module, session):
    return [EnrolmentFactory(module=module, session=session) for _ in range(2)]


def post_day(client, session, day, present):
    return client.post(
        reverse("training:session_detail", args=[session.pk]),
        {"day": day.isoformat(), "present": [e.pk for e in present]},
    )


def test_coordinator_marks_attendance_for_a_day(client, session, booked):
    client.force_login(coordinator())
    day = session.days()[0]
    response = post_day(client, session, day, booked[:1])
    assert response.status_code == 302
    marks = dict(Attendance.objects.values_list("enrolment_id", "present"))
    assert marks == {booked[0].pk: True, booked[1].pk: False}


def test_trainer_of_the_session_marks_attendance(client, session, booked):
    client.force_login(session.trainer)
    post_day(client, session, session.days()[1], booked)
    assert Attendance.objects.filter(present=True).count() == 2


def test_a_day_outside_the_session_is_refused(client, session, booked):
    client.force_login(coordinator())
    response = post_day(client, session, session.days()[0] - dt.timedelta(days=5), booked)
    assert response.status_code == 200
    assert not Attendance.objects.exists()


def test_attendance_threshold_gates_completion_of_a_session_enrolment(
    client, module, session, booked, lessons
):
    module.requires_assessment = False
    module.save_revision().publish()
    learner = booked[0].user
    for lesson in lessons:
        lesson_mark_done(user=learner, lesson=lesson)
    assert Enrolment.objects.get(pk=booked[0].pk).completed_at is None
    client.force_login(coordinator())
    post_day(client, session, session.days()[0], [booked[0]])
    assert Enrolment.objects.get(pk=booked[0].pk).completed_at is None  # 50 % < 80 %
    post_day(client, session, session.days()[1], [booked[0]])
    assert Enrolment.objects.get(pk=booked[0].pk).completed_at is not None


def test_roster_shows_learners_waiting_list_and_days(client, module, session, booked):
    waiting = EnrolmentFactory(
        user=UserFactory(last_name="Waiting"),
        module=module,
        session=session,
        status=Enrolment.Status.WAITING,
    )
    client.force_login(coordinator())
    response = client.get(reverse("training:session_detail", args=[session.pk]))
    assert response.status_code == 200
    for enrolment in booked:
        assert enrolment.user.email in response.text
    assert waiting.user.email in response.text
    assert response.text.count('name="day"') == len(session.days())
