"""The document library: the materials that meetings and projects make available."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .base import BasePage, paginate
from .communities import CommunityPage
from .meetings import MeetingPage
from .projects import ProjectAchievement, ProjectPage

__all__ = ["DocumentLibraryPage", "Material"]


@dataclass
class Material:
    """A document as one page makes it available: where it comes from, and when."""

    document: object
    description: str
    origin: Page
    community: CommunityPage
    date: object
    themes: list = field(default_factory=list)

    @property
    def file_type(self):
        return self.document.file_extension.upper()

    @property
    def from_meeting(self):
        return isinstance(self.origin, MeetingPage)


class DocumentLibraryPage(BasePage):
    """The documents the communities make available, with filters."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]

    parent_page_types = ["cdp_pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("document library")
        verbose_name_plural = _("document libraries")

    def materials(self):
        """Every material of the live, public meetings and projects of the page's locale,
        newest first, in a fixed number of queries."""
        communities = {
            community.path: community
            for community in CommunityPage.objects.live().filter(locale_id=self.locale_id)
        }

        def community_of(page):
            return communities.get(page.path[: -Page.steplen])

        meetings = [
            meeting
            for meeting in MeetingPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .prefetch_related("themes")
            if community_of(meeting)
        ]
        # The streams' raw data name the documents: load them all at once.
        document_ids = {
            block["value"].get("document")
            for meeting in meetings
            for block in meeting.materials.raw_data
        }
        documents = get_document_model().objects.in_bulk(document_ids - {None})
        materials = []
        for meeting in meetings:
            themes = [theme for theme in meeting.themes.all() if theme.live]
            for block in meeting.materials.raw_data:
                document = documents.get(block["value"].get("document"))
                if document is not None:
                    materials.append(
                        Material(
                            document=document,
                            description=block["value"].get("description", ""),
                            origin=meeting,
                            community=community_of(meeting),
                            date=meeting.start.astimezone(meeting.zone).date(),
                            themes=themes,
                        )
                    )
        projects = ProjectPage.objects.live().public().filter(locale_id=self.locale_id)
        achievements = ProjectAchievement.objects.filter(
            page__in=projects, document__isnull=False
        ).select_related("page", "document")
        for achievement in achievements:
            project = achievement.page
            if community_of(project):
                materials.append(
                    Material(
                        document=achievement.document,
                        description=achievement.title,
                        origin=project,
                        community=community_of(project),
                        date=achievement.date,
                    )
                )
        materials.sort(key=lambda material: material.document.title.lower())
        materials.sort(key=lambda material: material.date, reverse=True)
        return materials

    def get_context(self, request, *args, **kwargs):
        from ..forms import DocumentFilterForm

        context = super().get_context(request, *args, **kwargs)
        materials = self.materials()
        form = DocumentFilterForm(
            request.GET or None,
            locale=self.locale,
            file_types=sorted({material.file_type for material in materials} - {""}),
        )
        context["filter_form"] = form
        context["materials"] = paginate(request, form.filter_materials(materials))
        return context
