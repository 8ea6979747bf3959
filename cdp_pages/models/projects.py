"""A funded partnership (project) with its partners, territory, achievements and issues."""

from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from .base import BasePage

__all__ = [
    "ProjectAchievement",
    "ProjectIssue",
    "ProjectPage",
    "ProjectPartner",
    "ProjectSite",
]

# Only Editors hold it: partners edit their project's description, partners, territory,
# achievements and issues (through moderation), but not its dates, money and status.
PROFILE_PERMISSION = "cdp_pages.change_project_profile"


class ProjectPage(BasePage):
    """A partnership funded by the call, inside the community of its edition."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ONGOING = "ongoing", _("Ongoing")
        COMPLETED = "completed", _("Completed")

    class Province(models.TextChoices):
        BG = "BG", "Bergamo"
        BS = "BS", "Brescia"
        CO = "CO", "Como"
        CR = "CR", "Cremona"
        LC = "LC", "Lecco"
        LO = "LO", "Lodi"
        MB = "MB", "Monza e Brianza"
        MI = "MI", "Milano"
        MN = "MN", "Mantova"
        PV = "PV", "Pavia"
        SO = "SO", "Sondrio"
        VA = "VA", "Varese"
        VB = "VB", "Verbano-Cusio-Ossola"

    summary = models.TextField(_("summary"), max_length=600)
    objectives = RichTextField(_("objectives"), blank=True)
    municipalities = models.CharField(
        _("municipalities"),
        max_length=500,
        blank=True,
        help_text=_("Municipalities of the project area, separated by commas."),
    )
    province = models.CharField(_("province"), max_length=2, choices=Province.choices, blank=True)
    habitats = ParentalManyToManyField(
        "cdp_pages.Topic",
        verbose_name=_("habitats"),
        blank=True,
        related_name="projects",
        limit_choices_to={"kind": "habitat"},
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    budget = models.DecimalField(
        _("budget (€)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    contribution = models.DecimalField(
        _("contribution (€)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("The part of the budget granted by the call."),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.ONGOING
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("summary"),
                FieldPanel("objectives"),
                FieldRowPanel(
                    [
                        FieldPanel("start_date", permission=PROFILE_PERMISSION),
                        FieldPanel("end_date", permission=PROFILE_PERMISSION),
                    ]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("budget", permission=PROFILE_PERMISSION),
                        FieldPanel("contribution", permission=PROFILE_PERMISSION),
                    ]
                ),
                FieldPanel("status", permission=PROFILE_PERMISSION),
            ],
            heading=_("Project"),
        ),
        InlinePanel("partners", heading=_("Partners"), label=_("Partner"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("municipalities"),
                FieldPanel("province"),
                InlinePanel("sites", label=_("Natura 2000 site")),
                FieldPanel("habitats"),
            ],
            heading=_("Territory"),
        ),
    ]
    results_panels = [
        InlinePanel(
            "achievements",
            heading=_("Achievements timeline"),
            label=_("Achievement"),
            help_text=_("Dated results of the project, newest first on the page."),
        ),
        InlinePanel(
            "issues",
            heading=_("Strengths and critical issues"),
            label=_("Strength or critical issue"),
        ),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Project")),
            ObjectList(results_panels, heading=_("Results")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("municipalities"),
        index.FilterField("status"),
        index.FilterField("province"),
        index.RelatedFields("habitats", [index.SearchField("name")]),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("summary"),
        APIField("objectives"),
        APIField("municipalities"),
        APIField("province"),
        APIField("habitats"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("budget"),
        APIField("contribution"),
        APIField("status"),
        APIField("partners"),
        APIField("sites"),
        APIField("achievements"),
        APIField("issues"),
    ]

    parent_page_types = ["cdp_pages.CommunityPage"]
    subpage_types = []
    schema_type = "Project"

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        permissions = [
            ("change_project_profile", _("Can edit a project's dates, budget and status"))
        ]

    @property
    def community(self):
        return self.get_parent().specific

    def lead_partners(self, partners=None):
        """The lead partners, taken from `partners` when the caller has loaded them already."""
        partners = self.partners.all() if partners is None else partners
        return [p for p in partners if p.role == ProjectPartner.Role.LEAD]

    def timeline(self):
        """The achievements, newest first, with their images' renditions in one go."""
        achievements = self.achievements.select_related("image", "document").prefetch_related(
            "image__renditions"
        )
        return sorted(achievements, key=lambda item: item.date, reverse=True)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # What the page template shows, each in one query (no query per partner or item).
        partners = list(self.partners.select_related("organization"))
        context.update(
            partners=partners,
            lead_partners=self.lead_partners(partners),
            timeline=self.timeline(),
            issues=list(self.issues.select_related("solution")),
        )
        return context

    def get_json_ld(self, request=None):
        data = super().get_json_ld(request)
        data["funder"] = {"@type": "Organization", "name": "Fondazione Cariplo"}
        members = [
            {"@type": "Organization", "name": partner.organization.name}
            # One query, whatever the number of partners.
            for partner in self.partners.select_related("organization")
        ]
        if members:
            data["member"] = members
        if self.start_date:
            data["foundingDate"] = self.start_date.isoformat()
        if self.municipalities:
            data["areaServed"] = self.municipalities
        return data


