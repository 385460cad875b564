"""A session's times show in its own time zone, named after the place, with
the reader's own time beside them; the Wagtail admin shows and reads them in
the session's zone too, whatever the editor's own zone."""

import datetime as dt
import re

import pytest

from django.urls import reverse
from django.utils import translation

from core.factories import CityFactory, UserFactory, coordinator
from core.models import OutgoingMail
from training.factories import SessionFactory
from training.models import Session
from training.services import enrolment_create, enrolment_withdraw

pytestmark = pytest.mark.django_db

UTC = dt.UTC
# Far enough ahead to stay upcoming: the sessions must be open for enrolment.
START = dt.datetime(2036, 12, 1, 2, 0, tzinfo=UTC)  # 09:00 in Phnom Penh
END = dt.datetime(2036, 12, 1, 5, 0, tzinfo=UTC)  # 12:00


@pytest.fixture
def phnom_penh(db):
    return CityFactory(slug="phnom-penh", name="Phnom Penh", timezone="Asia/Phnom_Penh")


@pytest.fixture
def paris(db):
    return CityFactory(slug="paris", name="Paris", timezone="Europe/Paris")


@pytest.fixture
def session(module, phnom_penh):
    return SessionFactory(
        module=module, starts_at=START, ends_at=END, timezone="Asia/Phnom_Penh", capacity=1
    )


def test_the_module_page_names_the_place_and_gives_a_reader_elsewhere_their_time(
    client, module, session, paris
):
    text = client.get(module.url).text
    assert "1 December 2036, 09:00–12:00 Phnom Penh time" in text
    assert "your time" not in text

    client.force_login(UserFactory(city=paris))
    text = client.get(module.url).text
    assert (
        "1 December 2036, 09:00–12:00 Phnom Penh time (1 December 2036, 03:00–06:00 your time)"
        in text
    )


def test_the_khmer_page_writes_the_date_the_khmer_way(client, module, session):
    text = client.get("/km" + module.url).text
    assert "1 ខែ ធ្នូ ឆ្នាំ 2036, 09:00–12:00" in text


def test_the_seat_email_gives_the_time_in_the_recipients_language_and_zone(
    module, session, paris, django_capture_on_commit_callbacks
):
    booked = enrolment_create(user=UserFactory(), module=module, session=session)
    waiting = UserFactory(city=paris, preferred_language="fr")
    enrolment_create(user=waiting, module=module, session=session)
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_withdraw(enrolment=booked)
    mail = OutgoingMail.objects.get(to=[waiting.email])
    with translation.override("fr"):
        assert "1 décembre 2036, 09:00–12:00" in mail.body
    assert "03:00–06:00" in mail.body  # their own time, in Paris
    assert "1 décembre 2036, 09:00–12:00" in mail.html


def edit_data(client, url) -> dict:
    """The edit form's fields as the browser would post them back."""
    form = client.get(url).context["form"]
    data = {}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, dt.datetime):
            value = value.strftime("%Y-%m-%d %H:%M")
        data[name] = "" if value is None else getattr(value, "pk", value)
    return data


def test_the_admin_shows_and_reads_times_in_the_sessions_zone(client, settings, session):
    settings.TIME_ZONE = "Europe/Paris"  # the editor's zone: not the session's
    client.force_login(coordinator())
    url = reverse("wagtailsnippets_training_session:edit", args=[session.pk])

    html = client.get(url).text
    assert re.search(r'name="starts_at"[^>]*value="2036-12-01 09:00"', html)
    assert "Asia/Phnom_Penh" in html  # the help text names the zone

    data = {
        **edit_data(client, url),
        "starts_at": "2036-12-01 10:00",
        "ends_at": "2036-12-01 13:00",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    session = Session.objects.get(pk=session.pk)
    assert session.starts_at == dt.datetime(2036, 12, 1, 3, 0, tzinfo=UTC)
    assert session.ends_at == dt.datetime(2036, 12, 1, 6, 0, tzinfo=UTC)


def test_the_admin_list_gives_each_session_its_place_time(client, session):
    client.force_login(coordinator())
    text = client.get(reverse("wagtailsnippets_training_session:list")).text
    assert "1 December 2036, 09:00–12:00 Phnom Penh time" in text


@pytest.mark.parametrize(
    ("language", "day"),
    [
        ("en", "1 December 2036"),
        ("fr", "1 décembre 2036"),
        ("pt", "1 de dezembro de 2036"),
        ("km", "1 ខែ ធ្នូ ឆ្នាំ 2036"),
    ],
)
def test_a_session_names_its_day_in_the_languages_format(module, language, day):
    """As the admin's lists and choosers show it: the day it starts where it
    takes place (30 November in UTC is already 1 December in Phnom Penh)."""
    session = SessionFactory(
        module=module,
        starts_at=dt.datetime(2036, 11, 30, 23, 0, tzinfo=UTC),
        ends_at=END,
        timezone="Asia/Phnom_Penh",
    )
    with translation.override(language):
        assert str(session) == f"{module.title} · {day}"
