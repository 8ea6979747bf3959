"""The learning paths' admin: the report of broken path steps, under Reports."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import reports


@hooks.register("register_admin_urls")
def register_broken_steps_urls():
    return [
        path(
            "reports/broken-path-steps/",
            include((reports.urlpatterns, "broken_path_steps"), namespace="broken_path_steps"),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_broken_steps_menu_item():
    return reports.BrokenStepsMenuItem(
        _("Broken path steps"),
        reverse("broken_path_steps:index"),
        name="broken-path-steps",
        icon_name="warning",
        order=1400,
    )
