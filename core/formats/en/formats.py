# English as the programme's partners write it: day before month, 24-hour
# clock (Django's "en" is American: "Nov. 30, 2026, 9 a.m.").
DATE_FORMAT = "j F Y"  # 30 November 2026
TIME_FORMAT = "H:i"  # 09:00
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
