from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import City, Domain
from experts.models import (
    LANGUAGES,
    Availability,
    ExpertLanguage,
    ExpertProfile,
    ExpertSkill,
    Skill,
)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class ExpertProfileForm(forms.ModelForm):
    class Meta:
        model = ExpertProfile
        fields = [
            "home_city",
            "organisation",
            "department",
            "bio",
            "photo",
            "years_of_experience",
            "domains",
            "max_concurrent_missions",
            "mission_days_per_year",
            "is_public",
        ]
        widgets = {
            "domains": forms.CheckboxSelectMultiple,
            "bio": forms.Textarea(attrs={"rows": 5}),
        }


SkillFormSet = forms.inlineformset_factory(
    ExpertProfile,
    ExpertSkill,
    fields=["skill", "level"],
    extra=3,
    can_delete=True,
)
LanguageFormSet = forms.inlineformset_factory(
    ExpertProfile, ExpertLanguage, fields=["language", "level"], extra=2, can_delete=True
)
AvailabilityFormSet = forms.inlineformset_factory(
    ExpertProfile,
    Availability,
    fields=["start", "end"],
    extra=2,
    can_delete=True,
    widgets={"start": DateInput(), "end": DateInput()},
)


class DirectoryFilterForm(forms.Form):
    city = forms.ModelChoiceField(
        label=_("City"), queryset=City.objects.all(), required=False, empty_label=_("All cities")
    )
    domain = forms.ModelChoiceField(
        label=_("Domain"),
        queryset=Domain.objects.all(),
        required=False,
        empty_label=_("All domains"),
    )
    skill = forms.ModelChoiceField(
        label=_("Skill"),
        queryset=Skill.objects.select_related("domain"),
        required=False,
        empty_label=_("All skills"),
    )
    language = forms.ChoiceField(
        label=_("Language"), choices=[("", _("All languages")), *LANGUAGES], required=False
    )

    def filter(self, profiles):
        if not self.is_valid():
            return profiles
        data = self.cleaned_data
        if data["city"]:
            profiles = profiles.filter(home_city=data["city"])
        if data["domain"]:
            profiles = profiles.filter(domains=data["domain"])
        if data["skill"]:
            profiles = profiles.filter(skills__skill=data["skill"])
        if data["language"]:
            profiles = profiles.filter(languages__language=data["language"])
        return profiles.distinct()
