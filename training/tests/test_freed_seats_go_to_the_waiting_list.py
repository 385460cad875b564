"""Whenever seats are freed — capacity raised in the admin, a booked learner
withdrawn, an account deleted by a coordinator — the first in line gets them,
and is e-mailed after the commit."""

import pytest

from django.urls import reverse

from core.factories import UserFactory, coordinator
from core.models import OutgoingMail
from training.factories import SessionFactory
from training.models import Enrolment, Session
from training.services import enrolment_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_session(module):
    """Capacity 1: one booked, two waiting (in order)."""
    session = SessionFactory(module=module, capacity=1)
    people = [
        enrolment_create(user=UserFactory(), module=module, session=session) for _ in range(3)
    ]
    return session, people


def _statuses(enrolments) -> list[str]:
    return [Enrolment.objects.get(pk=e.pk).status for e in enrolments]


def _edit_data(session: Session, **changes) -> dict:
    form = Session.snippet_viewset.get_edit_handler().get_form_class()(instance=session)
    data = {}
    for name in form.fields:
        value = form.initial.get(name)
        if hasattr(value, "strftime"):  # shown in the session's zone, as typed back
            value = value.strftime("%Y-%m-%d %H:%M")
        data[name] = "" if value is None else getattr(value, "pk", value)
    return {**data, **changes}


def test_raising_the_capacity_in_the_admin_promotes_the_first_in_line(client, full_session):
    session, (booked, first, second) = full_session
    client.force_login(coordinator())
    url = reverse("wagtailsnippets_training_session:edit", args=[session.pk])

    response = client.post(url, _edit_data(session, capacity=2))

    assert response.status_code == 302, response.context["form"].errors
    assert _statuses([booked, first, second]) == ["active", "active", "waiting"]
    assert OutgoingMail.objects.filter(to=[first.user.email]).count() == 1


def test_a_booked_learner_who_withdraws_frees_the_seat(client, full_session):
    session, (booked, first, second) = full_session
    client.force_login(booked.user)

    client.post(reverse("training:withdraw", args=[booked.pk]))

    assert _statuses([booked, first, second]) == ["withdrawn", "active", "waiting"]


def test_a_learner_deleted_by_a_coordinator_frees_the_seat(
    client, full_session, django_capture_on_commit_callbacks
):
    """The admin's delete erases the account (core.privacy); its booked
    enrolment goes, and the seat is offered once that commits."""
    session, (booked, first, second) = full_session
    admin = coordinator()
    admin.is_superuser = True
    admin.save()
    client.force_login(admin)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailusers_users:delete", args=[booked.user.pk]))

    assert response.status_code == 302
    assert not Enrolment.objects.filter(pk=booked.pk).exists()
    assert _statuses([first, second]) == ["active", "waiting"]
    assert OutgoingMail.objects.filter(to=[first.user.email]).count() == 1
