"""50 people book the last 10 seats at once: exactly 10 get a seat."""

import threading

import pytest

from django.db import connection, connections

from core.factories import UserFactory
from training.factories import SessionFactory
from training.models import Enrolment
from training.services import enrolment_create

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="row locks (select_for_update) are only exercised on PostgreSQL; "
        "SQLite serialises writers by itself",
    ),
]


def test_fifty_concurrent_bookings_for_ten_seats(module):
    session = SessionFactory(module=module, capacity=10)
    users = [UserFactory() for _ in range(50)]
    barrier = threading.Barrier(len(users))
    errors = []

    def book(user):
        try:
            barrier.wait()
            enrolment_create(user=user, module=module, session=session)
        except Exception as exc:  # noqa: BLE001 — reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=book, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Enrolment.objects.filter(session=session, status="active").count() == 10
    assert Enrolment.objects.filter(session=session, status="waiting").count() == 40
    positions = sorted(
        Enrolment.objects.filter(session=session)
        .waiting()
        .with_waiting_position()
        .values_list("waiting_position", flat=True)
    )
    assert positions == list(range(1, 41))
