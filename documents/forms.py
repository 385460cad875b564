import contextlib

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import get_language
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
    # A date input reads and shows ISO dates whatever the interface's language.
    start = forms.DateField(
        label=_("From"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    end = forms.DateField(
        label=_("Until"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
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

    def prefill(self, query: QueryDict) -> None:
        """Preselect what the query string names, so the form can be bookmarked
        or linked to (the dashboard links here with its period and
        partnership): project, funder, start, end, language — each kept only
        if it is valid and offered to this user, silently dropped otherwise.
        A `partnership` preselects its project when it has exactly one. The
        language is the interface's when it is a report language."""
        language = get_language()
        if language in dict(LANGUAGES):
            self.initial["language"] = language
        for name in ("project", "funder", "start", "end", "language"):
            if value := query.get(name):
                with contextlib.suppress(ValidationError):
                    self.initial[name] = self.fields[name].clean(value)
        partnership = query.get("partnership", "")
        chosen = {"project", "funder"} & self.initial.keys()
        # Nine digits at most: a larger number is no row's, and some databases refuse it.
        if partnership.isdecimal() and len(partnership) <= 9 and not chosen:
            projects = list(
                self.fields["project"].queryset.filter(partnership_id=int(partnership))[:2]
            )
            if len(projects) == 1:
                self.initial["project"] = projects[0]

    def clean(self):
        cleaned = super().clean()
        if bool(cleaned.get("project")) == bool(cleaned.get("funder")):
            raise forms.ValidationError(_("Choose a cooperation project or a funding partner."))
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The period cannot end before it starts."))
        return cleaned
