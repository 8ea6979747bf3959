"""How far each page of the source language is translated, computed in the database.

For every page of the source language (settings.LANGUAGE_CODE) and every other content
language (settings.WAGTAIL_CONTENT_LANGUAGES), `annotate_translation_status` adds to a page
queryset, with subqueries only (one SQL query, whatever the number of pages):

- the translated page, if any: its id and path, whether it is live, whether it is an alias;
- whether wagtail-localize keeps it in sync (an enabled `Translation`), and the progress of
  that translation: the segments translated out of the source's segments, the same
  computation as `Translation.get_progress()`;
- since when it is out of date: the first publication of the source page (a "wagtail.publish"
  log entry) after the translation last took the source's content. For a synced translation
  that moment is `TranslationSource.last_updated_at`; for a translation made by hand in the
  page editor (never submitted, or no longer synced) it is the translated page's latest
  revision;
- a status, one of STATUSES: missing (no translated page, or an alias, which shows the source
  text), out of date, incomplete (not every segment translated, or not published yet), up to
  date.

`translation_rows` turns an annotated page into one `LanguageStatus` per language, for the
report's table and its spreadsheet export.
"""

import re
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Count,
    DateTimeField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale, Page, PageLogEntry
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

# What exists in a target language.
MISSING = "missing"
ALIAS = "alias"
DRAFT = "draft"
LIVE = "live"
PAGE_STATES = {
    MISSING: _("Missing"),
    ALIAS: _("Alias"),
    DRAFT: _("Draft"),
    LIVE: _("Live"),
}

# How the translation stands (the report's status filter).
OUT_OF_DATE = "out_of_date"
INCOMPLETE = "incomplete"
UP_TO_DATE = "up_to_date"
STATUSES = {
    MISSING: _("Missing"),
    OUT_OF_DATE: _("Out of date"),
    INCOMPLETE: _("Incomplete"),
    UP_TO_DATE: _("Up to date"),
}


def source_language():
    return settings.LANGUAGE_CODE


def target_languages():
    """The other content languages, as {code: name}, in the settings' order."""
    return {
        code: name for code, name in get_content_languages().items() if code != source_language()
    }


def source_pages():
    """Every page of the source language but the root, in tree order."""
    return Page.objects.filter(locale__language_code=source_language(), depth__gt=1).order_by(
        "path"
    )


def field(language_code, name):
    """The name of a per-language annotation: `en_status`, `pt_br_percent`."""
    prefix = re.sub(r"\W", "_", language_code)
    return f"{prefix}_{name}"


def _count(queryset):
    """A subquery counting the rows of `queryset` (which filters on an OuterRef)."""
    counted = queryset.order_by().values("source_id").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def annotate_translation_status(queryset, language_codes):
    """Annotate source pages with their translation status in each of `language_codes`.

    Subqueries reach the page's `TranslationSource` through its translation key, never through
    another annotation: Django cannot nest a subquery that refers to an annotated subquery.
    """
    locale_ids = dict(
        Locale.objects.filter(language_code__in=[source_language(), *language_codes]).values_list(
            "language_code", "pk"
        )
    )
    source = {
        "source__object_id": OuterRef("translation_key"),
        "source__locale_id": locale_ids.get(source_language()),
    }
    queryset = queryset.annotate(segments=_count(StringSegment.objects.filter(**source)))
    for code in language_codes:
        queryset = queryset.annotate(**_language_annotations(code, locale_ids.get(code), source))
    return queryset


def _publications_after(moment):
    """The first publication of the (outer) source page after `moment`."""
    return Subquery(
        PageLogEntry.objects.filter(
            page_id=OuterRef("pk"), action="wagtail.publish", timestamp__gt=moment
        )
        .order_by("timestamp")
        .values("timestamp")[:1]
    )


