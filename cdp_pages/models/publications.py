"""Publications: the Quaderni dell'osservatorio and their articles.

The place of publications in the page tree is fixed here; the publications work fills in
editors, authors, PDF and citations.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .base import BasePage

__all__ = ["ArticlePage", "PublicationIndexPage", "QuadernoPage"]


class PublicationIndexPage(BasePage):
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]

    parent_page_types = ["cdp_pages.HomePage"]
    subpage_types = ["cdp_pages.QuadernoPage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("publication index")
        verbose_name_plural = _("publication indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["quaderni"] = QuadernoPage.objects.child_of(self).live().order_by("-series_number")
        return context


class QuadernoPage(BasePage):
    series_number = models.PositiveSmallIntegerField(_("series number"))
    subtitle = models.CharField(_("subtitle"), max_length=255, blank=True)
    introduction = RichTextField(_("introduction"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("series_number"),
        FieldPanel("subtitle"),
        FieldPanel("introduction"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("subtitle"),
        index.SearchField("introduction"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("series_number"),
        APIField("subtitle"),
        APIField("introduction"),
    ]

    parent_page_types = ["cdp_pages.PublicationIndexPage"]
    subpage_types = ["cdp_pages.ArticlePage"]
    schema_type = "Book"

    class Meta:
        verbose_name = _("Quaderno dell'osservatorio")
        verbose_name_plural = _("Quaderni dell'osservatorio")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from ..discussion import with_comment_counts

        context["articles"] = with_comment_counts(ArticlePage.objects.child_of(self).live())
        return context


class ArticlePage(BasePage):
    abstract = models.TextField(_("abstract"), blank=True)
    body = RichTextField(_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("abstract"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("abstract"),
        index.SearchField("body"),
    ]
    api_fields = [*BasePage.api_fields, APIField("abstract"), APIField("body")]

    parent_page_types = ["cdp_pages.QuadernoPage"]
    subpage_types = []
    schema_type = "ScholarlyArticle"
    discussable = True

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
