"""The audit trail and personal-data exports (models; the services are in
`core.audit` and `core.exports`). Imported by `core.models`."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.storage import private_storage


class AuditEventQuerySet(models.QuerySet):
    def about(self, user):
        return self.filter(subject=user)


class AuditEvent(models.Model):
    """Something a security officer or an auditor asks about: who did what,
    about whom, when, from which address. Append-only: an event is never
    changed, and goes only when its retention period ends (`purge_expired`)."""

    class Action(models.TextChoices):
        LOGIN = "login", _("Logged in")
        LOGIN_FAILED = "login_failed", _("Failed login")
        MFA_ADDED = "mfa_added", _("Two-factor authentication added")
        MFA_REMOVED = "mfa_removed", _("Two-factor authentication removed")
        ROLE_GRANTED = "role_granted", _("Role granted")
        ROLE_REMOVED = "role_removed", _("Role removed")
        PROFILE_CHANGE_DECIDED = "profile_decided", _("Change of city or role decided")
        DOCUMENT_ISSUED = "document_issued", _("Document issued")
        DOCUMENT_REVOKED = "document_revoked", _("Document revoked")
        ASSIGNMENT_APPLIED = "assignment_applied", _("Batch assignment applied")
        EXPORT_REQUESTED = "export_requested", _("Personal-data export requested")
        EXPORT_DOWNLOADED = "export_downloaded", _("Personal-data export downloaded")
        ERASED = "erased", _("Personal data erased")
        LIST_EXPORTED = "list_exported", _("List exported (CSV or XLSX)")
        FUNDER_REPORT_REQUESTED = "funder_report_requested", _("Funder report requested")
        FUNDER_REPORT_DOWNLOADED = "funder_report_downloaded", _("Funder report downloaded")

    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    action = models.CharField(_("what"), max_length=32, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("about whom"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    target = models.CharField(_("about what"), max_length=200, blank=True)
    detail = models.TextField(_("detail"), blank=True)
    ip_address = models.GenericIPAddressField(_("from address"), null=True, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        indexes = [models.Index(fields=["action", "created_at"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError("Audit events are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Audit events are append-only; purge_expired removes expired ones.")


def _export_path(export: "DataExport", filename: str) -> str:
    # Private: served only by the permission-checked download view.
    return f"exports/{export.token}.zip"


def _new_token() -> str:
    return secrets.token_urlsafe(24)


class DataExportQuerySet(models.QuerySet):
    def expired(self, now=None):
        return self.filter(expires_at__lte=now or timezone.now())


class DataExport(models.Model):
    """A ZIP of everything Passerelle holds about `user`, built in the background."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    token = models.CharField(max_length=40, unique=True, default=_new_token)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    archive = models.FileField(upload_to=_export_path, storage=private_storage, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()

    objects = DataExportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("personal-data export")
        verbose_name_plural = _("personal-data exports")

    def __str__(self) -> str:
        return f"{self.user_id} {self.created_at:%Y-%m-%d}"

    def save(self, *args, **kwargs):
        if self.expires_at is None:
            self.expires_at = self.created_at + timedelta(days=settings.PRIVACY_EXPORT_DAYS)
        super().save(*args, **kwargs)

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()
