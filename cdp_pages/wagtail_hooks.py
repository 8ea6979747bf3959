"""Admin viewsets: the portal's snippets, grouped under one "Communities of practice" menu."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import roles
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


# Topics are translatable: Translators translate them in wagtail-localize's editor, reached
# through the snippet edit view, and hold `change_topic` for it. The policy narrows that to
# the topics of the translated locales, and the edit and delete views check it on the topic
# itself (Wagtail's generic views check the model only).
register_permission_policy(Topic, roles.TopicPermissionPolicy(Topic))


class TopicPermissionCheckedMixin:
    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission_for_instance(self.permission_required, self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class TopicEditView(TopicPermissionCheckedMixin, snippet_views.EditView):
    pass


class TopicDeleteView(TopicPermissionCheckedMixin, snippet_views.DeleteView):
    pass


class TopicViewSet(SnippetViewSet):
    model = Topic
    edit_view_class = TopicEditView
    delete_view_class = TopicDeleteView
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


# Translation: the editor guards, the PO upload checks and the status report register
# their own hooks.
from .translation import editor, po, report  # noqa: E402, F401