def _language_annotations(code, locale_id, source):
    def f(name):
        return field(code, name)

    target = Page.objects.filter(translation_key=OuterRef("translation_key"), locale_id=locale_id)
    translated = StringSegment.objects.filter(**source).filter(
        Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=locale_id,
                has_error=False,
            )
        )
    )
    exists = Q(**{f"{f('page_id')}__isnull": False, f("alias"): False})
    annotations = {
        f("page_id"): Subquery(target.values("pk")[:1]),
        f("path"): Subquery(target.values("path")[:1]),
        f("live"): Subquery(target.values("live")[:1], output_field=BooleanField()),
        f("alias"): Exists(target.filter(alias_of__isnull=False)),
        f("synced"): Exists(
            Translation.objects.filter(**source, target_locale_id=locale_id, enabled=True)
        ),
        f("translated"): _count(translated),
    }
    annotations[f("percent")] = Case(
        When(~exists | Q(**{f("synced"): False}), then=Value(None)),
        When(segments=0, then=Value(100)),
        default=F(f("translated")) * 100 / F("segments"),
        output_field=IntegerField(),
    )
    # Out of date since the first publication of the source after the translation took its
    # content: at the last sync, or (made by hand) at the translated page's latest revision.
    last_sync = TranslationSource.objects.filter(
        object_id=OuterRef(OuterRef("translation_key")),
        locale_id=source["source__locale_id"],
    ).values("last_updated_at")[:1]
    last_edit = Page.objects.filter(
        translation_key=OuterRef(OuterRef("translation_key")), locale_id=locale_id
    ).values("latest_revision_created_at")[:1]
    annotations[f("since")] = Case(
        When(~exists, then=Value(None)),
        When(**{f("synced"): True}, then=_publications_after(Subquery(last_sync))),
        default=_publications_after(Subquery(last_edit)),
        output_field=DateTimeField(),
    )
    annotations[f("status")] = Case(
        When(~exists, then=Value(MISSING)),
        When(**{f"{f('since')}__isnull": False}, then=Value(OUT_OF_DATE)),
        When(
            Q(**{f("live"): False}) | Q(**{f("synced"): True, f("percent") + "__lt": 100}),
            then=Value(INCOMPLETE),
        ),
        default=Value(UP_TO_DATE),
        output_field=CharField(),
    )
    return annotations


def status_filter(language_codes, status):
    """Pages whose translation has `status` in at least one of the (annotated) languages."""
    condition = Q()
    for code in language_codes:
        condition |= Q(**{field(code, "status"): status})
    return condition


@dataclass
class LanguageStatus:
    """How one page stands in one target language: a cell of the report, a spreadsheet row."""

    page: Page
    language: str
    language_name: str
    page_id: int | None
    path: str | None
    live: bool
    alias: bool
    synced: bool
    percent: int | None
    since: datetime | None
    status: str
    editable: bool = False

    @property
    def page_state(self):
        if self.page_id is None:
            return MISSING
        if self.alias:
            return ALIAS
        return LIVE if self.live else DRAFT

    @property
    def page_state_label(self):
        return PAGE_STATES[self.page_state]

    @property
    def status_label(self):
        return STATUSES[self.status]

    @property
    def page_type(self):
        return page_type(self.page)


def page_type(page):
    """The verbose name of a page's type (Wagtail's, from the content types it caches), or the
    content type's name when its model no longer exists."""
    return page.page_type_display_name or capfirst(page.cached_content_type.model)


def translation_rows(page, languages):
    """The `LanguageStatus` of an annotated page in each of `languages` ({code: name})."""
    rows = []
    for code, language_name in languages.items():

        def value(name, code=code):
            return getattr(page, field(code, name))

        rows.append(
            LanguageStatus(
                page=page,
                language=code,
                language_name=language_name,
                page_id=value("page_id"),
                path=value("path"),
                live=bool(value("live")),
                alias=bool(value("alias")),
                synced=bool(value("synced")),
                percent=value("percent"),
                since=value("since"),
                status=value("status"),
            )
        )
    return rows
