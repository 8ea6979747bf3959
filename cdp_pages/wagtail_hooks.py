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


# Comment moderation -----------------------------------------------------------------------
# Moderators review the discussion's comments in the admin: a "Comments" menu item, the
# list and its actions under /admin/comments/ (namespace "comment_moderation"), and a panel on
# the dashboard. The views are in cdp_pages/discussion/admin_views.py.

from django.urls import include, path  # noqa: E402
from wagtail import hooks  # noqa: E402

from .discussion import admin_views as comment_moderation  # noqa: E402


@hooks.register("register_admin_urls")
def register_comment_moderation_urls():
    return [
        path(
            "comments/",
            include(
                (comment_moderation.urlpatterns, "comment_moderation"),
                namespace="comment_moderation",
            ),
        )
    ]


@hooks.register("register_admin_menu_item")
def register_comment_moderation_menu_item():
    return comment_moderation.menu_item()


@hooks.register("construct_homepage_panels")
def add_comment_moderation_panel(request, panels):
    if comment_moderation.can_moderate(request.user):
        panels.append(comment_moderation.ModerationPanel())
