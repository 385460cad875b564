"""Deleting anyone never gives a 500: every demo user, from the Wagtail admin."""

from io import StringIO

import pytest

from django.core.management import call_command
from django.urls import reverse

from core.erasure import is_erased
from core.factories import coordinator
from core.models import User
from exchange.models import MissionReport
from training.models import Certificate

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_every_demo_user_can_be_deleted_in_the_admin(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=StringIO())
    demo_users = list(User.objects.all())
    assert len(demo_users) > 3
    assert Certificate.objects.exists() and MissionReport.objects.exists()  # the hard cases
    client.force_login(coordinator(is_superuser=True, is_staff=True))

    for user in demo_users:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("wagtailusers_users:delete", args=[user.pk]))
        assert response.status_code == 302, user.email
        user.refresh_from_db()
        assert is_erased(user), user.email
