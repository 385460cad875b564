from allauth.account.adapter import DefaultAccountAdapter

from django.conf import settings
from django.utils.translation import get_language, ngettext

from core.roles import Role
from core.services import user_join_role


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        if language in dict(settings.LANGUAGES):
            user.preferred_language = language
        if commit:
            user.save()
            user_join_role(user=user, role=Role.OFFICIAL)
        return user

    @property
    def error_messages(self) -> dict:
        """allauth's messages, with a lockout that says how long it lasts and
        how to end it (allauth clears it on a successful password reset)."""
        minutes = settings.LOGIN_LOCKOUT_MINUTES
        return {
            **DefaultAccountAdapter.error_messages,
            "too_many_login_attempts": ngettext(
                "Too many failed login attempts: this account is locked for %(minutes)d "
                "minute. Resetting your password unlocks it at once.",
                "Too many failed login attempts: this account is locked for %(minutes)d "
                "minutes. Resetting your password unlocks it at once.",
                minutes,
            )
            % {"minutes": minutes},
        }
