"""An iCalendar (.ics) file for one session, built with the icalendar package."""

import datetime as dt

import icalendar

PRODID = "-//Passerelle//Training sessions//EN"


def session_ics(
    *,
    uid: str,
    title: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    location: str,
    url: str,
    description: str = "",
    now: dt.datetime | None = None,
) -> str:
    """One event from ``starts_at`` to ``ends_at``, in their time zone.

    Give the times in the session's own zone: the file then names it
    (``TZID``) and describes it (``VTIMEZONE``), so calendars show the
    session at its local hour wherever the reader is.
    """
    event = icalendar.Event.new(
        uid=uid,
        stamp=now or dt.datetime.now(dt.UTC),
        start=starts_at,
        end=ends_at,
        summary=title,
        location=location or None,
        url=url,
        description=description or None,
    )
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", PRODID)
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical().decode()
