"""Forms for partner requests, proposals, mission reports and evaluations."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import ModelMultipleChoiceField
from core.models import FundingPartner, Partnership
from exchange.models import MissionEvaluation, PartnerRequest
from exchange.services import WantedSkill
from exchange.uploads import ATTACHMENT_MAX_BYTES, validate_attachment
from experts.models import LANGUAGES, Skill, SkillLevel


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class PartnerRequestForm(forms.ModelForm):
    working_languages = forms.MultipleChoiceField(
        label=_("Working languages"), choices=LANGUAGES, widget=forms.CheckboxSelectMultiple
    )
    funding_partners = ModelMultipleChoiceField(
        label=_("Funding partners"),
        queryset=FundingPartner.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = PartnerRequest
        fields = [
            "title",
            "partnership",
            "domain",
            "needs",
            "working_languages",
            "interpretation_available",
            "start_date",
            "end_date",
            "on_site",
            "location",
            "experts_needed",
            "expected_trainees",
            "funding_partners",
        ]
        widgets = {"start_date": DateInput(), "end_date": DateInput()}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        partnerships = Partnership.objects.select_related("city_a", "city_b")
        if not user.is_coordinator:
            partnerships = partnerships.involving(user.focal_point_city_id)
        self.fields["partnership"].queryset = partnerships
        self.fields["experts_needed"].min_value = 1
        self.fields["experts_needed"].widget.attrs["min"] = 1

    def clean_experts_needed(self):
        value = self.cleaned_data["experts_needed"]
        if value is None or value < 1:
            raise forms.ValidationError(_("A request needs at least one expert."))
        return value

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The period cannot end before it starts."))
        partnership, location = cleaned.get("partnership"), cleaned.get("location")
        if cleaned.get("on_site"):
            if location is None:
                self.add_error("location", _("Say in which city the mission takes place."))
            elif partnership and location not in partnership.cities:
                self.add_error("location", _("The mission takes place in a partnership city."))
        return cleaned

    def service_fields(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("funding_partners")
        return data


class AvailabilityShareForm(forms.Form):
    share = forms.IntegerField(
        label=_("Experts must be free for at least this many percent of the period"),
        min_value=0,
        max_value=100,
    )


class WantedSkillForm(forms.Form):
    skill = forms.ModelChoiceField(
        label=_("Skill"),
        queryset=Skill.objects.select_related("domain"),
        required=False,
        error_messages={"invalid_choice": _("Unknown skill: choose one from the list.")},
    )
    required = forms.TypedChoiceField(
        label=_("Required?"),
        choices=[("1", _("Required")), ("0", _("Nice to have"))],
        coerce=lambda value: value == "1",
        initial="1",
    )
    min_level = forms.TypedChoiceField(
        label=_("Minimum level"), choices=SkillLevel.choices, coerce=int, initial=2
    )


class BaseWantedSkillFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        skills = [f.cleaned_data["skill"] for f in self.forms if f.cleaned_data.get("skill")]
        if len(skills) != len(set(skills)):
            raise forms.ValidationError(_("Each skill once, please."))
        required = [
            f for f in self.forms if f.cleaned_data.get("skill") and f.cleaned_data["required"]
        ]
        if not required:
            raise forms.ValidationError(_("Name at least one required skill."))

    def wanted(self) -> list[WantedSkill]:
        return [
            WantedSkill(
                skill=f.cleaned_data["skill"],
                required=f.cleaned_data["required"],
                min_level=f.cleaned_data["min_level"],
            )
            for f in self.forms
            if f.cleaned_data.get("skill")
        ]


WantedSkillFormSet = forms.formset_factory(
    WantedSkillForm, formset=BaseWantedSkillFormSet, extra=4, max_num=12
)


def skill_initial(request: PartnerRequest) -> list[dict]:
    return [
        {"skill": s.skill_id, "required": "1" if s.required else "0", "min_level": s.min_level}
        for s in request.skills.all()
    ]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        cleaned = [super(MultipleFileField, self).clean(f, initial) for f in files]
        for file in cleaned:
            validate_attachment(file)
        return cleaned


class MissionReportForm(forms.Form):
    text = forms.CharField(label=_("Report"), widget=forms.Textarea(attrs={"rows": 8}))
    attachments = MultipleFileField(
        label=_("Attachments"),
        required=False,
        help_text=_("PDF, images or office documents, up to %(size)s MB each.")
        % {"size": ATTACHMENT_MAX_BYTES // (1024 * 1024)},
    )


class EvaluationForm(forms.ModelForm):
    class Meta:
        model = MissionEvaluation
        fields = ["objectives_met", "knowledge_transferred", "would_work_together_again", "comment"]
        widgets = {
            "objectives_met": forms.Select(choices=[(i, i) for i in range(1, 6)]),
            "knowledge_transferred": forms.Select(choices=[(i, i) for i in range(1, 6)]),
            "comment": forms.Textarea(attrs={"rows": 4}),
        }
