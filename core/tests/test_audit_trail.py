"""The audit trail records logins, failed logins, two-factor and role changes;
coordinators read and filter it; nobody edits it."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from core.factories import UserFactory, coordinator
from core.models import AuditEvent
from core.roles import Role

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
Action = AuditEvent.Action


def log_in(client, email, password=PASSWORD):
    return client.post(
        reverse("account_login"), {"login": email, "password": password}, REMOTE_ADDR="198.51.100.7"
    )


def test_a_login_is_recorded_with_the_address():
    from django.test import Client

    user = UserFactory(email="dara@example.org")
    log_in(Client(), "dara@example.org")

    event = AuditEvent.objects.get(action=Action.LOGIN)
    assert (event.actor, event.subject, event.ip_address) == (user, user, "198.51.100.7")


def test_a_failed_login_is_recorded_about_the_account_tried(client):
    user = UserFactory(email="dara@example.org")
    log_in(client, "dara@example.org", "wrong password")

    event = AuditEvent.objects.get(action=Action.LOGIN_FAILED)
    assert (event.actor, event.subject, event.ip_address) == (None, user, "198.51.100.7")


def test_a_proxy_header_gives_the_address_when_configured(client, settings):
    settings.TRUSTED_PROXY_COUNT = settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    UserFactory(email="dara@example.org")
    client.post(
        reverse("account_login"),
        {"login": "dara@example.org", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="192.0.2.44",
    )
    assert AuditEvent.objects.get(action=Action.LOGIN).ip_address == "192.0.2.44"


def test_granting_a_role_in_the_admin_is_recorded(client):
    admin = coordinator(is_superuser=True, is_staff=True)
    person = UserFactory(roles=[Role.OFFICIAL])
    client.force_login(admin)
    focal = Group.objects.get_or_create(name=Role.FOCAL_POINT.group_name)[0]
    official = Group.objects.get(name=Role.OFFICIAL.group_name)

    response = client.post(
        reverse("wagtailusers_users:edit", args=[person.pk]),
        {
            "email": person.email,
            "first_name": person.first_name,
            "last_name": person.last_name,
            "is_active": "on",
            "groups": [official.pk, focal.pk],
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    event = AuditEvent.objects.get(action=Action.ROLE_GRANTED)
    assert (event.actor, event.subject, event.target) == (admin, person, focal.name)


def test_events_are_append_only():
    event = AuditEvent.objects.create(action=Action.LOGIN)
    event.detail = "changed"
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()


def test_coordinators_read_and_filter_the_trail(client):
    viewer = coordinator()
    dara = UserFactory(email="dara@example.org")
    AuditEvent.objects.create(action=Action.LOGIN, actor=dara, subject=dara)
    AuditEvent.objects.create(action=Action.ERASED, subject=UserFactory(email="sok@example.org"))
    client.force_login(viewer)
    url = reverse("core:audit_events")

    everything = client.get(url).content.decode()
    logins = client.get(url, {"action": "login"}).content.decode()
    about_sok = client.get(url, {"person": "sok@"}).content.decode()

    assert "dara@example.org" in everything and "sok@example.org" in everything
    assert "dara@example.org" in logins and "sok@example.org" not in logins
    assert "sok@example.org" in about_sok and "dara@example.org" not in about_sok


def test_a_bad_filter_shows_everything_with_the_message(client):
    client.force_login(coordinator())
    response = client.get(reverse("core:audit_events"), {"since": "yesterday"})
    assert response.status_code == 200
    assert "field--error" in response.content.decode()


@pytest.mark.parametrize("role", [Role.OFFICIAL, Role.EXPERT, Role.FOCAL_POINT])
def test_only_coordinators_see_the_trail(client, role):
    client.force_login(UserFactory(roles=[role]))
    assert client.get(reverse("core:audit_events")).status_code == 403


def test_the_trail_is_not_in_the_admin(client):
    client.force_login(coordinator(is_superuser=True, is_staff=True))
    response = client.get("/admin/snippets/")
    assert "audit" not in response.content.decode().lower()


def test_granting_and_revoking_a_focal_point_is_recorded(client):
    from core.factories import CityFactory

    officer = coordinator()
    person = UserFactory(email="dara@example.org")
    city = CityFactory(name="Phnom Penh")
    client.force_login(officer)

    client.post(reverse("core:people"), {"email": person.email, "city": city.pk})
    client.post(reverse("core:focal_point_revoke", args=[person.pk]))

    granted = AuditEvent.objects.get(action=Action.ROLE_GRANTED)
    removed = AuditEvent.objects.get(action=Action.ROLE_REMOVED)
    assert (granted.actor, granted.subject) == (officer, person)
    assert granted.target == "City focal point: Phnom Penh" == removed.target
    assert removed.actor == officer
