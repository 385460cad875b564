"""Month names that Passerelle's own catalogues translate again.

Django's Portuguese catalogue capitalises the months ("1 de Dezembro de
2026"), where Portuguese writes them in lower case ("1 de dezembro de
2026"). These are Django's own message ids (`django.utils.dates`), marked
here only so that `makemessages` keeps them in `locale/`, whose catalogues
come before Django's: `locale/pt` gives them in lower case; `locale/fr`
and `locale/km` repeat Django's own translations.
"""

from django.utils.translation import gettext_noop, pgettext_lazy

MONTHS = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)

#: The same, as Django names them in dates that need another grammatical form.
MONTHS_ALT = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)
