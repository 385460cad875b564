"""Who may see what: decorators and lookup helpers shared by every app."""

from functools import wraps

from allauth.mfa.utils import is_mfa_enabled

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from core.roles import Role


def needs_mfa_setup(user) -> bool:
    """A coordinator (or any admin user) who has not set up two-factor yet."""
    if not settings.COORDINATOR_REQUIRE_MFA or not user.is_authenticated:
        return False
    if not (user.is_coordinator or user.may_open_admin):
        return False
    return not is_mfa_enabled(user)


def redirect_to_mfa_setup(request):
    messages.warning(
        request,
        _("Coordinators must set up two-factor authentication before going further."),
    )
    return redirect("mfa_activate_totp")


def role_required(*roles: Role):
    """Let in logged-in users holding one of `roles` (coordinators always).

    Coordinators must also have two-factor authentication set up.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not (user.is_coordinator or any(user.has_role(role) for role in roles)):
                raise PermissionDenied
            if user.is_coordinator and needs_mfa_setup(user):
                return redirect_to_mfa_setup(request)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


coordinator_required = role_required(Role.COORDINATOR)
