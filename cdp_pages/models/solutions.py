"""Practicable solutions to obstacles met by the projects."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import StepBlock
from .base import BasePage, paginate

__all__ = ["SolutionCardPage", "SolutionIndexPage"]


class SolutionIndexPage(BasePage):
    """The catalogue of solution cards, with filters."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]

    parent_page_types = ["cdp_pages.HomePage"]
    subpage_types = ["cdp_pages.SolutionCardPage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("solution index")
        verbose_name_plural = _("solution indexes")

    def get_context(self, request, *args, **kwargs):
        from ..discussion import with_comment_counts
        from ..forms import SolutionFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = SolutionFilterForm(request.GET or None, locale=self.locale)
        cards = form.filter(
            SolutionCardPage.objects.child_of(self).live().order_by("-first_published_at")
        )
        context["filter_form"] = form
        cards = with_comment_counts(cards).select_related("listing_image")
        context["solutions"] = paginate(request, cards.prefetch_related("topics", "themes"))
        return context


class SolutionCardPage(BasePage):
    """A practicable solution: the obstacle, what was done, what it takes, how it went."""

    class Maturity(models.TextChoices):
        IDEA = "idea", _("Idea")
        UNDER_STUDY = "under_study", _("Under study")
        TESTED = "tested", _("Tested")
        CONSOLIDATED = "consolidated", _("Consolidated")

    class CostRange(models.TextChoices):
        NONE = "none", _("No direct cost")
        LOW = "low", _("Under €5,000")
        MEDIUM = "medium", _("€5,000 to €50,000")
        HIGH = "high", _("Over €50,000")

    challenge = RichTextField(
        _("challenge or obstacle"),
        help_text=_("The problem met in the field, as a partner would tell it."),
    )
    solution = RichTextField(_("solution"), help_text=_("What was done to overcome it."))
    steps = StreamField(
        [("step", StepBlock())],
        verbose_name=_("steps"),
        blank=True,
        help_text=_("The steps in order, so that others can repeat them."),
    )
    time_needed = models.CharField(
        _("time needed"), max_length=255, blank=True, help_text=_("For example: 3 months.")
    )
    cost_range = models.CharField(
        _("cost range"), max_length=16, choices=CostRange.choices, blank=True
    )
    skills = models.TextField(_("skills needed"), blank=True)
    results = RichTextField(_("results and impact"), blank=True)
    enabling_factors = RichTextField(_("enabling factors"), blank=True)
    pitfalls = RichTextField(_("pitfalls"), blank=True)
    transferability = RichTextField(
        _("transferability"),
        blank=True,
        help_text=_("Where and under which conditions the solution can work elsewhere."),
    )
    maturity = models.CharField(
        _("maturity"), max_length=16, choices=Maturity.choices, default=Maturity.TESTED
    )
    themes = ParentalManyToManyField(
        "cdp_pages.ThemePage", verbose_name=_("themes"), blank=True, related_name="solutions"
    )
    projects = ParentalManyToManyField(
        "cdp_pages.ProjectPage", verbose_name=_("projects"), blank=True, related_name="solutions"
    )
    topics = ParentalManyToManyField(
        "cdp_pages.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="solutions",
        help_text=_("Habitats and action types, such as engagement techniques."),
    )
    contacts = ParentalManyToManyField(
        "cdp_pages.Person", verbose_name=_("contacts"), blank=True, related_name="solutions"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("challenge"),
        FieldPanel("solution"),
        FieldPanel("steps"),
        FieldPanel("maturity"),
    ]
    details_panels = [
        MultiFieldPanel(
            [
                FieldPanel("time_needed"),
                FieldPanel("cost_range"),
                FieldPanel("skills"),
            ],
            heading=_("Resources needed"),
        ),
        FieldPanel("results"),
        FieldPanel("enabling_factors"),
        FieldPanel("pitfalls"),
        FieldPanel("transferability"),
    ]
    links_panels = [
        FieldPanel("themes"),
        FieldPanel("projects"),
        FieldPanel("topics"),
        FieldPanel("contacts"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Solution")),
            ObjectList(details_panels, heading=_("Resources and results")),
            ObjectList(links_panels, heading=_("Links")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("challenge"),
        index.SearchField("solution"),
        index.SearchField("steps"),
        index.SearchField("results"),
        index.SearchField("enabling_factors"),
        index.SearchField("pitfalls"),
        index.SearchField("transferability"),
        index.FilterField("maturity"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("challenge"),
        APIField("solution"),
        APIField("steps"),
        APIField("time_needed"),
        APIField("cost_range"),
        APIField("skills"),
        APIField("results"),
        APIField("enabling_factors"),
        APIField("pitfalls"),
        APIField("transferability"),
        APIField("maturity"),
        APIField("themes"),
        APIField("projects"),
        APIField("topics"),
        APIField("contacts"),
    ]

    parent_page_types = ["cdp_pages.SolutionIndexPage"]
    subpage_types = []
    schema_type = "HowTo"
    discussable = True

    class Meta:
        verbose_name = _("solution card")
        verbose_name_plural = _("solution cards")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contacts"] = self.contacts.select_related("affiliation")
        return context

    def get_json_ld(self, request=None):
        data = super().get_json_ld(request)
        data["step"] = [
            {"@type": "HowToStep", "position": position, "name": step.value["title"]}
            for position, step in enumerate(self.steps, start=1)
        ]
        if self.time_needed:
            data["timeRequired"] = self.time_needed
        return data
