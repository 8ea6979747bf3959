"""Curated learning paths through the portal's pages.

A path is a page with ordered steps (an inline panel, so that editors drag them into
place). A step leads to a page of the portal, a document or an external address; a step
that carries a module title opens a new module, and the following steps belong to it until
the next one. Steps are translated with their path: wagtail-localize copies them with the
same `translation_key`, which is therefore the step's identity for learners' progress and
for the Moodle export, in every language.
"""

import dataclasses

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Sum, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from cdp_pages.models import BasePage

from .panels import BrokenStepsPanel

__all__ = [
    "LearningPathIndexPage",
    "LearningPathPage",
    "LearningPathStep",
    "Module",
    "StepCompletion",
]


class LearningPathIndexPage(BasePage):
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]

    parent_page_types = ["cdp_pages.HomePage"]
    subpage_types = ["learning_paths.LearningPathPage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("learning path index")
        verbose_name_plural = _("learning path indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["paths"] = (
            LearningPathPage.objects.child_of(self)
            .live()
            .public()
            .select_related("cover_image")
            .prefetch_related("cover_image__renditions")
            .annotate(total_minutes=Sum("steps__minutes"))
            .order_by("path")
        )
        return context


@dataclasses.dataclass
class Module:
    """Consecutive steps of a path under one title."""

    title: str
    steps: list

    @property
    def minutes(self):
        return sum(step.minutes for step in self.steps)


class ModulesField(serializers.Field):
    """The path's modules and steps, for the API."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return [
            {
                "title": module.title,
                "minutes": module.minutes,
                "steps": [step.api_representation() for step in module.steps],
            }
            for module in page.modules()
        ]


class LivePrerequisitesField(serializers.Field):
    """The prerequisites that visitors can follow, for the API."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, prerequisites):
        return [
            {"id": path.pk, "title": path.title}
            for path in prerequisites.live().public().order_by("path")
        ]


class LearningPathPage(RoutablePageMixin, BasePage):
    class Level(models.TextChoices):
        INTRODUCTORY = "introductory", _("Introductory")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    introduction = RichTextField(_("introduction"), blank=True)
    audience = models.CharField(
        _("audience"),
        max_length=255,
        help_text=_("Who the path is for, such as park rangers or municipal officers."),
    )
    level = models.CharField(
        _("level"), max_length=16, choices=Level.choices, default=Level.INTRODUCTORY
    )
    objectives = RichTextField(
        _("learning objectives"),
        blank=True,
        features=["ul", "ol", "bold", "italic", "link"],
        help_text=_("What a learner will be able to do at the end, as a list."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prerequisites"),
        symmetrical=False,
        blank=True,
        related_name="followed_by",
        help_text=_("Paths to follow before this one."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldRowPanel([FieldPanel("audience"), FieldPanel("level")]),
        FieldPanel("objectives"),
        FieldPanel("cover_image"),
        FieldPanel("prerequisites"),
        MultiFieldPanel(
            [BrokenStepsPanel(), InlinePanel("steps", label=_("Step"), min_num=1)],
            heading=_("Steps"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("audience"),
        index.SearchField("objectives"),
        index.FilterField("level"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("introduction"),
        APIField("audience"),
        APIField("level"),
        APIField("objectives"),
        APIField("cover_image"),
        APIField("prerequisites", serializer=LivePrerequisitesField()),
        APIField("minutes", serializer=serializers.IntegerField(read_only=True)),
        APIField("modules", serializer=ModulesField()),
    ]

    parent_page_types = ["learning_paths.LearningPathIndexPage"]
    subpage_types = []
    schema_type = "Course"

    class Meta:
        verbose_name = _("learning path")
        verbose_name_plural = _("learning paths")

    # Steps -----------------------------------------------------------------------------

    def ordered_steps(self):
        """The steps in order, numbered from 1 (`step.number`), their targets fetched."""
        if "steps" in getattr(self, "_cluster_related_objects", {}):
            # A preview or a revision: the steps are in memory, in the editor's order.
            steps = list(self.steps.all())
            prefetch_related_objects(steps, "page", "document")
        else:
            steps = list(self.steps.select_related("page", "document").order_by("sort_order"))
        for number, step in enumerate(steps, start=1):
            step.number = number
            step.path = self
        return steps

    def modules(self, steps=None):
        """The steps grouped in modules; steps before the first module title form a module
        titled after the path."""
        modules = []
        for step in steps if steps is not None else self.ordered_steps():
            if step.module or not modules:
                modules.append(Module(step.module or self.title, []))
            modules[-1].steps.append(step)
        return modules

    @property
    def minutes(self):
        """The duration of the path: the sum of its steps' estimates."""
        return sum(step.minutes for step in self.steps.all())

    def broken_steps(self):
        return [step for step in self.ordered_steps() if step.problem]

    # Routes ----------------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        from .views import overview_context

        context = super().get_context(request, *args, **kwargs)
        context.update(overview_context(request, self))
        return context

    @path("steps/<int:number>/")
    def step(self, request, number):
        from .views import step

        return step(request, self, number)

    @path("moodle/")
    def moodle(self, request):
        from .export import download

        return download(request, self)


class LearningPathStep(TranslatableMixin, Orderable):
    """One step of a path: a page of the portal, a document or an external address."""

    class Kind(models.TextChoices):
        PAGE = "page", _("Page of the portal")
        DOCUMENT = "document", _("Document")
        URL = "url", _("External link")

    path = ParentalKey(LearningPathPage, on_delete=models.CASCADE, related_name="steps")
    module = models.CharField(
        _("starts the module"),
        max_length=255,
        blank=True,
        help_text=_("Give a title to start a new module with this step."),
    )
    # Set from the target chosen: it tells a deleted target from a step without one.
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, editable=False)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    url = models.URLField(_("external address"), blank=True, max_length=500)
    title = models.CharField(
        _("title"),
        max_length=255,
        blank=True,
        help_text=_("Shown instead of the target's title. Required for an external link."),
    )
    note = models.TextField(
        _("editor's note"), blank=True, help_text=_("Why this step, and what to look for.")
    )
    question = models.TextField(_("reflection question"), blank=True)
    minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
    )

    panels = [
        FieldPanel("module"),
        FieldRowPanel([FieldPanel("page"), FieldPanel("document")]),
        FieldRowPanel([FieldPanel("url"), FieldPanel("title")]),
        FieldPanel("note"),
        FieldPanel("question"),
        FieldPanel("minutes"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def __str__(self):
        return self.display_title

    def clean(self):
        super().clean()
        targets = [
            kind
            for kind, given in [
                (self.Kind.PAGE, self.page_id),
                (self.Kind.DOCUMENT, self.document_id),
                (self.Kind.URL, self.url),
            ]
            if given
        ]
        if len(targets) != 1:
            raise ValidationError(
                _("Choose exactly one target for the step: a page, a document or an address.")
            )
        self.kind = targets[0]
        if self.kind == self.Kind.URL and not self.title:
            raise ValidationError({"title": _("Give a title to a step that leads to an address.")})

    def save(self, *args, **kwargs):
        if not self.kind:
            self.kind = (
                self.Kind.PAGE
                if self.page_id
                else self.Kind.DOCUMENT
                if self.document_id
                else self.Kind.URL
            )
        super().save(*args, **kwargs)

    @property
    def key(self):
        """The step's identity in every language and across edits."""
        return self.translation_key

    @property
    def target(self):
        return {self.Kind.PAGE: self.page, self.Kind.DOCUMENT: self.document}.get(self.kind)

    @property
    def display_title(self):
        if self.title:
            return self.title
        target = self.target
        if target is not None:
            return target.title
        return self.url or str(_("Missing target"))

    @property
    def problem(self):
        """Why a visitor cannot follow the step, or an empty string."""
        if self.kind == self.Kind.PAGE:
            if self.page_id is None:
                return _("The page was deleted.")
            if not self.page.live:
                return _("The page is not published.")
        if self.kind == self.Kind.DOCUMENT and self.document_id is None:
            return _("The document was deleted.")
        return ""

    @property
    def target_url(self):
        """Where the target lives: the page's URL, the document's URL or the address."""
        if self.kind == self.Kind.PAGE and self.page_id:
            return self.page.url
        if self.kind == self.Kind.DOCUMENT and self.document_id:
            return self.document.url
        return self.url

    def api_representation(self):
        available = not self.problem
        return {
            "id": str(self.key),
            "number": self.number,
            "kind": self.kind,
            "available": available,
            "title": self.display_title if available else self.title or str(_("Missing target")),
            "page": self.page_id if self.kind == self.Kind.PAGE and available else None,
            "document": self.document_id if self.kind == self.Kind.DOCUMENT else None,
            "url": self.url if self.kind == self.Kind.URL else "",
            "note": self.note,
            "question": self.question,
            "minutes": self.minutes,
        }


class StepCompletion(models.Model):
    """A step that a signed-in learner marked as done.

    Paths and steps are identified by their translation keys, so that progress follows the
    learner from one language to the other and survives the path's edits.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="step_completions",
    )
    path_key = models.UUIDField(_("path"), db_index=True)
    step_key = models.UUIDField(_("step"))
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)

    class Meta:
        verbose_name = _("completed step")
        verbose_name_plural = _("completed steps")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "path_key", "step_key"], name="unique_step_completion"
            )
        ]

    def __str__(self):
        return f"{self.user_id}: {self.step_key}"
