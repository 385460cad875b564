"""`{% blocktranslate with hours=x count n=x|plural_count %}`: gettext picks a
plural form from a whole number, and a Decimal count is deprecated (a
TypeError to come). Whole values count as themselves; 1.5 hours counts as 2,
so English and Portuguese say "hours", as their plural rules do for fractions."""

import math
from decimal import Decimal

from django import template

register = template.Library()


@register.filter
def plural_count(value) -> int:
    if value in (None, ""):
        return 0
    number = Decimal(str(value))
    return int(number) if number == number.to_integral_value() else math.ceil(number)
