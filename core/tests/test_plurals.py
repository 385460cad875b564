"""Hours are Decimals; gettext picks plural forms from whole numbers only."""

import warnings
from decimal import Decimal

import pytest

from django.template import Context, Template
from django.utils import translation

from core.templatetags.plurals import plural_count

HOURS = Template(
    "{% load i18n plurals %}{% blocktranslate with hours=value count n=value|plural_count %}"
    "{{ hours }} hour{% plural %}{{ hours }} hours{% endblocktranslate %}"
)


@pytest.mark.parametrize(
    ("value", "count"),
    [(Decimal("1"), 1), (Decimal("1.00"), 1), (Decimal("1.5"), 2), (Decimal("0.5"), 1), (3, 3)],
)
def test_plural_count_is_a_whole_number(value, count):
    assert plural_count(value) == count
    assert isinstance(plural_count(value), int)


@pytest.mark.parametrize(
    ("value", "text"),
    [(Decimal("1"), "1 hour"), (Decimal("1.5"), "1.5 hours"), (Decimal("12"), "12 hours")],
)
def test_hours_read_right_without_a_deprecated_decimal_count(value, text):
    with warnings.catch_warnings(), translation.override("en"):
        warnings.simplefilter("error")  # "Plural value must be an integer" fails here
        assert HOURS.render(Context({"value": value})) == text


def test_a_fraction_of_an_hour_is_written_the_languages_way():
    with translation.override("fr"):
        assert HOURS.render(Context({"value": Decimal("1.5")})).startswith("1,5")
