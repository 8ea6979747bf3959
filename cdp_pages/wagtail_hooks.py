"""Admin viewsets: the portal's snippets, grouped under one "Communities of practice" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Organization, Person, Topic


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "site"
    menu_label = _("Organizations")
    list_display = ["name", "kind", "place", "website"]
    list_filter = ["kind"]
    list_export = ["name", "kind", "place", "website"]
    export_filename = "organizations"
    ordering = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "affiliation", "role"]
    list_filter = ["affiliation"]
    list_export = ["name", "affiliation", "role"]
    export_filename = "people"
    ordering = ["name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]
    list_export = ["name", "kind", "slug", "description"]
    export_filename = "topics"
    ordering = ["kind", "name"]


class CommunitiesOfPracticeGroup(SnippetViewSetGroup):
    items = (OrganizationViewSet, PersonViewSet, TopicViewSet)
    menu_icon = "group"
    menu_label = _("Communities of practice")
    menu_name = "communities-of-practice"
    menu_order = 250


register_snippet(CommunitiesOfPracticeGroup)
