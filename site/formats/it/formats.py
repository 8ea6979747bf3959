"""Italian formats: Django's, with the day of the month unpadded, as Italian writes it in
full dates ("1 marzo 2025", not "01 marzo 2025")."""

from django.conf.locale.it.formats import *  # noqa: F403

DATE_FORMAT = "j F Y"  # 1 marzo 2025
DATETIME_FORMAT = "l j F Y, H:i"  # sabato 1 marzo 2025, 14:30
