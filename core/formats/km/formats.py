# Django's Khmer formats, with hours on two digits like the other languages.
DATE_FORMAT = "j ខែ F ឆ្នាំ Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j ខែ F ឆ្នាំ Y, H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
