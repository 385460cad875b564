"""Date and time formats per language (FORMAT_MODULE_PATH), where Django's
own do not suit the programme: one format per language everywhere, times on
the 24-hour clock ("09:00 Phnom Penh time")."""
