"""The report of broken path steps (Reports → Broken path steps).

It lists the steps that visitors cannot follow, across the live paths of every language: a
page that is not published or was deleted, a document that was deleted. Paths that are not
live are left out (visitors do not see them, and their editor warns about their steps), and
so are aliases, which are mended by mending their source. It exports CSV and XLSX.

Whoever may edit the learning paths of the default language sees it: superusers and Editors,
not Partners (who edit their project) nor Translators (who edit the translated languages).
"""

import functools
import operator

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from cdp_pages.translation.report import edit_checker

from .models import LearningPathIndexPage, LearningPathStep


def can_view_broken_steps(user):
    """Whether `user` may edit a learning path index of the default language (from above it,
    or on it): read from the permissions Wagtail caches on the user, and one query."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    roots = [
        perm.page.path
        for perm in policy_registry.get_by_type(Page).get_cached_permissions_for_user(user)
        if perm.permission.codename == "change_page"
    ]
    if not roots:
        return False
    return (
        LearningPathIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .filter(functools.reduce(operator.or_, (Q(path__startswith=root) for root in roots)))
        .exists()
    )


def broken_steps():
    """The broken steps of live paths, each with its `number` in its path, in path order."""
    Kind = LearningPathStep.Kind
    earlier = (
        LearningPathStep.objects.filter(
            path=OuterRef("path"), sort_order__lt=OuterRef("sort_order")
        )
        .order_by()
        .values("path")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        LearningPathStep.objects.filter(path__live=True, path__alias_of__isnull=True)
        .filter(
            Q(kind=Kind.PAGE, page__isnull=True)
            | Q(kind=Kind.PAGE, page__live=False)
            | Q(kind=Kind.DOCUMENT, document__isnull=True)
        )
        .annotate(number=Coalesce(Subquery(earlier), 0) + Value(1))
        .select_related("path", "locale", "page", "document")
        .order_by("path__title", "path_id", "sort_order", "pk")
    )


class BrokenStepsView(ReportView):
    page_title = _("Broken path steps")
    header_icon = "warning"
    results_template_name = "learning_paths/admin/broken_steps_results.html"
    index_url_name = "broken_path_steps:index"
    index_results_url_name = "broken_path_steps:results"
    context_object_name = "steps"
    no_results_message = _("Visitors can follow every step of the published paths.")

    list_export = [
        "path.pk",
        "path.title",
        "language",
        "number",
        "display_title",
        "problem",
        "page_id",
    ]
    export_headings = {
        "path.pk": _("Path ID"),
        "path.title": _("Path"),
        "language": _("Language"),
        "number": _("Step"),
        "display_title": _("Step title"),
        "problem": _("Problem"),
        "page_id": _("Target page ID"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_view_broken_steps(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"broken-path-steps-{timezone.localdate():%Y-%m-%d}"

    def get_base_queryset(self):
        return broken_steps()

    def decorate_paginated_queryset(self, steps):
        can_edit = edit_checker(self.request.user)
        steps = list(steps)
        for step in steps:
            step.language = step.locale.get_display_name()
            step.path_editable = can_edit(step.path.path)
            step.target_editable = step.page_id is not None and can_edit(step.page.path)
        return steps


urlpatterns = [
    path("", BrokenStepsView.as_view(), name="index"),
    path("results/", BrokenStepsView.as_view(results_only=True), name="results"),
]


class BrokenStepsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_broken_steps(request.user)
