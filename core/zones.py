"""Times in a place's own time zone, named after the place ("09:00 Phnom Penh
time"), and the reader's own time beside them when they live elsewhere."""

import datetime as dt
import zoneinfo

from django.core.cache import cache
from django.utils import formats
from django.utils.translation import gettext

PLACE_NAME_SECONDS = 300


def place_name(zone: str) -> str:
    """What a time zone is called for readers: the programme's city in it
    (Rio de Janeiro rather than São Paulo), else the zone's own city name.
    Kept a few minutes in the cache: a page lists many times in few zones."""
    from core.models import City

    city = cache.get_or_set(
        f"zone-city:{zone}",
        lambda: (
            City.objects.filter(timezone=zone).order_by("pk").values_list("name", flat=True).first()
            or ""
        ),
        PLACE_NAME_SECONDS,
    )
    return city or zone.rsplit("/", 1)[-1].replace("_", " ")


def reader_zone(user) -> str | None:
    """The reader's own time zone: their city's, when their profile names one."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    city = getattr(user, "city", None)
    return city.timezone if city is not None else None


def _span(starts_at: dt.datetime, ends_at: dt.datetime | None, zone: str) -> str:
    tz = zoneinfo.ZoneInfo(zone)
    start = starts_at.astimezone(tz)
    day = formats.date_format(start, "DATE_FORMAT")
    text = f"{day}, {formats.time_format(start, 'TIME_FORMAT')}"
    if ends_at is None:
        return text
    end = ends_at.astimezone(tz)
    if end.date() == start.date():
        return f"{text}–{formats.time_format(end, 'TIME_FORMAT')}"
    return f"{text} – {formats.date_format(end, 'DATETIME_FORMAT')}"


def times_in_zone(
    starts_at: dt.datetime, ends_at: dt.datetime | None, zone: str, *, reader=None
) -> str:
    """`starts_at` (to `ends_at`) in `zone`, named after its place, in the
    active language's formats; then, for a reader whose own zone differs,
    the same in theirs."""
    if starts_at is None:
        return ""
    text = gettext("%(when)s %(place)s time") % {
        "when": _span(starts_at, ends_at, zone),
        "place": place_name(zone),
    }
    own = reader_zone(reader)
    if own and own != zone:
        own_span = _span(starts_at, ends_at, own)
        if own_span != _span(starts_at, ends_at, zone):
            text += " " + gettext("(%(when)s your time)") % {"when": own_span}
    return text
