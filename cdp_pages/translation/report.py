"""The translation status report in the admin (Reports → Translation status).

For every page of the source language, and each other content language: whether the
translation exists (missing, alias, draft, live), how much of it is translated, and since when
it is out of date. Filters by language, status, page type and section; exports CSV and XLSX
with one row per page and language. The figures come from `status.py`, in one query.

Superusers, Editors (who submit pages for translation) and Translators (who edit pages in the
translated languages) see it: `can_view_translation_status`.
"""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView
from wagtail.models import GroupPagePermission, Page, get_page_content_types
from wagtail.permissions import policy_registry

from ..models import CommunityPage
from . import status as translation_status

SUBMIT_PERMISSION = "wagtail_localize.submit_translation"


def can_view_translation_status(user):
    """Superusers, whoever may submit pages for translation (Editors), and whoever may edit
    pages in a translated language (Translators); not Partners nor Moderators."""
    if not user.is_active:
        return False
    if user.is_superuser or user.has_perm(SUBMIT_PERMISSION):
        return True
    targets = list(translation_status.target_languages())
    return GroupPagePermission.objects.filter(
        Q(page__depth=1) | Q(page__locale__language_code__in=targets),
        group__user=user,
        permission__codename="change_page",
    ).exists()


def edit_checker(user):
    """A function telling whether `user` may edit the page at a path (none for a missing
    page), from the permissions Wagtail caches on the user, read once (no query per page).
    The owner and workflow cases matter to none of the report's readers."""
    roots = tuple(
        perm.page.path
        for perm in policy_registry.get_by_type(Page).get_cached_permissions_for_user(user)
        if perm.permission.codename == "change_page"
    )
    return lambda path: bool(path) and (user.is_superuser or path.startswith(roots))


# Filters -----------------------------------------------------------------------------------


class SectionChoiceField(django_filters.fields.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.draft_title


class SectionFilter(django_filters.ModelChoiceFilter):
    field_class = SectionChoiceField


def sections(request=None):
    """What a page can belong to: the top-level pages under each home, and the communities."""
    community = ContentType.objects.get_for_model(CommunityPage)
    return translation_status.source_pages().filter(Q(depth=3) | Q(content_type=community))


class TranslationStatusFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=lambda: list(translation_status.target_languages().items()),
        empty_label=_("All languages"),
        method="filter_language",
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=list(translation_status.STATUSES.items()),
        empty_label=_("Any status"),
        method="filter_status",
    )
    content_type = ContentTypeFilter(
        label=_("Page type"),
        queryset=lambda request: get_page_content_types(include_base_page_type=False),
    )
    section = SectionFilter(
        label=_("Section"),
        queryset=sections,
        empty_label=_("All sections"),
        method="filter_section",
    )

    def languages(self):
        """The languages shown: the one chosen, or all of them."""
        chosen = self.is_valid() and self.form.cleaned_data.get("language")
        return [chosen] if chosen else list(translation_status.target_languages())

    def filter_language(self, queryset, name, value):
        # The language chooses the report's columns (and the status filter's scope).
        return queryset

    def filter_status(self, queryset, name, value):
        return queryset.filter(translation_status.status_filter(self.languages(), value))

    def filter_section(self, queryset, name, value):
        return queryset.filter(path__startswith=value.path)


# The report --------------------------------------------------------------------------------


def iso_datetime(value):
    return timezone.localtime(value).isoformat() if value else ""


class TranslationStatusView(ReportView):
    page_title = _("Translation status")
    header_icon = "site"
    results_template_name = "cdp_pages/admin/translation_status_results.html"
    index_url_name = "translation_status:index"
    index_results_url_name = "translation_status:results"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 50
    context_object_name = "pages"

    list_export = [
        "page.pk",
        "page.draft_title",
        "page_type",
        "page.url_path",
        "language",
        "page_state_label",
        "status_label",
        "percent",
        "since",
    ]
    export_headings = {
        "page.pk": _("Page ID"),
        "page.draft_title": _("Title"),
        "page_type": _("Type"),
        "page.url_path": _("URL path"),
        "language": _("Language"),
        "page_state_label": _("Translation"),
        "status_label": _("Status"),
        "percent": _("Percent translated"),
        "since": _("Out of date since"),
    }
    custom_field_preprocess = {"since": {ReportView.FORMAT_CSV: iso_datetime}}

    def dispatch(self, request, *args, **kwargs):
        if not can_view_translation_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"translation-status-{timezone.localdate():%Y-%m-%d}"

    def get_filterset_kwargs(self):
        # The filter set has no model (Wagtail would add a locale filter for Page's): it
        # filters the source pages.
        return {**super().get_filterset_kwargs(), "queryset": translation_status.source_pages()}

    @cached_property
    def languages(self):
        """The languages shown, as {code: name}."""
        names = translation_status.target_languages()
        return {code: names[code] for code in self.filters.languages()}

    def get_base_queryset(self):
        return translation_status.annotate_translation_status(
            translation_status.source_pages(), self.languages
        )

    def get_filtered_queryset(self):
        # get_queryset() has filtered already: Wagtail's ReportView would filter again,
        # repeating the status filter's subqueries in the SQL.
        return self.get_queryset()

    def decorate_paginated_queryset(self, pages):
        can_edit = edit_checker(self.request.user)
        pages = list(pages)
        for page in pages:
            page.editable = can_edit(page.path)
            page.type_label = translation_status.page_type(page)
            page.translations = translation_status.translation_rows(page, self.languages)
            for row in page.translations:
                row.editable = can_edit(row.path)
        return pages

    def as_spreadsheet(self, pages, spreadsheet_format):
        rows = [row for page in pages for row in page.translations]
        return super().as_spreadsheet(rows, spreadsheet_format)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["languages"] = self.languages.items()
        return context


# Admin URLs and menu -----------------------------------------------------------------------

urlpatterns = [
    path("", TranslationStatusView.as_view(), name="index"),
    path("results/", TranslationStatusView.as_view(results_only=True), name="results"),
]


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path(
            "reports/translation-status/",
            include((urlpatterns, "translation_status"), namespace="translation_status"),
        )
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_translation_status(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status:index"),
        name="translation-status",
        icon_name="site",
        order=1300,
    )
