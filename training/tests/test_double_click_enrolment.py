"""A double-clicked enrolment or booking never gives a server error: the second
post is told it is already enrolled, and there is one enrolment."""

import threading

import pytest

from django.db import connection, connections
from django.urls import reverse

from core.factories import UserFactory
from training.factories import SessionFactory
from training.models import Enrolment
from training.services import AlreadyEnrolled, enrolment_create


def _post_twice(client, module, data) -> list[int]:
    url = reverse("training:enrol", args=[module.pk])
    return [client.post(url, data).status_code for _ in range(2)]


@pytest.mark.django_db
def test_enrolling_twice_makes_one_enrolment(client, module):
    user = UserFactory()
    client.force_login(user)

    assert _post_twice(client, module, {}) == [302, 302]

    assert Enrolment.objects.filter(user=user).count() == 1


@pytest.mark.django_db
def test_booking_a_seat_twice_takes_one_seat(client, module):
    session = SessionFactory(module=module, capacity=2)
    user = UserFactory()
    client.force_login(user)

    assert _post_twice(client, module, {"session": session.pk}) == [302, 302]

    assert list(Enrolment.objects.filter(user=user).values_list("session", "status")) == [
        (session.pk, "active")
    ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises writers (IMMEDIATE transactions): no race to lose",
)
@pytest.mark.parametrize("booked", [False, True], ids=["self-paced", "session"])
def test_two_simultaneous_enrolments_of_one_person_make_one(module, booked):
    session = SessionFactory(module=module, capacity=5) if booked else None
    user = UserFactory()
    barrier = threading.Barrier(4)
    outcomes = []

    def enrol():
        try:
            barrier.wait()
            enrolment_create(user=user, module=module, session=session)
            outcomes.append("enrolled")
        except AlreadyEnrolled:
            outcomes.append("already")
        except Exception as exc:  # noqa: BLE001 — the test reports it
            outcomes.append(repr(exc))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=enrol) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["already", "already", "already", "enrolled"]
    assert Enrolment.objects.filter(user=user).count() == 1
