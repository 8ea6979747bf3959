"""The root page of each locale."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .base import BasePage

__all__ = ["HomePage"]


class HomePage(BasePage):
    """The root of the site in one locale: the portal's front door."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Welcome text shown under the title of the home page."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    # Apps built on cdp_pages (learning paths, for one) add their own index under the home,
    # so the home does not close its list of children: each child type names its parents.
    max_count_per_parent = len(settings.LANGUAGES)
    schema_type = "WebSite"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from ..discussion import with_comment_counts
        from .communities import CommunityPage
        from .lessons import LessonLearnedPage
        from .solutions import SolutionCardPage

        context = super().get_context(request, *args, **kwargs)
        context["communities"] = (
            CommunityPage.objects.live().descendant_of(self).order_by("edition")
        )
        context["latest_solutions"] = (
            with_comment_counts(SolutionCardPage.objects.live())
            .descendant_of(self)
            .order_by("-first_published_at")
            .select_related("listing_image")[:6]
        )
        context["latest_lessons"] = (
            with_comment_counts(LessonLearnedPage.objects.live())
            .descendant_of(self)
            .order_by("-first_published_at")[:6]
        )
        return context