class ProjectPartner(Orderable):
    class Role(models.TextChoices):
        LEAD = "lead", _("Lead partner")
        PARTNER = "partner", _("Partner")

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    organization = models.ForeignKey(
        "cdp_pages.Organization",
        verbose_name=_("organization"),
        on_delete=models.PROTECT,
        related_name="project_roles",
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.PARTNER)

    panels = [FieldPanel("organization"), FieldPanel("role")]
    api_fields = [APIField("organization"), APIField("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        constraints = [
            models.UniqueConstraint(fields=["page", "organization"], name="unique_project_partner")
        ]


class ProjectSite(Orderable):
    """A Natura 2000 site (SIC, ZSC or ZPS) in the project area."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="sites")
    code = models.CharField(
        _("site code"),
        max_length=9,
        validators=[
            RegexValidator(
                r"^IT[0-9A-Z]{7}$", _("A Natura 2000 code looks like IT2010001 (9 characters).")
            )
        ],
    )
    name = models.CharField(_("site name"), max_length=255)

    panels = [FieldPanel("code"), FieldPanel("name")]
    api_fields = [APIField("code"), APIField("name")]

    class Meta(Orderable.Meta):
        verbose_name = _("Natura 2000 site")
        verbose_name_plural = _("Natura 2000 sites")


class ProjectAchievement(TranslatableMixin, Orderable):
    """An entry of the project's achievements timeline (translated with its project)."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="achievements")
    date = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=255)
    text = RichTextField(_("text"), features=["bold", "italic", "link", "ul"])
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
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

    panels = [
        FieldPanel("date"),
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("image"),
        FieldPanel("document"),
    ]
    api_fields = [
        APIField("date"),
        APIField("title"),
        APIField("text"),
        APIField("image"),
        APIField("document"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("achievement")
        verbose_name_plural = _("achievements")


class ProjectIssue(TranslatableMixin, Orderable):
    """A strength or a critical issue named by the project (translated with its project)."""

    class Kind(models.TextChoices):
        STRENGTH = "strength", _("Strength")
        CRITICAL = "critical", _("Critical issue")

    class Category(models.TextChoices):
        GOVERNANCE = "governance", _("Governance and partnership")
        ENGAGEMENT = "engagement", _("Stakeholder engagement")
        FUNDING = "funding", _("Funding and resources")
        TECHNICAL = "technical", _("Technical and ecological")
        MONITORING = "monitoring", _("Monitoring and data")
        REGULATION = "regulation", _("Rules and permits")
        COMMUNICATION = "communication", _("Communication")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ADDRESSED = "addressed", _("Addressed")

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="issues")
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    text = models.TextField(_("text"), max_length=1000)
    category = models.CharField(_("category"), max_length=32, choices=Category.choices)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.OPEN
    )
    solution = models.ForeignKey(
        "cdp_pages.SolutionCardPage",
        verbose_name=_("addressed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="addressed_issues",
        help_text=_("The solution card that addressed this issue, if any."),
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("category"), FieldPanel("status")]),
        FieldPanel("text"),
        FieldPanel("solution"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("text"),
        APIField("category"),
        APIField("status"),
        APIField("solution"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("strength or critical issue")
        verbose_name_plural = _("strengths and critical issues")
