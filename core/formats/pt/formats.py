# Portuguese as Brazil writes it (the programme's Portuguese readers are in
# Rio de Janeiro). Django's "pt" formats are European Portugal's: they read
# a typed date year-first ("2026-12-01") before day-first. These are
# Django's "pt_BR" formats: day before month, 24-hour clock, comma decimals.
DATE_FORMAT = r"j \d\e F \d\e Y"  # 1 de Dezembro de 2026
TIME_FORMAT = "H:i"  # 09:00
DATETIME_FORMAT = r"j \d\e F \d\e Y à\s H:i"
YEAR_MONTH_FORMAT = r"F \d\e Y"
MONTH_DAY_FORMAT = r"j \d\e F"
SHORT_DATE_FORMAT = "d/m/Y"  # 01/12/2026
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 0  # Sunday, as Brazilian calendars start the week

# Typed dates: day first, as Brazilians write them (Django still accepts
# ISO dates after these, as HTML date inputs send them).
DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 25/10/2026
    "%d/%m/%y",  # 25/10/26
]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M:%S.%f",
    "%d/%m/%Y %H:%M",
    "%d/%m/%y %H:%M:%S",
    "%d/%m/%y %H:%M:%S.%f",
    "%d/%m/%y %H:%M",
]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
