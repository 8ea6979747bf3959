"""Communities of practice, one for each edition of the call."""

from collections import defaultdict

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .base import BasePage, paginate

__all__ = ["CommunityIndexPage", "CommunityPage"]


class CommunityIndexPage(BasePage):
    """All the communities, one for each edition of the call."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]

    parent_page_types = ["cdp_pages.HomePage"]
    subpage_types = ["cdp_pages.CommunityPage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("community index")
        verbose_name_plural = _("community indexes")

    def get_context(self, request, *args, **kwargs):
        from .projects import ProjectPage

        context = super().get_context(request, *args, **kwargs)
        communities = list(
            CommunityPage.objects.child_of(self)
            .live()
            .order_by("edition")
            .select_related("listing_image")
        )
        # Project counts in one query, whatever the number of communities.
        counts = defaultdict(int)
        for project_path in (
            ProjectPage.objects.live().descendant_of(self).values_list("path", flat=True)
        ):
            counts[project_path[: len(self.path) + Page.steplen]] += 1
        for community in communities:
            community.project_count = counts[community.path]
        context["communities"] = paginate(request, communities)
        return context


class CommunityPage(RoutablePageMixin, BasePage):
    """A community of practice: the projects of one edition of the call and their themes."""

    edition = models.PositiveSmallIntegerField(
        _("call edition"),
        validators=[MinValueValidator(2017), MaxValueValidator(2100)],
        help_text=_("Year of the call edition, such as 2018."),
    )
    summary = RichTextField(_("summary"), blank=True)
    facilitators = ParentalManyToManyField(
        "cdp_pages.Person", verbose_name=_("facilitators"), blank=True, related_name="communities"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("edition"),
        FieldPanel("summary"),
        FieldPanel("facilitators"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.FilterField("edition"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("edition"),
        APIField("summary"),
        APIField("facilitators"),
    ]

    parent_page_types = ["cdp_pages.CommunityIndexPage"]
    subpage_types = ["cdp_pages.ProjectPage", "cdp_pages.ThemePage", "cdp_pages.MeetingPage"]
    schema_type = "Organization"

    class Meta:
        verbose_name = _("community of practice")
        verbose_name_plural = _("communities of practice")

    # Related content -----------------------------------------------------------------

    def projects(self):
        from .projects import ProjectPage

        return ProjectPage.objects.child_of(self).live().order_by("title")

    def themes(self):
        from .themes import ThemePage

        return ThemePage.objects.child_of(self).live().order_by("title")

    def meetings(self):
        from .meetings import MeetingPage

        return MeetingPage.objects.child_of(self).live()

    def upcoming_meetings(self):
        return self.meetings().filter(start__gte=timezone.now()).order_by("start")

    def past_meetings(self):
        return self.meetings().filter(start__lt=timezone.now()).order_by("-start")

    def latest_solutions(self, limit=6):
        from ..discussion import with_comment_counts
        from .solutions import SolutionCardPage

        return (
            with_comment_counts(SolutionCardPage.objects.live())
            .filter(locale_id=self.locale_id, projects__in=self.projects())
            .distinct()
            .order_by("-first_published_at")[:limit]
        )

    def latest_lessons(self, limit=6):
        from ..discussion import with_comment_counts
        from .lessons import LessonLearnedPage

        return (
            with_comment_counts(LessonLearnedPage.objects.live())
            .filter(locale_id=self.locale_id, projects__in=self.projects())
            .distinct()
            .order_by("-first_published_at")[:limit]
        )

    def issues_overview(self):
        """Strengths and critical issues of the projects, by kind and category.

        Each row: kind, category, how many projects report it, how many items are open and
        how many addressed. One query.
        """
        from .projects import ProjectIssue

        kinds = dict(ProjectIssue.Kind.choices)
        categories = dict(ProjectIssue.Category.choices)
        rows = (
            ProjectIssue.objects.filter(page__in=self.projects())
            .values("kind", "category")
            .annotate(
                projects=Count("page", distinct=True),
                open=Count("pk", filter=Q(status=ProjectIssue.Status.OPEN)),
                addressed=Count("pk", filter=Q(status=ProjectIssue.Status.ADDRESSED)),
            )
            .order_by("kind", "-projects", "category")
        )
        overview = {kind: [] for kind in kinds}
        for row in rows:
            row["category_label"] = categories.get(row["category"], row["category"])
            overview[row["kind"]].append(row)
        return [
            {"kind": kind, "label": label, "rows": overview[kind]} for kind, label in kinds.items()
        ]

    def relational_capital(self):
        """Partner organizations of the projects and the ties between projects they make.

        Returns the projects, the organizations (each with its projects here and its number
        of projects across every community) and the counts. Two queries.
        """
        from .projects import ProjectPartner

        projects = list(self.projects().only("id", "title", "slug", "url_path"))
        memberships = ProjectPartner.objects.filter(page__in=projects).select_related(
            "organization"
        )
        organizations = {}
        for membership in memberships:
            entry = organizations.setdefault(
                membership.organization_id,
                {"organization": membership.organization, "project_ids": set(), "roles": set()},
            )
            entry["project_ids"].add(membership.page_id)
            entry["roles"].add(membership.role)
        everywhere = dict(
            ProjectPartner.objects.filter(organization_id__in=organizations, page__live=True)
            .values("organization_id")
            .annotate(projects=Count("page", distinct=True))
            .values_list("organization_id", "projects")
        )
        by_id = {project.pk: project for project in projects}
        rows = []
        for organization_id, entry in organizations.items():
            rows.append(
                {
                    "organization": entry["organization"],
                    "projects": sorted(
                        (by_id[pk] for pk in entry["project_ids"]), key=lambda p: p.title
                    ),
                    "is_lead": ProjectPartner.Role.LEAD in entry["roles"],
                    "total_projects": everywhere.get(organization_id, len(entry["project_ids"])),
                }
            )
        rows.sort(
            key=lambda row: (
                -len(row["projects"]),
                -row["total_projects"],
                str(row["organization"]),
            )
        )
        shared = [row for row in rows if len(row["projects"]) > 1]
        across = [row for row in rows if row["total_projects"] > len(row["projects"])]
        return {
            "projects": projects,
            "organizations": rows,
            "shared": shared,
            "across_communities": across,
            "counts": {
                "projects": len(projects),
                "organizations": len(rows),
                "ties": sum(len(row["projects"]) for row in rows),
                "shared": len(shared),
                "across_communities": len(across),
            },
        }

    # Pages and feeds -------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        from ..discussion import community_digest, with_comment_counts
        from ..forms import ProjectFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = ProjectFilterForm(request.GET or None, locale=self.locale)
        projects = form.filter(self.projects()).select_related("listing_image")
        context.update(
            filter_form=form,
            facilitators=self.facilitators.select_related("affiliation"),
            projects=paginate(request, projects.prefetch_related("habitats")),
            themes=with_comment_counts(self.themes()),
            upcoming_meetings=with_comment_counts(self.upcoming_meetings())[:5],
            past_meetings=with_comment_counts(self.past_meetings())[:5],
            latest_solutions=self.latest_solutions(),
            latest_lessons=self.latest_lessons(),
            issues_overview=self.issues_overview(),
            network=self.relational_capital(),
            discussion_digest=community_digest(self),
        )
        return context

    @path("calendar.ics")
    def calendar(self, request):
        from ..ical import community_calendar_response

        return community_calendar_response(self, request)

    @path("feed/")
    def feed(self, request):
        from ..feeds import CommunityFeed

        return CommunityFeed()(request, community=self)

    @path("discussion/feed/")
    def discussion_feed(self, request):
        from ..feeds import CommunityDiscussionFeed

        return CommunityDiscussionFeed()(request, community=self)

    def get_json_ld(self, request=None):
        data = super().get_json_ld(request)
        data["foundingDate"] = str(self.edition)
        data["parentOrganization"] = {"@type": "Organization", "name": "Fondazione Cariplo"}
        return data
