"""Steering: the figures and lists coordinators watch, in one registry.

`core` may not import `training` or `exchange`, yet the dashboard shows
both. Each app computes its own figures and describes its own lists, and
registers them from its `AppConfig.ready()` (`add_panel`, `add_list`).
The dashboard, the drill-down lists, the exports and the funder report
read them from here, all with the same `Filters`.

What a focal point sees is limited to their own city: `Filters.for_user`
forces the city, so no app can forget it.
"""

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.db import models
from django.db.models import Case, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.cache_versions import track_versions, versioned
from core.models import City, Domain, Partnership


class Direction(models.TextChoices):
    """Which way the know-how travels, seen from the hub city (`STEER_HUB_CITY`)."""

    HUB_TO_PARTNER = "hub_to_partner", _("Paris → partner")
    PARTNER_TO_HUB = "partner_to_hub", _("Partner → Paris")
    PARTNER_TO_PARTNER = "partner_to_partner", _("Partner → partner")


def direction_expression(from_city_slug: str, to_city_slug: str) -> Case:
    """A database expression: the `Direction` of an exchange from the city
    at lookup `from_city_slug` (the expert's, the trainer's) to the city at
    `to_city_slug` (the requesting city's, the learner's). NULL when either
    is unknown or both are the hub."""
    hub = settings.STEER_HUB_CITY
    known = Q(**{f"{from_city_slug}__isnull": False, f"{to_city_slug}__isnull": False})
    return Case(
        When(
            known & Q(**{from_city_slug: hub}) & ~Q(**{to_city_slug: hub}),
            then=Value(Direction.HUB_TO_PARTNER.value),
        ),
        When(
            known & ~Q(**{from_city_slug: hub}) & Q(**{to_city_slug: hub}),
            then=Value(Direction.PARTNER_TO_HUB.value),
        ),
        When(
            known & ~Q(**{from_city_slug: hub}) & ~Q(**{to_city_slug: hub}),
            then=Value(Direction.PARTNER_TO_PARTNER.value),
        ),
        default=Value(None),
        output_field=models.CharField(),
    )


def _midnight(day: dt.date) -> dt.datetime:
    """The start of `day` in the current time zone."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


@dataclass(frozen=True)
class Filters:
    """What the coordinator chose: a period and optional partnership, city,
    domain and direction. Every figure and list applies all of them."""

    start: dt.date | None = None
    end: dt.date | None = None
    partnership: Partnership | None = None
    city: City | None = None
    domain: Domain | None = None
    direction: str = ""

    @classmethod
    def for_year(cls, year: int, **kwargs) -> "Filters":
        return cls(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), **kwargs)

    def for_user(self, user) -> "Filters":
        """A focal point sees the city a coordinator granted them, whatever they
        asked for (never their profile's own city, which they type themselves)."""
        if user.is_coordinator:
            return self
        return replace(self, city=City.objects.get(pk=user.focal_point_city_id))

    def period(self, lookup: str, *, of_datetime: bool = False) -> Q:
        """`lookup` within the period, both ends included; a datetime field
        (`of_datetime`) is compared by its date in the current time zone:
        from the first day's midnight there to the midnight after the last
        day (the same rows as comparing `__date`, without converting every
        row's time to the time zone, and an index on the field can serve it)."""
        if of_datetime:
            condition = Q()
            # Within a day of the first or last date there is, no bound: no
            # stored time lies beyond, and its midnight could not be computed.
            if self.start and self.start > dt.date.min + dt.timedelta(days=1):
                condition &= Q(**{f"{lookup}__gte": _midnight(self.start)})
            if self.end and self.end < dt.date.max - dt.timedelta(days=1):
                condition &= Q(**{f"{lookup}__lt": _midnight(self.end + dt.timedelta(days=1))})
            return condition
        condition = Q()
        if self.start:
            condition &= Q(**{f"{lookup}__gte": self.start})
        if self.end:
            condition &= Q(**{f"{lookup}__lte": self.end})
        return condition

    def querystring(self, **extra: Any) -> str:
        """The filters as GET parameters (the dashboard form's names), for links."""
        params = {
            "start": self.start.isoformat() if self.start else "",
            "end": self.end.isoformat() if self.end else "",
            "partnership": self.partnership.pk if self.partnership else "",
            "city": self.city.pk if self.city else "",
            "domain": self.domain.pk if self.domain else "",
            "direction": self.direction,
        }
        params.update(extra)
        return urlencode({key: value for key, value in params.items() if value not in ("", None)})


@dataclass(frozen=True)
class Figure:
    """One number on the dashboard, and the list that shows the rows behind it."""

    label: str
    value: int | float | None
    list_key: str = ""
    list_params: dict = field(default_factory=dict)
    unit: str = ""

    def url(self, filters: Filters) -> str:
        if not self.list_key:
            return ""
        return list_url(self.list_key, filters, **self.list_params)


@dataclass(frozen=True)
class Chart:
    """A breakdown drawn as a bar chart, with its table beside it.

    `rows` are (label, values, list_params): one value per series; the
    row links to `list_key` filtered with `list_params`.
    """

    title: str
    series: tuple[str, ...]
    rows: tuple[tuple[str, tuple[float, ...], dict], ...]
    list_key: str = ""


@dataclass(frozen=True)
class Panel:
    """What one app contributes: headline figures, breakdowns, and for the
    funder report the outcomes in words (e.g. from mission reports)."""

    title: str
    figures: tuple[Figure, ...]
    charts: tuple[Chart, ...] = ()
    outcomes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]


