"""Lessons learned by the communities, with how solid their evidence is."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .base import BasePage, paginate

__all__ = ["LessonIndexPage", "LessonLearnedPage"]


class LessonIndexPage(BasePage):
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]

    parent_page_types = ["cdp_pages.HomePage"]
    subpage_types = ["cdp_pages.LessonLearnedPage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("lesson index")
        verbose_name_plural = _("lesson indexes")

    def get_context(self, request, *args, **kwargs):
        from ..discussion import with_comment_counts
        from ..forms import LessonFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = LessonFilterForm(request.GET or None, locale=self.locale)
        lessons = form.filter(
            LessonLearnedPage.objects.child_of(self).live().order_by("-first_published_at")
        )
        context["filter_form"] = form
        context["lessons"] = paginate(
            request, with_comment_counts(lessons).prefetch_related("themes")
        )
        return context


class LessonLearnedPage(BasePage):
    class Strength(models.TextChoices):
        ANECDOTAL = "anecdotal", _("Anecdotal")
        ONE_PROJECT = "one_project", _("Seen in one project")
        SEVERAL_PROJECTS = "several_projects", _("Seen in several projects")
        MEASURED = "measured", _("Measured")

    class Kind(models.TextChoices):
        WORKED = "worked", _("What worked")
        DID_NOT_WORK = "did_not_work", _("What did not work")

    statement = models.TextField(
        _("statement"), max_length=500, help_text=_("The lesson in one or two sentences.")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.WORKED)
    context = RichTextField(_("context"), blank=True)
    evidence = RichTextField(_("evidence"), blank=True)
    evidence_strength = models.CharField(
        _("strength of the evidence"),
        max_length=20,
        choices=Strength.choices,
        default=Strength.ONE_PROJECT,
    )
    recommendation = RichTextField(_("recommendation"), blank=True)
    source_meeting = models.ForeignKey(
        "cdp_pages.MeetingPage",
        verbose_name=_("meeting it came from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="lessons",
    )
    source_discussion = models.URLField(
        _("discussion it came from"),
        blank=True,
        help_text=_("Link to the comment thread where the lesson emerged."),
    )
    themes = ParentalManyToManyField(
        "cdp_pages.ThemePage", verbose_name=_("themes"), blank=True, related_name="lessons"
    )
    projects = ParentalManyToManyField(
        "cdp_pages.ProjectPage", verbose_name=_("projects"), blank=True, related_name="lessons"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("statement"),
        FieldPanel("kind"),
        FieldPanel("context"),
        MultiFieldPanel(
            [FieldPanel("evidence"), FieldPanel("evidence_strength")], heading=_("Evidence")
        ),
        FieldPanel("recommendation"),
        MultiFieldPanel(
            [FieldPanel("source_meeting"), FieldPanel("source_discussion")],
            heading=_("Provenance"),
        ),
        FieldPanel("themes"),
        FieldPanel("projects"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("statement"),
        index.SearchField("context"),
        index.SearchField("evidence"),
        index.SearchField("recommendation"),
        index.FilterField("kind"),
        index.FilterField("evidence_strength"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("statement"),
        APIField("kind"),
        APIField("context"),
        APIField("evidence"),
        APIField("evidence_strength"),
        APIField("recommendation"),
        APIField("source_meeting"),
        APIField("source_discussion"),
        APIField("themes"),
        APIField("projects"),
    ]

    parent_page_types = ["cdp_pages.LessonIndexPage"]
    subpage_types = []
    schema_type = "Article"
    discussable = True

    class Meta:
        verbose_name = _("lesson learned")
        verbose_name_plural = _("lessons learned")

    def get_json_ld(self, request=None):
        data = super().get_json_ld(request)
        data["headline"] = self.title[:110]
        data["abstract"] = self.statement
        return data
