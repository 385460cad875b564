from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context

from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.languages import reader_language
from core.mail import mail_queue, mail_wrap, site_name, user_language
from core.models import User
from core.roles import Role
from core.services import user_join_role

ACCOUNT_MAIL_REASON = _(
    "You receive this e-mail because this address was given on %(site)s. If that was not "
    "you, you can ignore it."
)


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        language = reader_language()
        if language in dict(settings.LANGUAGES):
            user.preferred_language = language
        if commit:
            user.save()
            user_join_role(user=user, role=Role.OFFICIAL)
        return user

    def get_login_redirect_url(self, request) -> str:
        """My Passerelle in the person's preferred language, whatever language
        the login page was in; a `next` address (which keeps its own language
        prefix) still takes precedence, as allauth calls this only without one."""
        with translation.override(user_language(request.user)):
            return super().get_login_redirect_url(request)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """allauth's e-mails (address confirmation, password reset, "account
        already exists"...) in the recipient's language and the site's layout,
        through the outbox (`core.mail`): a mail server that is down delays
        them and never fails the request."""
        user = context.get("user") or User.objects.filter(email__iexact=email).first()
        language = user_language(user)
        with translation.override(language):
            message = self.render_mail(template_prefix, email, self._mail_context(email, context))
        composed = mail_wrap(
            subject=message.subject,
            text=message.body,
            reason=ACCOUNT_MAIL_REASON,
            language=language,
        )
        mail_queue(
            to=message.to,
            subject=composed.subject,
            body=composed.body,
            html=composed.html,
            from_email=message.from_email,
        )

    def _mail_context(self, email: str, context: dict) -> dict:
        """The context allauth's own `send_mail` gives its templates, the
        site named as in e-mails (`core.mail.site_name`)."""
        request = allauth_context.request
        current_site = get_current_site(request)
        current_site.name = site_name()
        return {"request": request, "email": email, "current_site": current_site, **context}

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
