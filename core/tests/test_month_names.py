"""Portuguese writes month names in lower case; Django's catalogue does not."""

import datetime as dt

import pytest

from django.utils import formats, translation


@pytest.mark.parametrize("month", range(1, 13))
def test_portuguese_dates_write_the_month_in_lower_case(month):
    with translation.override("pt"):
        text = formats.date_format(dt.date(2026, month, 1), "DATE_FORMAT")

    words = [word for word in text.split() if word.isalpha() and word != "de"]
    assert words, text
    assert all(word == word.lower() for word in words), text


def test_french_and_english_months_are_unchanged():
    day = dt.date(2026, 12, 1)
    with translation.override("fr"):
        assert "décembre" in formats.date_format(day, "DATE_FORMAT")
    with translation.override("en"):
        assert "December" in formats.date_format(day, "DATE_FORMAT")
