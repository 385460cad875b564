import pytest

from django.urls import reverse

from core.factories import UserFactory
from training.factories import LessonPageFactory, SessionFactory, TrainingModulePageFactory
from training.services import enrolment_create, lesson_mark_done

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(client):
    user = UserFactory()
    client.force_login(user)
    return user


def test_dashboard_shows_progress_next_lesson_and_completed(client, learner, catalogue, lessons):
    module = lessons[0].get_parent().specific
    enrolment_create(user=learner, module=module)
    lesson_mark_done(user=learner, lesson=lessons[0])
    done = TrainingModulePageFactory(parent=catalogue, title="Already done")
    LessonPageFactory(parent=done)
    enrolment_create(user=learner, module=done)
    lesson_mark_done(user=learner, lesson=done.lessons().first())
    response = client.get(reverse("training:dashboard"))
    assert "50% done" in response.text
    assert "Lesson two" in response.text  # next lesson
    completed = [item.module.title for item in response.context["completed"]]
    assert completed == ["Already done"]


def test_dashboard_shows_waiting_position_and_calendar_link(client, learner, module):
    session = SessionFactory(module=module, capacity=1)
    enrolment_create(user=UserFactory(), module=module, session=session)
    enrolment = enrolment_create(user=learner, module=module, session=session)
    response = client.get(reverse("training:dashboard"))
    assert "position 1" in response.text
    assert reverse("training:calendar", args=[enrolment.pk]) in response.text


def test_calendar_file_for_my_session(client, learner, module):
    session = SessionFactory(module=module, place="Phnom Penh City Hall, room 2")
    enrolment = enrolment_create(user=learner, module=module, session=session)
    response = client.get(reverse("training:calendar", args=[enrolment.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert "BEGIN:VEVENT" in body
    assert f"SUMMARY:{module.title}" in body
    assert "LOCATION:Phnom Penh City Hall\\, room 2" in body
    assert session.starts_at.strftime("DTSTART:%Y%m%dT") in body


def test_me_page_links_to_the_dashboard(client, learner):
    response = client.get(reverse("core:me"))
    assert reverse("training:dashboard") in response.text


def test_dashboard_query_count_does_not_grow_with_enrolments(
    client, learner, catalogue, cold_and_warm_queries
):
    def enrol_in_new_module(with_session: bool):
        module = TrainingModulePageFactory(parent=catalogue)
        lesson = LessonPageFactory(parent=module)
        session = SessionFactory(module=module) if with_session else None
        enrolment_create(user=learner, module=module, session=session)
        lesson_mark_done(user=learner, lesson=lesson)

    enrol_in_new_module(True)
    url = reverse("training:dashboard")
    client.get(url)
    one = cold_and_warm_queries(lambda: client.get(url))
    for n in range(29):
        enrol_in_new_module(n % 2 == 0)
    thirty = cold_and_warm_queries(lambda: client.get(url))
    assert one == thirty
