"""The abstract page every portal page derives from."""

import json

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

__all__ = ["BasePage", "paginate"]


def paginate(request, items, per_page=12):
    """A page of `items` from the `page` query parameter; bad or huge numbers are clamped."""
    from django.core.paginator import Paginator

    paginator = Paginator(items, per_page)
    return paginator.get_page(request.GET.get("page"))


class BasePage(Page):
    """Fields and behaviour shared by every page of the portal."""

    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=300,
        help_text=_("Short text shown in listings and search results, and used as description."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Image shown in listings and when the page is shared."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("Listings"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("listing_summary")]
    api_fields = [APIField("listing_summary"), APIField("listing_image")]

    # schema.org type of the page, for JSON-LD.
    schema_type = "WebPage"
    # Whether visitors can discuss the page (threaded comments).
    discussable = False

    class Meta:
        abstract = True

    def get_absolute_url(self):
        """The page's full URL: comment permalinks redirect here, whatever the request's host."""
        return self.get_full_url()

    @property
    def description(self):
        return self.search_description or self.listing_summary

    def get_json_ld(self, request=None):
        """The schema.org description of the page, as a dict; page types add to it."""
        data = {
            "@context": "https://schema.org",
            "@type": self.schema_type,
            "name": self.seo_title or self.title,
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
        }
        if self.description:
            data["description"] = self.description
        if self.first_published_at:
            data["datePublished"] = self.first_published_at.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        return data

    def json_ld(self, request=None):
        """The JSON-LD text, safe to place inside a script element."""
        text = json.dumps(self.get_json_ld(request), ensure_ascii=False, default=str)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
