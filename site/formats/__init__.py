"""The portal's date formats, where Django's own do not fit (settings.FORMAT_MODULE_PATH).

Django's Italian catalogue capitalises month and weekday names ("12 Marzo 2025"), while
Italian writes them in lowercase. The project's catalogue takes precedence over Django's, so
it carries them in lowercase; they are listed here so that makemessages keeps them there.
"""

from django.utils.translation import gettext_noop

MONTH_AND_WEEKDAY_NAMES = [
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
    gettext_noop("Monday"),
    gettext_noop("Tuesday"),
    gettext_noop("Wednesday"),
    gettext_noop("Thursday"),
    gettext_noop("Friday"),
    gettext_noop("Saturday"),
    gettext_noop("Sunday"),
]
