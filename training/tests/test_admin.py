"""Coordinators build modules, lessons, assessments and sessions in the Wagtail admin."""

import pytest

from core.factories import coordinator
from core.roles import Role
from training.factories import SessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(coordinator())
    return client


def test_module_edit_form_has_assessment_and_completion_tabs(admin_client, module):
    response = admin_client.get(f"/admin/pages/{module.pk}/edit/")
    assert response.status_code == 200
    for label in ("Assessment", "Completion", "Pass mark", "Pick A"):
        assert label in response.text


def test_lesson_can_be_added_under_a_module_only(admin_client, catalogue, module):
    assert admin_client.get(f"/admin/pages/add/training/lessonpage/{module.pk}/").status_code == 200
    response = admin_client.get(f"/admin/pages/add/training/lessonpage/{catalogue.pk}/")
    assert response.status_code in (302, 403)


def test_catalogue_can_be_added_under_the_home_page(admin_client, home_page):
    url = f"/admin/pages/add/training/catalogueindexpage/{home_page.pk}/"
    assert admin_client.get(url).status_code == 200


def test_sessions_are_listed_in_the_admin(admin_client, module):
    SessionFactory(module=module, place="Room 12")
    response = admin_client.get("/admin/snippets/training/session/")
    assert response.status_code == 200
    assert module.title in response.text


def test_trainer_sees_sessions_they_run_on_the_dashboard(client, module):
    from django.urls import reverse

    from core.factories import UserFactory

    session = SessionFactory(module=module, trainer=UserFactory(roles=[Role.EXPERT]))
    client.force_login(session.trainer)
    response = client.get(reverse("training:dashboard"))
    assert reverse("training:session_detail", args=[session.pk]) in response.text


@pytest.mark.django_db
def test_only_experts_and_coordinators_can_run_a_session():
    from core.factories import UserFactory
    from training.models import Session

    expert = UserFactory(roles=[Role.EXPERT])
    both = UserFactory(roles=[Role.EXPERT, Role.COORDINATOR])
    official = UserFactory()
    form_class = Session.snippet_viewset.get_edit_handler().get_form_class()
    choices = list(form_class().fields["trainer"].queryset)
    assert expert in choices and both in choices
    assert official not in choices
    assert choices.count(both) == 1
