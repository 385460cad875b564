from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.models import Domain
from training.models import TrainingModulePage


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    domain = forms.ModelChoiceField(
        label=_("Domain"),
        queryset=Domain.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All domains"),
    )
    level = forms.ChoiceField(
        label=_("Level"),
        choices=[("", _("All levels")), *TrainingModulePage.Level.choices],
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Available in"),
        choices=[("", _("All languages")), *settings.LANGUAGES],
        required=False,
    )


class CertificateSearchForm(forms.Form):
    """The certificate register's search box (a GET form)."""

    q = forms.CharField(label=_("Number, holder or module"), required=False, max_length=100)


class AttendanceForm(forms.Form):
    day = forms.DateField(label=_("Day"), widget=forms.HiddenInput)
    present = forms.TypedMultipleChoiceField(
        label=_("Present"), coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, session, **kwargs):
        super().__init__(*args, **kwargs)
        self.session = session
        self.fields["present"].choices = [
            (enrolment.pk, str(enrolment.user)) for enrolment in session.enrolments.booked()
        ]

    def clean_day(self):
        day = self.cleaned_data["day"]
        if day not in self.session.days():
            raise forms.ValidationError(_("This day is not part of the session."))
        if not self.session.has_started_on(day):
            raise forms.ValidationError(_("Attendance can be taken once the day has begun."))
        return day
