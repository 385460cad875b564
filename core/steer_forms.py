"""The dashboard's filters: a plain GET form, so a view can be bookmarked."""

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import City, Domain, Partnership
from core.steer import Direction, Filters


class SteerFilterForm(forms.Form):
    """Year or dates, partnership, city, domain, direction — all optional.

    A focal point's city is fixed (`Filters.for_user`); the form then offers
    no city to choose.
    """

    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)
    start = forms.DateField(label=_("From"), required=False)
    end = forms.DateField(label=_("Until"), required=False)
    partnership = forms.ModelChoiceField(
        label=_("Partnership"),
        queryset=Partnership.objects.select_related("city_a", "city_b"),
        required=False,
        empty_label=_("All partnerships"),
    )
    city = forms.ModelChoiceField(
        label=_("City"), queryset=City.objects.all(), required=False, empty_label=_("All cities")
    )
    domain = forms.ModelChoiceField(
        label=_("Domain"),
        queryset=Domain.objects.all(),
        required=False,
        empty_label=_("All domains"),
    )
    direction = forms.ChoiceField(
        label=_("Direction"),
        choices=[("", _("Both ways and between partners")), *Direction.choices],
        required=False,
    )

    def __init__(self, data, *, user, **kwargs):
        super().__init__(data, **kwargs)
        this_year = dt.date.today().year
        self.fields["year"].choices = [("", _("Any year"))] + [
            (year, str(year)) for year in range(this_year + 1, this_year - 12, -1)
        ]
        self.user = user
        if not user.is_coordinator:
            del self.fields["city"]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The period cannot end before it starts."))
        return cleaned

    def filters(self) -> Filters:
        """What was chosen, limited to what the user may see; empty when invalid."""
        data = self.cleaned_data if self.is_valid() else {}
        year = data.get("year")
        start, end = data.get("start"), data.get("end")
        if year and not (start or end):
            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return Filters(
            start=start,
            end=end,
            partnership=data.get("partnership"),
            city=data.get("city"),
            domain=data.get("domain"),
            direction=data.get("direction", ""),
        ).for_user(self.user)
