"""Dates, times and numbers in one format per language (core/formats), and a
time shown in its place's zone, named after the place, with the reader's
own time beside it when they live elsewhere (core.zones)."""

import datetime as dt
import re
from pathlib import Path

import pytest

from django.conf import settings
from django.utils import formats, translation

from core.factories import CityFactory, UserFactory
from core.zones import place_name, times_in_zone

pytestmark = pytest.mark.django_db

UTC = dt.UTC
# 09:00–12:00 in Phnom Penh (UTC+7) on 1 December 2026.
START = dt.datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
END = dt.datetime(2026, 12, 1, 5, 0, tzinfo=UTC)


@pytest.fixture
def cities(db):
    return {
        "phnom-penh": CityFactory(slug="phnom-penh", name="Phnom Penh", timezone="Asia/Phnom_Penh"),
        "paris": CityFactory(slug="paris", name="Paris", timezone="Europe/Paris"),
        "rio": CityFactory(slug="rio", name="Rio de Janeiro", timezone="America/Sao_Paulo"),
    }


@pytest.mark.parametrize(
    ("language", "date", "time"),
    [
        ("en", "1 December 2026", "09:00"),
        ("fr", "1 décembre 2026", "09:00"),
        ("pt", "1 de dezembro de 2026", "09:00"),
        ("km", "1 ខែ ធ្នូ ឆ្នាំ 2026", "09:00"),
    ],
)
def test_one_date_and_time_format_per_language(language, date, time):
    moment = dt.datetime(2026, 12, 1, 9, 0)
    with translation.override(language):
        assert formats.date_format(moment, "DATE_FORMAT") == date
        assert formats.time_format(moment, "TIME_FORMAT") == time
        assert formats.date_format(moment, "DATETIME_FORMAT").startswith(date)


def test_a_time_is_named_after_its_place(cities):
    assert times_in_zone(START, END, "Asia/Phnom_Penh") == (
        "1 December 2026, 09:00–12:00 Phnom Penh time"
    )
    # The programme's city in a zone names it: Rio, not São Paulo.
    assert place_name("America/Sao_Paulo") == "Rio de Janeiro"
    # A zone without a city of the programme: its own city name.
    assert place_name("Asia/Ho_Chi_Minh") == "Ho Chi Minh"


def test_a_reader_elsewhere_sees_their_own_time_beside(cities):
    in_paris = UserFactory(city=cities["paris"])
    assert times_in_zone(START, END, "Asia/Phnom_Penh", reader=in_paris) == (
        "1 December 2026, 09:00–12:00 Phnom Penh time (1 December 2026, 03:00–06:00 your time)"
    )
    in_phnom_penh = UserFactory(city=cities["phnom-penh"])
    assert "your time" not in times_in_zone(START, END, "Asia/Phnom_Penh", reader=in_phnom_penh)
    from django.contrib.auth.models import AnonymousUser

    assert "your time" not in times_in_zone(START, END, "Asia/Phnom_Penh", reader=AnonymousUser())


def test_a_span_over_several_days_gives_both_dates(cities):
    end = END + dt.timedelta(days=2)
    assert times_in_zone(START, end, "Asia/Phnom_Penh") == (
        "1 December 2026, 09:00 – 3 December 2026, 12:00 Phnom Penh time"
    )


def test_times_follow_the_active_language(cities):
    with translation.override("fr"):
        text = times_in_zone(START, END, "Asia/Phnom_Penh")
    assert text.startswith("1 décembre 2026, 09:00–12:00")
    assert "Phnom Penh" in text


NAMED = {"DATE_FORMAT", "DATETIME_FORMAT", "TIME_FORMAT"}
# Not shown to readers: form values and element ids; a weekday's name.
MACHINE = {"Y-m-d", "Ymd", "c", "U", "l"}


def test_templates_use_only_the_languages_formats():
    used = set()
    for path in Path(settings.BASE_DIR, "templates").rglob("*.*"):
        if path.suffix not in {".html", ".txt"}:
            continue
        for fmt in re.findall(r"""\|date:["']([^"']*)["']""", path.read_text()):
            used.add((fmt, path.name))
    strays = sorted((fmt, name) for fmt, name in used if fmt not in NAMED | MACHINE)
    assert strays == []


def test_portuguese_is_written_the_brazilian_way():
    """The site's Portuguese is Brazil's (core/formats/pt), not Portugal's."""
    from django import forms

    moment = dt.datetime(2026, 12, 1, 9, 0)
    with translation.override("pt"):
        assert "core.formats.pt.formats" in [m.__name__ for m in formats.get_format_modules()]
        assert formats.date_format(moment, "SHORT_DATE_FORMAT") == "01/12/2026"
        assert formats.date_format(moment, "DATETIME_FORMAT") == "1 de dezembro de 2026 às 09:00"
        assert formats.get_format("FIRST_DAY_OF_WEEK") == 0
        assert formats.get_format("DATE_INPUT_FORMATS")[0] == "%d/%m/%Y"
        # Typed day first; the ISO form of date inputs still reads.
        field = forms.DateField()
        assert field.clean("05/03/2026") == dt.date(2026, 3, 5)
        assert field.clean("2026-03-05") == dt.date(2026, 3, 5)
        assert formats.number_format(1234.5, decimal_pos=2, use_l10n=True, force_grouping=True) == (
            "1.234,50"
        )
