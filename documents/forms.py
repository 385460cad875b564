from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models import CooperationProject, FundingPartner
from documents.funder_reports import LANGUAGES


class FunderReportForm(forms.Form):
    """A project or a funding partner (one of the two), a period, a language."""

    project = forms.ModelChoiceField(
        label=_("Cooperation project"),
        queryset=CooperationProject.objects.order_by("title"),
        required=False,
        empty_label=_("—"),
    )
    funder = forms.ModelChoiceField(
        label=_("or funding partner"),
        queryset=FundingPartner.objects.order_by("name"),
        required=False,
        empty_label=_("—"),
    )
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("Until"), widget=forms.DateInput(attrs={"type": "date"}))
    language = forms.ChoiceField(label=_("Language"), choices=LANGUAGES)

    def __init__(self, *args, city=None, **kwargs):
        """With `city` (a focal point's), only projects of that city's
        partnerships and the partners funding them are offered."""
        super().__init__(*args, **kwargs)
        if city is not None:
            mine = Q(partnership__city_a=city) | Q(partnership__city_b=city)
            projects = CooperationProject.objects.filter(mine)
            self.fields["project"].queryset = projects.order_by("title")
            self.fields["funder"].queryset = (
                FundingPartner.objects.filter(fundings__project__in=projects)
                .distinct()
                .order_by("name")
            )

    def clean(self):
        cleaned = super().clean()
        if bool(cleaned.get("project")) == bool(cleaned.get("funder")):
            raise forms.ValidationError(_("Choose a cooperation project or a funding partner."))
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The period cannot end before it starts."))
        return cleaned
