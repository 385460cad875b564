"""Wagtail admin forms shared by the apps."""

import datetime as dt
import zoneinfo

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm


def _zone(name) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(name) if name else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None  # the model's own validator reports it


class TimesInTheirZoneForm(WagtailAdminModelForm):
    """An admin form whose date-times (`zoned_fields`) are shown and typed in
    the time zone the object names (`zone_field`), not in the editor's: a
    session in Phnom Penh is edited in Phnom Penh time, from Paris too.

    Django's fields show and read date-times in the active time zone (the
    editor's, which Wagtail activates); shown here as the object's wall-clock
    time, and read back as wall-clock time in the zone the form names."""

    zoned_fields: tuple[str, ...] = ()
    zone_field = "timezone"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = _zone(getattr(self.instance, self.zone_field, None))
        for name in self.zoned_fields:
            if name not in self.fields:
                continue
            value = self.initial.get(name)
            if zone is not None and isinstance(value, dt.datetime) and timezone.is_aware(value):
                self.initial[name] = timezone.make_naive(value, zone)
            if zone is not None and self.instance.pk:
                self.fields[name].help_text = _(
                    "Local time at the place, in the time zone %(zone)s."
                ) % {"zone": zone.key}
            else:
                self.fields[name].help_text = _("Local time at the place, in the time zone given.")

    def clean(self):
        cleaned = super().clean()
        zone = _zone(cleaned.get(self.zone_field))
        if zone is None:
            return cleaned
        typed_in = timezone.get_current_timezone()
        for name in self.zoned_fields:
            value = cleaned.get(name)
            if isinstance(value, dt.datetime):
                wall_clock = timezone.make_naive(value, typed_in)
                cleaned[name] = timezone.make_aware(wall_clock, zone)
        return cleaned
