import pytest

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from core.access import coordinator_required, role_required
from core.factories import UserFactory, coordinator
from core.roles import Role

pytestmark = pytest.mark.django_db

NON_COORDINATOR_ROLES = [[], [Role.OFFICIAL], [Role.FOCAL_POINT], [Role.EXPERT]]


@pytest.mark.parametrize("roles", NON_COORDINATOR_ROLES)
def test_admin_is_closed_to_everyone_but_coordinators(client, roles):
    client.force_login(UserFactory(roles=roles))
    response = client.get(reverse("wagtailadmin_home"))
    # Wagtail answers non-admin users with a redirect to the login page.
    assert response.status_code == 302
    assert "/accounts/login/" in response.url
    assert client.get("/admin/snippets/core/partnership/").status_code == 302


def test_anonymous_admin_visit_goes_to_the_allauth_login(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.url.startswith("/accounts/login/")
    assert client.get("/admin/login/").url.startswith("/accounts/login/")


def test_coordinator_without_two_factor_is_sent_to_set_it_up(client):
    client.force_login(coordinator(mfa=False))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response.url == reverse("mfa_activate_totp")


def test_coordinator_with_two_factor_reaches_the_admin_and_cooperation_data(client):
    client.force_login(coordinator())
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert client.get("/admin/snippets/core/partnership/").status_code == 200
    assert client.get("/admin/snippets/core/fundingpartner/add/").status_code == 200


def test_two_factor_requirement_can_be_relaxed_for_the_demo(client, settings):
    settings.COORDINATOR_REQUIRE_MFA = False
    client.force_login(coordinator(mfa=False))
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def _view(request):
    return HttpResponse("ok")


def _request(user):
    request = RequestFactory().get("/coordination/")
    request.user = user
    request.session = {}
    request._messages = type("M", (), {"add": lambda *a, **k: None})()
    return request


@pytest.mark.parametrize("roles", NON_COORDINATOR_ROLES)
def test_coordinator_views_refuse_other_roles(roles):
    with pytest.raises(PermissionDenied):
        coordinator_required(_view)(_request(UserFactory(roles=roles)))


def test_role_required_lets_the_role_and_coordinators_in():
    view = role_required(Role.FOCAL_POINT)(_view)
    assert view(_request(UserFactory(roles=[Role.FOCAL_POINT]))).status_code == 200
    assert view(_request(coordinator())).status_code == 200
    with pytest.raises(PermissionDenied):
        view(_request(UserFactory(roles=[Role.EXPERT])))


def test_coordinator_views_send_coordinators_without_two_factor_to_set_it_up():
    response = coordinator_required(_view)(_request(coordinator(mfa=False)))
    assert response.status_code == 302
    assert response.url == reverse("mfa_activate_totp")


def test_coordinator_can_make_someone_an_expert_in_the_admin(client):
    """Roles without a city are groups a coordinator gives in the admin; the
    focal-point role needs its city and is granted on the people page."""
    from django.contrib.auth.models import Group

    official = UserFactory(roles=[Role.OFFICIAL])
    client.force_login(coordinator())
    edit_url = reverse("wagtailusers_users:edit", args=[official.pk])
    assert client.get(edit_url).status_code == 200
    expert = Group.objects.get(name=Role.EXPERT.group_name)
    official_group = Group.objects.get(name=Role.OFFICIAL.group_name)
    response = client.post(
        edit_url,
        {
            "email": official.email,
            "first_name": official.first_name,
            "last_name": official.last_name,
            "is_active": "on",
            "groups": [official_group.pk, expert.pk],
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    official.refresh_from_db()
    assert official.has_role(Role.EXPERT)
    assert not official.is_superuser
