from allauth.account.adapter import DefaultAccountAdapter

from django.conf import settings
from django.utils.translation import get_language

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
