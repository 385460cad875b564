from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.models import City, Organisation, User


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