@dataclass(frozen=True)
class SteerList:
    """A list behind the figures: its rows for some filters, and its columns
    (the page and every export show the same ones)."""

    key: str
    title: str
    rows: Callable[[Filters, dict], models.QuerySet]
    columns: tuple[Column, ...]
    # Extra GET parameters the list understands (e.g. a status), passed to `rows`.
    params: tuple[str, ...] = ()
    # The page a row links to, if any.
    row_url: Callable[[Any], str] | None = None


@dataclass(frozen=True)
class _RegisteredPanel:
    order: int
    compute: Callable[[Filters], Panel]
    models: tuple[type, ...]


_panels: dict[str, _RegisteredPanel] = {}
_lists: dict[str, SteerList] = {}


def add_panel(
    key: str,
    compute: Callable[[Filters], Panel],
    *,
    models: tuple[type, ...],
    order: int = 0,
) -> None:
    """Show the panel `compute(filters)` returns on the dashboard and in funder
    reports. `models` are those whose rows its figures are read from: the
    dashboard keeps the panel in the shared cache until one of them changes."""
    _panels[key] = _RegisteredPanel(order, compute, tuple(models))
    track_versions(*models)


def add_list(steer_list: SteerList) -> None:
    """Offer `steer_list` as a drill-down list and as CSV/XLSX exports."""
    _lists[steer_list.key] = steer_list


def _ordered_panels() -> list[tuple[str, _RegisteredPanel]]:
    return sorted(_panels.items(), key=lambda item: (item[1].order, item[0]))


def panels(filters: Filters) -> list[Panel]:
    """Every panel, computed now (funder reports print these)."""
    return [panel.compute(filters) for _key, panel in _ordered_panels()]


def kept_panels(filters: Filters) -> list[Panel]:
    """Every panel for the dashboard: from the shared cache while none of the
    models it reads has changed since it was computed (and for at most
    `PAGE_CACHE_SECONDS`), computed otherwise. Labels computed as text are
    in the active language, so the language is part of the key; a focal
    point's city is one of the filters."""
    language = get_language() or ""
    return [
        versioned(
            f"steer-panel:{key}:{language}:{filters.querystring()}",
            panel.models,
            partial(panel.compute, filters),
        )
        for key, panel in _ordered_panels()
    ]


def steer_list(key: str) -> SteerList | None:
    return _lists.get(key)


def steer_lists() -> Iterable[SteerList]:
    return sorted(_lists.values(), key=lambda steer_list: steer_list.key)


def list_url(key: str, filters: Filters, **params: Any) -> str:
    return reverse("core:steer_list", kwargs={"key": key}) + "?" + filters.querystring(**params)


def rate(part: int, whole: int) -> float | None:
    """`part` of `whole` in percent, one decimal; None when there is no whole."""
    return round(100 * part / whole, 1) if whole else None
