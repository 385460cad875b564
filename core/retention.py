"""What `manage.py purge_expired` removes once its time is up (docs/privacy.md):
accounts never confirmed, expired exports, old login records and audit events."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress

from django.conf import settings
from django.db import transaction
from django.db.models import ProtectedError, RestrictedError
from django.utils import timezone

from core.erasure import ERASED_DOMAIN, user_erase
from core.exports import export_delete
from core.models import AuditEvent, DataExport, User

LOGIN_RECORDS = [AuditEvent.Action.LOGIN, AuditEvent.Action.LOGIN_FAILED]


@dataclass(frozen=True)
class Purged:
    unconfirmed_accounts: int
    exports: int
    login_records: int
    audit_events: int


def unconfirmed_accounts(now: datetime):
    """Sign-ups whose address was never confirmed, older than PRIVACY_UNCONFIRMED_DAYS."""
    cutoff = now - timedelta(days=settings.PRIVACY_UNCONFIRMED_DAYS)
    confirmed = EmailAddress.objects.filter(verified=True).values("user_id")
    return (
        User.objects.filter(date_joined__lt=cutoff, last_login__isnull=True)
        .filter(is_staff=False, is_superuser=False)
        .exclude(pk__in=confirmed)
        .exclude(email__endswith=f"@{ERASED_DOMAIN}")
    )


def _delete_account(user: User) -> None:
    """Deleted outright; should anything protect it, erased instead."""
    try:
        with transaction.atomic():
            user.delete()
    except (ProtectedError, RestrictedError):
        user_erase(user=user)


def purge_expired(*, now: datetime | None = None) -> Purged:
    now = now or timezone.now()
    accounts = list(unconfirmed_accounts(now))
    for user in accounts:
        _delete_account(user)
    exports = list(DataExport.objects.expired(now))
    for export in exports:
        export_delete(export=export)
    login_cutoff = now - timedelta(days=settings.PRIVACY_LOGIN_RECORD_DAYS)
    logins, _ = AuditEvent.objects.filter(
        action__in=LOGIN_RECORDS, created_at__lt=login_cutoff
    ).delete()
    audit_cutoff = now - timedelta(days=settings.AUDIT_RETENTION_DAYS)
    events, _ = AuditEvent.objects.filter(created_at__lt=audit_cutoff).delete()
    return Purged(len(accounts), len(exports), logins, events)
