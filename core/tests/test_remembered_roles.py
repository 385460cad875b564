"""Roles are looked up once per person and kept in the shared cache until a
membership, a group or a focal-point grant changes: every change counts on
the very next request, whichever way it is made."""

import pytest

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.factories import CityFactory, UserFactory, coordinator, with_totp
from core.models import FocalPointGrant, User
from core.roles import Role
from core.services import focal_point_grant, focal_point_revoke

pytestmark = pytest.mark.django_db

STEER = reverse("core:steer")


@pytest.fixture(autouse=True)
def shared_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600


def fresh(user) -> User:
    """The same person as another process (an admin's request) loads them."""
    return User.objects.get(pk=user.pk)


def test_roles_are_read_once_then_kept(client):
    person = coordinator()
    client.force_login(person)
    assert client.get(STEER).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(STEER).status_code == 200
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    assert "auth_group" not in tables
    assert "core_focalpointgrant" not in tables


def test_a_coordinator_taken_out_of_the_group_loses_access_at_once(client):
    person = coordinator()
    client.force_login(person)
    assert client.get(STEER).status_code == 200
    fresh(person).groups.remove(Group.objects.get(name=Role.COORDINATOR.group_name))
    assert client.get(STEER).status_code == 403


def test_a_deleted_group_counts_at_once(client):
    person = coordinator()
    client.force_login(person)
    assert client.get(STEER).status_code == 200
    Group.objects.filter(name=Role.COORDINATOR.group_name).delete()
    assert client.get(STEER).status_code == 403


def test_a_group_added_in_the_admin_counts_at_once(client):
    person = UserFactory()
    with_totp(person)
    client.force_login(person)
    assert client.get(STEER).status_code == 403
    group = Group.objects.get_or_create(name=Role.COORDINATOR.group_name)[0]
    group.user_set.add(fresh(person))
    assert client.get(STEER).status_code == 200


def test_a_renamed_group_counts_at_once(client):
    person = coordinator()
    client.force_login(person)
    assert client.get(STEER).status_code == 200
    group = Group.objects.get(name=Role.COORDINATOR.group_name)
    group.name = "Former coordinators"
    group.save()
    assert client.get(STEER).status_code == 403


def test_focal_point_grants_and_revocations_count_at_once(client):
    person = UserFactory()
    client.force_login(person)
    assert client.get(STEER).status_code == 403
    focal_point_grant(user=fresh(person), city=person.city)
    assert client.get(STEER).status_code == 200
    assert client.get(STEER).context["filters"].city == person.city

    other_city = CityFactory()
    FocalPointGrant.objects.filter(user=person).update(city=other_city)
    # An update() sends no signal; the services are the way grants change.
    focal_point_grant(user=fresh(person), city=other_city)
    assert client.get(STEER).context["filters"].city == other_city

    focal_point_revoke(user=fresh(person))
    assert client.get(STEER).status_code == 403


def test_an_admin_permission_given_later_brings_the_two_factor_rule_at_once(client):
    """Anyone who may open the Wagtail admin must set up two-factor, however
    the permission reached them: a group's permissions or their own."""
    from django.contrib.auth.models import Permission

    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    me = reverse("core:me")
    editors = Group.objects.create(name="Page editors without a role")
    person = UserFactory()
    client.force_login(person)
    assert client.get(me).status_code == 200

    fresh(person).groups.add(editors)
    assert client.get(me).status_code == 200
    editors.permissions.add(access_admin)
    assert client.get(me)["Location"].endswith(reverse("mfa_activate_totp"))

    editors.permissions.remove(access_admin)
    assert client.get(me).status_code == 200
    fresh(person).user_permissions.add(access_admin)
    assert client.get(me)["Location"].endswith(reverse("mfa_activate_totp"))
