"""Attendance is taken for session days that have begun, never in advance."""

import datetime as dt

import pytest

from django.urls import reverse
from django.utils import timezone

from core.factories import UserFactory, coordinator
from training.factories import SessionFactory
from training.models import Attendance, Certificate, Enrolment
from training.services import TrainingError, attendance_mark, enrolment_create, lesson_mark_done

pytestmark = pytest.mark.django_db


@pytest.fixture
def attendance_only_module(module):
    module.requires_assessment = False
    module.save_revision().publish()
    return module


def midnight(days_from_today: int) -> dt.datetime:
    today = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    return today + dt.timedelta(days=days_from_today)


def session_from(module, start: dt.datetime, days: int) -> SessionFactory:
    """`days` calendar days (UTC) from `start`'s."""
    return SessionFactory(
        module=module,
        starts_at=start,
        ends_at=start.replace(hour=23, minute=0) + dt.timedelta(days=days - 1),
        timezone="UTC",
        trainer=UserFactory(),
    )


def test_marking_a_session_two_months_ahead_is_refused_and_completes_nothing(
    client, attendance_only_module, lessons, django_capture_on_commit_callbacks
):
    module = attendance_only_module
    session = session_from(module, midnight(60), days=3)
    learner = UserFactory()
    enrolment = enrolment_create(user=learner, module=module, session=session)
    for lesson in lessons:
        lesson_mark_done(user=learner, lesson=lesson)
    client.force_login(coordinator())
    with django_capture_on_commit_callbacks(execute=True):
        for day in session.days():
            response = client.post(
                reverse("training:session_detail", args=[session.pk]),
                {"day": day.isoformat(), "present": [enrolment.pk]},
                follow=True,
            )
            assert "once the day has begun" in response.text
    assert not Attendance.objects.exists()
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is None
    assert not Certificate.objects.exists()


def test_the_service_refuses_a_day_that_has_not_begun(module):
    session = session_from(module, midnight(1), days=1)
    with pytest.raises(TrainingError):
        attendance_mark(
            session=session, day=session.days()[0], present=set(), marked_by=coordinator()
        )


def test_in_a_running_session_today_is_open_and_tomorrow_is_not(client, module):
    session = session_from(module, midnight(0), days=2)
    today, tomorrow = session.days()
    assert session.has_started_on(today) and not session.has_started_on(tomorrow)
    enrolment = enrolment_create(user=UserFactory(), module=module, session=session)
    client.force_login(coordinator())
    url = reverse("training:session_detail", args=[session.pk])
    client.post(url, {"day": tomorrow.isoformat(), "present": [enrolment.pk]})
    assert not Attendance.objects.exists()
    client.post(url, {"day": today.isoformat(), "present": [enrolment.pk]})
    assert Attendance.objects.get().day == today


def test_the_sheet_offers_to_save_only_the_days_begun(client, module):
    session = session_from(module, midnight(0), days=3)
    enrolment_create(user=UserFactory(), module=module, session=session)
    client.force_login(coordinator())
    response = client.get(reverse("training:session_detail", args=[session.pk]))
    assert response.text.count("Save attendance for this day") == 1
    assert response.text.count("once this day has begun") == 2
