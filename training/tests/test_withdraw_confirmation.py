"""Withdrawing asks first, on a page of its own, and says what happens to the seat."""

import pytest

from django.core import mail
from django.urls import reverse

from core.factories import UserFactory
from training.factories import SessionFactory
from training.models import Enrolment
from training.services import enrolment_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(module):
    return SessionFactory(module=module, capacity=1)


def url(enrolment) -> str:
    return reverse("training:withdraw", args=[enrolment.pk])


def test_the_page_asks_and_withdraws_nothing(client, module):
    enrolment = enrolment_create(user=UserFactory(), module=module)
    client.force_login(enrolment.user)
    response = client.get(url(enrolment))
    assert response.status_code == 200
    assert f"Withdraw from {module.title}?" in response.text
    assert "pick up where you left off" in response.text
    assert '<form method="post"' in response.text
    assert Enrolment.objects.get(pk=enrolment.pk).status == Enrolment.Status.ACTIVE


def test_the_dashboard_links_to_the_page_instead_of_withdrawing_at_once(client, module):
    enrolment = enrolment_create(user=UserFactory(), module=module)
    client.force_login(enrolment.user)
    text = client.get(reverse("training:dashboard")).text
    assert f'href="{url(enrolment)}"' in text
    assert f'action="{url(enrolment)}"' not in text


def test_the_page_says_the_seat_goes_to_the_first_in_line(
    client, module, session, django_capture_on_commit_callbacks
):
    booked = enrolment_create(user=UserFactory(), module=module, session=session)
    first = enrolment_create(user=UserFactory(), module=module, session=session)
    enrolment_create(user=UserFactory(), module=module, session=session)
    client.force_login(booked.user)
    text = client.get(url(booked)).text
    assert "goes at once to the first person on the waiting list (2 waiting)" in text

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(booked), follow=True)
    assert "Your seat went to the first person on the waiting list." in response.text
    assert Enrolment.objects.get(pk=first.pk).status == Enrolment.Status.ACTIVE
    assert [message.to for message in mail.outbox] == [[first.user.email]]


def test_a_free_seat_with_nobody_waiting_says_so(client, module, session):
    booked = enrolment_create(user=UserFactory(), module=module, session=session)
    client.force_login(booked.user)
    assert "becomes free for someone else to book" in client.get(url(booked)).text


def test_leaving_a_waiting_list_gives_the_position(client, module, session):
    enrolment_create(user=UserFactory(), module=module, session=session)
    waiting = enrolment_create(user=UserFactory(), module=module, session=session)
    client.force_login(waiting.user)
    assert "where you are in position 1" in client.get(url(waiting)).text
    client.post(url(waiting))
    assert Enrolment.objects.get(pk=waiting.pk).status == Enrolment.Status.WITHDRAWN


def test_someone_elses_enrolment_is_not_found(client, module):
    enrolment = enrolment_create(user=UserFactory(), module=module)
    client.force_login(UserFactory())
    assert client.get(url(enrolment)).status_code == 404
