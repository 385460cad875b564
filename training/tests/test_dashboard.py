import datetime as dt

import icalendar
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
    session = SessionFactory(
        module=module, place="Phnom Penh City Hall, room 2", timezone="Asia/Phnom_Penh"
    )
    enrolment = enrolment_create(user=learner, module=module, session=session)
    url = reverse("training:calendar", args=[enrolment.pk])
    response = client.get(url)
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"] == f'attachment; filename="session-{session.pk}.ics"'

    calendar = icalendar.Calendar.from_ical(response.content)
    [event] = calendar.events
    assert event.summary == module.title
    assert event.location == "Phnom Penh City Hall, room 2"
    assert event.url == f"http://testserver{module.url}"
    # At the session's local hour, in its own time zone (iCalendar has no microseconds).
    assert event["DTSTART"].params["TZID"] == event["DTEND"].params["TZID"] == "Asia/Phnom_Penh"
    assert [timezone.tz_name for timezone in calendar.timezones] == ["Asia/Phnom_Penh"]
    assert event.start == session.starts_at.replace(microsecond=0)
    assert event.end == session.ends_at.replace(microsecond=0)
    assert event.start.utcoffset() == dt.timedelta(hours=7)
    # The same event on every download, so calendars update it instead of adding another.
    again = icalendar.Calendar.from_ical(client.get(url).content).events[0]
    assert event.uid == again.uid == f"session-{session.pk}@passerelle"


def test_calendar_file_for_an_online_session_gives_its_link(client, learner, module):
    link = "https://meet.example.org/passerelle-junctions"
    session = SessionFactory(module=module, place="", online_url=link)
    enrolment = enrolment_create(user=learner, module=module, session=session)
    response = client.get(reverse("training:calendar", args=[enrolment.pk]))

    [event] = icalendar.Calendar.from_ical(response.content).events
    assert event.location == link
    assert event.description == link
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"


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


def test_the_dashboard_shows_a_renamed_module_at_once(client, learner, module):
    enrolment_create(user=learner, module=module)
    url = reverse("training:dashboard")
    client.get(url)
    module.title = "Signal timing"
    module.save_revision().publish()
    assert "Signal timing" in client.get(url).text


def test_waiting_positions_are_each_learners_own(client, module):
    session = SessionFactory(module=module, capacity=1)
    first, second, third = UserFactory(), UserFactory(), UserFactory()
    for person in (first, second, third):
        enrolment_create(user=person, module=module, session=session)
    url = reverse("training:dashboard")
    client.force_login(third)
    assert "position 2" in client.get(url).text
    client.force_login(second)
    assert "position 1" in client.get(url).text
    client.force_login(first)
    assert "position" not in client.get(url).text
