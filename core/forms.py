from allauth.account.forms import SignupForm as AllauthSignupForm

from django import forms
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models import City, Organisation, User


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's, refusing ids no database integer can hold with the usual
    "not a valid value" message: SQLite raises OverflowError for them (a 500)."""

    LIMIT = 2**63

    def clean(self, value):
        for pk in value if isinstance(value, list | tuple) else []:
            try:
                in_range = -self.LIMIT <= int(pk) < self.LIMIT
            except (TypeError, ValueError):
                continue  # Django's own check reports it
            if not in_range:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super().clean(value)


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Organisation) -> str:
        return obj.name


class ProfileForm(forms.Form):
    """Who the person is and where they work. Works without JavaScript:
    organisations are grouped by city and checked against the city."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    city = forms.ModelChoiceField(
        label=_("City"),
        queryset=City.objects.all(),
        empty_label=_("Choose your city"),
        error_messages={"invalid_choice": _("Choose a city from the list.")},
    )
    organisation = OrganisationChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.select_related("city"),
        required=False,
        empty_label=_("My organisation is not listed"),
        error_messages={"invalid_choice": _("Choose an organisation from the list.")},
    )
    new_organisation_name = forms.CharField(
        label=_("Organisation not listed? Its name"), max_length=200, required=False
    )
    job_title = forms.CharField(label=_("Job title"), max_length=200, required=False)
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=settings.LANGUAGES,
        help_text=_("E-mails and certificates are sent in this language."),
    )
    offers_expertise = forms.BooleanField(
        label=_("I also offer my expertise for missions"),
        required=False,
        help_text=_("Experts from every partner city share their know-how."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        choices = [("", self.fields["organisation"].empty_label)]
        by_city: dict[str, list[tuple[int, str]]] = {}
        for organisation in self.fields["organisation"].queryset:
            by_city.setdefault(str(organisation.city), []).append(
                (organisation.pk, organisation.name)
            )
        choices.extend(by_city.items())
        self.fields["organisation"].choices = choices

    def clean(self):
        cleaned = super().clean()
        city = cleaned.get("city")
        organisation = cleaned.get("organisation")
        new_name = cleaned.get("new_organisation_name", "").strip()
        cleaned["new_organisation_name"] = new_name
        if organisation and city and organisation.city_id != city.pk:
            self.add_error(
                "organisation",
                _("%(organisation)s is in %(city)s, not in %(chosen)s.")
                % {"organisation": organisation.name, "city": organisation.city, "chosen": city},
            )
        if not organisation and not new_name and "organisation" not in self.errors:
            self.add_error(
                "new_organisation_name",
                _("Choose your organisation, or give its name if it is not listed."),
            )
        return cleaned


class AuditFilterForm(forms.Form):
    """Filters of the audit trail (a GET form: the filters are in the URL)."""

    action = forms.ChoiceField(label=_("What"), required=False)
    person = forms.CharField(label=_("Who or about whom (e-mail)"), required=False, max_length=254)
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        from core.models import AuditEvent

        super().__init__(*args, **kwargs)
        self.fields["action"].choices = [("", _("Any")), *AuditEvent.Action.choices]

    def filter(self, events):
        """`events` narrowed to what the valid filters ask for (all when none)."""
        if not self.is_valid():
            return events
        data = self.cleaned_data
        if data["action"]:
            events = events.filter(action=data["action"])
        if data["person"]:
            person = data["person"].strip()
            events = events.filter(
                Q(actor__email__icontains=person) | Q(subject__email__icontains=person)
            )
        if data["since"]:
            events = events.filter(created_at__date__gte=data["since"])
        if data["until"]:
            events = events.filter(created_at__date__lte=data["until"])
        return events


class AccountDeleteForm(forms.Form):
    """Deleting one's own account: the password and, when set up, a
    two-factor code (checked by allauth's own form, rate limits included)."""

    password = forms.CharField(
        label=_("Your password"), strip=False, widget=forms.PasswordInput(render_value=False)
    )
    code = forms.CharField(
        label=_("A code from your authenticator app (or a recovery code)"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code"}),
    )

    def __init__(self, *args, user, **kwargs):
        from allauth.mfa.utils import is_mfa_enabled

        super().__init__(*args, **kwargs)
        self.user = user
        if is_mfa_enabled(user):
            self.fields["code"].required = True
        else:
            del self.fields["code"]

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your password."))
        return password

    def clean_code(self):
        from allauth.mfa.base.forms import BaseAuthenticateForm

        check = BaseAuthenticateForm({"code": self.cleaned_data["code"]}, user=self.user)
        if not check.is_valid():
            raise forms.ValidationError(check.errors["code"])
        return self.cleaned_data["code"]


class PersonForm(forms.Form):
    """A coordinator names a person by their e-mail address."""

    email = forms.EmailField(label=_("The person's e-mail address"))

    def clean_email(self):
        from core.erasure import ERASED_DOMAIN
        from core.models import User

        email = self.cleaned_data["email"]
        person = (
            User.objects.filter(email__iexact=email)
            .exclude(email__iendswith=f"@{ERASED_DOMAIN}")
            .first()
        )
        if person is None:
            raise forms.ValidationError(_("Nobody on Passerelle has this e-mail address."))
        self.person = person
        return email


class ErasureForm(PersonForm):
    confirm = forms.BooleanField(
        label=_("I confirm: this person's personal data is erased, and that cannot be undone")
    )


class FocalPointGrantForm(forms.Form):
    """A coordinator names the person (by e-mail) and the city they act for."""

    email = forms.EmailField(label=_("E-mail address of the person"))
    city = forms.ModelChoiceField(
        label=_("City they act for"),
        queryset=City.objects.all(),
        empty_label=_("Choose a city"),
        error_messages={"invalid_choice": _("Choose a city from the list.")},
    )

    def clean_email(self):
        email = self.cleaned_data["email"]
        person = User.objects.filter(email__iexact=email, is_active=True).first()
        if person is None:
            raise forms.ValidationError(_("Nobody has an account with this address."))
        self.cleaned_data["person"] = person
        return email


class SignupForm(AllauthSignupForm):
    """allauth's sign-up, answering as slowly for a known address as for a new one.

    A new account costs one password hash; allauth answers a known address
    (by e-mail, as ACCOUNT_PREVENT_ENUMERATION asks) without it, so the
    answer's speed told who has an account. Hashing the typed password here
    does the same work; Django's login backend does the same for unknown users.
    """

    def try_save(self, request):
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1") or "")
        return super().try_save(request)
