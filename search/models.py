"""The portal's own search index: one row per live page (or document) and its facet values.

The rows hold everything a results page shows and filters on, so that a search reads this
table alone. The full-text part lives beside it, created by the migrations for the database
in use: an FTS5 table kept in step by triggers on SQLite, a weighted `tsvector` column with a
GIN index on PostgreSQL. Elasticsearch, when configured, indexes the same rows.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string


class SearchEntry(models.Model):
    class Kind(models.TextChoices):
        SOLUTION = "solution", _("Solution card")
        LESSON = "lesson", _("Lesson learned")
        THEME = "theme", _("Theme")
        PROJECT = "project", _("Project")
        MEETING = "meeting", _("Meeting")
        ARTICLE = "article", _("Article")
        PATH = "path", _("Learning path")
        DOCUMENT = "document", _("Material")

    page = models.OneToOneField(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    document = models.OneToOneField(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, db_index=True)
    # A language code; empty for documents, which belong to every language.
    locale = models.CharField(max_length=16, blank=True, db_index=True)
    # The text search configuration of that language ("italian", "english", "simple").
    config = models.CharField(max_length=32, default="simple")
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    date = models.DateField(null=True, blank=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [models.Index(fields=["locale", "kind"]), models.Index(fields=["locale", "date"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(page__isnull=False) ^ models.Q(document__isnull=False),
                name="search_entry_page_or_document",
            )
        ]

    def __str__(self):
        return self.title


class SearchFacet(models.Model):
    """One facet value of an entry: its kind, a community, a theme, a topic, a project, a
    maturity or a year. `label` is what visitors read (a page title, a topic name)."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    name = models.CharField(max_length=16)
    value = models.CharField(max_length=64)
    label = models.CharField(max_length=255)

    class Meta:
        verbose_name = _("search facet value")
        verbose_name_plural = _("search facet values")
        indexes = [models.Index(fields=["name", "value", "entry"])]
        constraints = [
            models.UniqueConstraint(fields=["entry", "name", "value"], name="search_facet_unique")
        ]

    def __str__(self):
        return f"{self.name}={self.value}"
