from django import template

from ..views import format_minutes

register = template.Library()


@register.filter
def duration(minutes):
    """Minutes as people read them: "40 min", "2 h", "1 h 40 min"."""
    return format_minutes(minutes)
