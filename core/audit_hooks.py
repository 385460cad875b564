"""What the audit trail hears about from allauth and Django: logins, failed
logins and two-factor changes. Connected in `CoreConfig.ready()`; each
receiver only records (the action itself is the library's)."""

from allauth.account.signals import user_logged_in
from allauth.mfa.signals import authenticator_added, authenticator_removed, authenticator_reset

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_login_failed

from core import audit


def _logged_in(sender, request, user, **kwargs):
    audit.record(audit.Action.LOGIN, actor=user, subject=user, request=request)


def _login_failed(sender, credentials, request=None, **kwargs):
    """Who was tried, if they have an account (the address typed is not kept)."""
    email = credentials.get("email") or credentials.get("username") or ""
    subject = get_user_model().objects.filter(email__iexact=email).first() if email else None
    audit.record(audit.Action.LOGIN_FAILED, subject=subject, request=request)


def _mfa_changed(action):
    def receiver(sender, request, user, authenticator=None, **kwargs):
        kind = getattr(authenticator, "type", "")
        audit.record(action, actor=user, subject=user, target=kind, request=request)

    return receiver


_mfa_added = _mfa_changed(audit.Action.MFA_ADDED)
_mfa_removed = _mfa_changed(audit.Action.MFA_REMOVED)


def connect() -> None:
    user_logged_in.connect(_logged_in, dispatch_uid="audit_login")
    user_login_failed.connect(_login_failed, dispatch_uid="audit_login_failed")
    authenticator_added.connect(_mfa_added, dispatch_uid="audit_mfa_added")
    authenticator_reset.connect(_mfa_added, dispatch_uid="audit_mfa_reset")
    authenticator_removed.connect(_mfa_removed, dispatch_uid="audit_mfa_removed")
