"""The path a visitor follows, for the path bar shown on the step's target page."""

import re

from django.utils.functional import SimpleLazyObject

from .views import PAGE_ID, position_on_page

STEP_NUMBER = re.compile(r"[0-9]{1,4}")


def learning_path(request):
    """`learning_path`: the path bar's content (a `views.Position`), or a false value, when
    the query string names a path and a step (`?path=<path id>&step=<number>`).

    It is worked out only when a template uses it, and it is a false value unless the step
    leads to the page requested: a link that names a path on another page shows no bar.
    """
    path_id, number = request.GET.get("path", ""), request.GET.get("step", "")
    if not (PAGE_ID.fullmatch(path_id) and STEP_NUMBER.fullmatch(number)):
        return {}
    return {
        "learning_path": SimpleLazyObject(lambda: position_on_page(request, path_id, int(number)))
    }
