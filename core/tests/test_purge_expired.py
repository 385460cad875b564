"""`manage.py purge_expired` removes what has outlived its retention period,
and only that."""

from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from core.factories import UserFactory
from core.models import AuditEvent, DataExport, User

pytestmark = pytest.mark.django_db

Action = AuditEvent.Action


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def purge() -> str:
    out = StringIO()
    call_command("purge_expired", stdout=out)
    return out.getvalue()


def days_ago(days: int):
    return timezone.now() - timedelta(days=days)


def test_unconfirmed_accounts_go_after_the_configured_days(settings):
    settings.PRIVACY_UNCONFIRMED_DAYS = 30
    old = UserFactory(verified=False, date_joined=days_ago(31))
    recent = UserFactory(verified=False, date_joined=days_ago(29))
    confirmed = UserFactory(date_joined=days_ago(400))

    output = purge()

    assert not User.objects.filter(pk=old.pk).exists()
    assert set(User.objects.values_list("pk", flat=True)) == {recent.pk, confirmed.pk}
    assert "unconfirmed accounts: 1" in output


def test_expired_exports_go_with_their_files():
    person = UserFactory()
    expired = DataExport(user=person, requested_by=person, created_at=days_ago(8))
    expired.archive.save("x.zip", ContentFile(b"zip"), save=True)
    path = expired.archive.path
    fresh = DataExport.objects.create(user=person, requested_by=person)

    purge()

    assert list(DataExport.objects.all()) == [fresh]
    assert not Path(path).exists()


def test_login_records_and_old_events_go_at_their_own_ages(settings):
    settings.PRIVACY_LOGIN_RECORD_DAYS = 180
    settings.AUDIT_RETENTION_DAYS = 1000
    old_login = AuditEvent.objects.create(action=Action.LOGIN, created_at=days_ago(181))
    recent_login = AuditEvent.objects.create(action=Action.LOGIN_FAILED, created_at=days_ago(10))
    kept_erasure = AuditEvent.objects.create(action=Action.ERASED, created_at=days_ago(181))
    old_erasure = AuditEvent.objects.create(action=Action.ERASED, created_at=days_ago(1001))

    purge()

    left = set(AuditEvent.objects.values_list("pk", flat=True))
    assert left == {recent_login.pk, kept_erasure.pk}
    assert old_login.pk not in left and old_erasure.pk not in left
