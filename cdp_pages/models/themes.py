"""A common theme of a community, worked through in the sections of the CdP method."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from ..blocks import ExternalExperienceBlock
from .base import BasePage, paginate

__all__ = ["ThemeLessonLink", "ThemePage", "ThemeSolutionLink"]


class ThemePage(BasePage):
    """One common theme: what is known, what others do, what is hard, what is being tried."""

    summary = models.TextField(_("summary"), max_length=600, blank=True)
    knowledge = RichTextField(
        _("available knowledge"),
        blank=True,
        help_text=_("What the partnerships already know about the theme, with sources."),
    )
    external_experiences = StreamField(
        [("experience", ExternalExperienceBlock())],
        verbose_name=_("external experiences"),
        blank=True,
        help_text=_("Regional, national and international experiences to compare with."),
    )
    critical_issues = RichTextField(_("critical issues"), blank=True)
    evolutions = RichTextField(
        _("foreseeable evolutions"),
        blank=True,
        help_text=_("How the theme is likely to change: rules, funding, climate, society."),
    )
    projects = ParentalManyToManyField(
        "cdp_pages.ProjectPage",
        verbose_name=_("participating projects"),
        blank=True,
        related_name="themes",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("knowledge"),
        FieldPanel("external_experiences"),
        FieldPanel("critical_issues"),
        InlinePanel(
            "solution_links",
            heading=_("Solutions under study"),
            label=_("Solution under study"),
        ),
        FieldPanel("evolutions"),
        InlinePanel("lesson_links", heading=_("Learnings"), label=_("Learning")),
        MultiFieldPanel([FieldPanel("projects")], heading=_("Participating projects")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("knowledge"),
        index.SearchField("external_experiences"),
        index.SearchField("critical_issues"),
        index.SearchField("evolutions"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("summary"),
        APIField("knowledge"),
        APIField("external_experiences"),
        APIField("critical_issues"),
        APIField("solution_links"),
        APIField("evolutions"),
        APIField("lesson_links"),
        APIField("projects"),
    ]

    parent_page_types = ["cdp_pages.CommunityPage"]
    subpage_types = []
    schema_type = "CreativeWork"
    discussable = True

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def get_context(self, request, *args, **kwargs):
        from ..discussion import with_comment_counts
        from ..forms import SolutionFilterForm
        from .lessons import LessonLearnedPage
        from .solutions import SolutionCardPage

        context = super().get_context(request, *args, **kwargs)
        form = SolutionFilterForm(
            request.GET or None, locale=self.locale, fields=("maturity", "project")
        )
        solutions = form.filter(
            SolutionCardPage.objects.live().filter(themes=self).order_by("-first_published_at")
        )
        context.update(
            filter_form=form,
            solutions=paginate(request, with_comment_counts(solutions).prefetch_related("topics")),
            solutions_under_study=[
                link
                for link in self.solution_links.select_related("solution")
                if link.solution.live
            ],
            learnings=[
                link for link in self.lesson_links.select_related("lesson") if link.lesson.live
            ],
            lessons=LessonLearnedPage.objects.live().filter(themes=self).order_by("title")[:10],
            meetings=self.meetings.live().order_by("-start"),
            # A list, not `.live()`: in previews the relation is an in-memory FakeQuerySet.
            participating_projects=sorted(
                (project for project in self.projects.all() if project.live),
                key=lambda project: project.title,
            ),
        )
        return context

    def get_json_ld(self, request=None):
        data = super().get_json_ld(request)
        data["about"] = self.title
        return data


class ThemeSolutionLink(TranslatableMixin, Orderable):
    """A solution card the theme points to, with a note (translated with the theme)."""

    page = ParentalKey(ThemePage, on_delete=models.CASCADE, related_name="solution_links")
    solution = models.ForeignKey(
        "cdp_pages.SolutionCardPage",
        verbose_name=_("solution card"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    panels = [FieldPanel("solution"), FieldPanel("note")]
    api_fields = [APIField("solution"), APIField("note")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


class ThemeLessonLink(TranslatableMixin, Orderable):
    """A lesson the theme points to, with a note (translated with the theme)."""

    page = ParentalKey(ThemePage, on_delete=models.CASCADE, related_name="lesson_links")
    lesson = models.ForeignKey(
        "cdp_pages.LessonLearnedPage",
        verbose_name=_("lesson learned"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    panels = [FieldPanel("lesson"), FieldPanel("note")]
    api_fields = [APIField("lesson"), APIField("note")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass
