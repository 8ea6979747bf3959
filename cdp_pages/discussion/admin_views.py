"""Comment moderation in the Wagtail admin, for the users who may moderate comments.

A list of the comments on discussable pages, by status (awaiting approval, flagged by readers,
published, removed), with one form per action: approve, remove, restore, and dismiss the
removal suggestions. A menu item and a dashboard panel lead there; `cdp_pages.wagtail_hooks`
registers them, with the URLs under the namespace `comment_moderation`.

Statuses change through `QuerySet.update()`, never `comment.save()`: django-comments-xtd
unpublishes all replies of a comment saved as removed, and replies should stay readable under
the "removed" placeholder.
"""

import logging
from smtplib import SMTPException
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Count, Exists, Max, OuterRef, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from django_comments.models import CommentFlag
from django_comments_xtd.views import notify_comment_followers
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.permissions import policy_registry

from . import site_comments

logger = logging.getLogger(__name__)

MODERATE_PERMISSION = "django_comments.can_moderate"
PER_PAGE = 50
TEXT_LENGTH = 300

PENDING = "pending"
FLAGGED = "flagged"
PUBLISHED = "published"
REMOVED = "removed"

# The tabs of the list, in order, with the actions each status allows.
STATUSES = {
    PENDING: _("Awaiting approval"),
    FLAGGED: _("Flagged"),
    PUBLISHED: _("Published"),
    REMOVED: _("Removed"),
}
DEFAULT_STATUS = PENDING

APPROVE = "approve"
REMOVE = "remove"
RESTORE = "restore"
DISMISS = "dismiss"

ACTIONS = {
    PENDING: [APPROVE, REMOVE],
    FLAGGED: [DISMISS, REMOVE],
    PUBLISHED: [REMOVE],
    REMOVED: [RESTORE],
}
EMPTY_MESSAGES = {
    PENDING: _("No comment is awaiting approval."),
    FLAGGED: _("No comment has been flagged for removal."),
    PUBLISHED: _("No comment has been published yet."),
    REMOVED: _("No comment has been removed."),
}
ACTION_LABELS = {
    APPROVE: _("Approve"),
    REMOVE: _("Remove"),
    RESTORE: _("Restore"),
    DISMISS: _("Dismiss the flags"),
}


def can_moderate(user):
    return user.is_active and user.has_perm(MODERATE_PERMISSION)


def removal_suggested():
    """Whether a reader has flagged the comment for removal (likes and dislikes are flags too)."""
    return Exists(
        CommentFlag.objects.filter(comment_id=OuterRef("pk"), flag=CommentFlag.SUGGEST_REMOVAL)
    )


def status_filter(status):
    visible = Q(is_public=True, is_removed=False)
    return {
        PENDING: Q(is_public=False, is_removed=False),
        FLAGGED: visible & Q(removal_suggested()),
        PUBLISHED: visible,
        REMOVED: Q(is_removed=True),
    }[status]


def status_counts(statuses=tuple(STATUSES)):
    """{status: number of comments} for the given statuses, in one query."""
    return site_comments().aggregate(
        **{status: Count("pk", filter=status_filter(status)) for status in statuses}
    )


def list_url(status=None, page_number=None):
    query = {key: value for key, value in (("status", status), ("p", page_number)) if value}
    url = reverse("comment_moderation:index")
    return f"{url}?{urlencode(query)}" if query else url


class ModeratorRequiredMixin:
    """Wagtail's own refusal (a message and a redirect to the dashboard) for non-moderators."""

    def dispatch(self, request, *args, **kwargs):
        if not can_moderate(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class CommentListView(ModeratorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "discussion/admin/index.html"
    page_title = _("Comments")
    header_icon = "comment"
    # The classic header (`wagtailadmin/shared/header.html`), without breadcrumbs.
    breadcrumbs_items = []

    @cached_property
    def status(self):
        status = self.request.GET.get("status")
        return status if status in STATUSES else DEFAULT_STATUS

    def get_page_subtitle(self):
        return STATUSES[self.status]

    def get_queryset(self):
        suggestions = Q(flags__flag=CommentFlag.SUGGEST_REMOVAL)
        comments = (
            site_comments()
            .filter(status_filter(self.status))
            .select_related("user")
            .annotate(
                flag_count=Count("flags", filter=suggestions),
                last_flagged=Max("flags__flag_date", filter=suggestions),
            )
        )
        if self.status == FLAGGED:
            return comments.order_by("-last_flagged", "-submit_date", "-pk")
        return comments.order_by("-submit_date", "-pk")

    def attach_pages(self, comments):
        """Give each comment its `page` (or None), `page_url` and `can_edit_page`, fetching
        the pages in one query."""
        ids = set()
        for comment in comments:
            try:
                ids.add(int(comment.object_pk))
            except ValueError:
                comment.page_id = None
            else:
                comment.page_id = int(comment.object_pk)
        pages = Page.objects.select_related("locale").in_bulk(ids)
        policy = policy_registry.get_by_type(Page)
        user = self.request.user
        for comment in comments:
            page = comment.page = pages.get(comment.page_id)
            comment.page_url = None
            comment.can_edit_page = False
            if page is None:
                continue
            url = page.get_url(request=self.request) if page.live else None
            if url:
                comment.page_url = f"{url}#c{comment.pk}"
            comment.can_edit_page = policy.user_has_permission_for_instance(user, "change", page)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = WagtailPaginator(self.get_queryset(), PER_PAGE)
        page_obj = paginator.get_page(self.request.GET.get("p"))
        comments = list(page_obj.object_list)
        self.attach_pages(comments)
        counts = status_counts()
        context.update(
            {
                "status": self.status,
                "status_label": STATUSES[self.status],
                "tabs": [
                    {
                        "status": status,
                        "label": label,
                        "count": counts[status],
                        "url": list_url(status),
                        "current": status == self.status,
                    }
                    for status, label in STATUSES.items()
                ],
                "comments": comments,
                "actions": [
                    {
                        "name": action,
                        "label": ACTION_LABELS[action],
                        "url_name": f"comment_moderation:{action}",
                    }
                    for action in ACTIONS[self.status]
                ],
                "empty_message": EMPTY_MESSAGES[self.status],
                "page_obj": page_obj,
                "paginator": paginator,
                "is_paginated": True,
                "elided_page_range": paginator.get_elided_page_range(page_obj.number),
                "text_length": TEXT_LENGTH,
            }
        )
        return context


class CommentActionView(ModeratorRequiredMixin, View):
    """One moderation action on one comment, by POST only; back to the list afterwards."""

    http_method_names = ["post"]
    action = None

    def post(self, request, comment_id):
        comment = get_object_or_404(site_comments(), pk=comment_id)
        name = comment.user_name or comment.name
        if getattr(self, self.action)(comment):
            messages.success(request, self.success_message(name), buttons=self.buttons(comment))
        else:
            messages.warning(
                request,
                _("Nothing was done: the comment by %(name)s had already changed.")
                % {"name": name},
            )
        return redirect(self.next_url())

    def next_url(self):
        status = self.request.POST.get("status")
        page_number = self.request.POST.get("p", "")
        return list_url(
            status if status in STATUSES else None,
            page_number if page_number.isdigit() else None,
        )

    def success_message(self, name):
        messages_by_action = {
            APPROVE: _("The comment by %(name)s is now published."),
            REMOVE: _("The comment by %(name)s was removed."),
            RESTORE: _("The comment by %(name)s was restored and is published."),
            DISMISS: _("The removal suggestions on the comment by %(name)s were dismissed."),
        }
        return messages_by_action[self.action] % {"name": name}

    def buttons(self, comment):
        if self.action not in (APPROVE, RESTORE):
            return None
        page = comment.content_object
        url = page.get_url(request=self.request) if page is not None and page.live else None
        if not url:
            return None
        return [messages.button(f"{url}#c{comment.pk}", _("View on the page"), new_window=True)]

    # The actions: each returns whether it changed anything.

    def approve(self, comment):
        approved = (
            site_comments()
            .filter(pk=comment.pk, is_public=False, is_removed=False)
            .update(is_public=True)
        )
        if approved:
            comment.is_public = True
            self.notify_followers(comment)
        return bool(approved)

    def remove(self, comment):
        return bool(site_comments().filter(pk=comment.pk, is_removed=False).update(is_removed=True))

    def restore(self, comment):
        return bool(
            site_comments()
            .filter(pk=comment.pk, is_removed=True)
            .update(is_removed=False, is_public=True)
        )

    def dismiss(self, comment):
        deleted, _by_model = CommentFlag.objects.filter(
            comment_id=comment.pk, flag=CommentFlag.SUGGEST_REMOVAL
        ).delete()
        return bool(deleted)

    def notify_followers(self, comment):
        """Email the people who asked to hear about new comments on the page, in the page's
        language, as django-comments-xtd does when a comment is published at once."""
        page = comment.content_object
        language = page.locale.language_code if page is not None else settings.LANGUAGE_CODE
        try:
            with translation.override(language):
                notify_comment_followers(comment)
        except (SMTPException, OSError):
            logger.exception("Follow-up emails for comment %s could not be sent", comment.pk)
            messages.warning(
                self.request,
                _("The follow-up emails to the page's subscribers could not be sent."),
            )


urlpatterns = [
    path("", CommentListView.as_view(), name="index"),
    *(
        path(f"<int:comment_id>/{action}/", CommentActionView.as_view(action=action), name=action)
        for action in ACTION_LABELS
    ),
]


class CommentsMenuItem(MenuItem):
    """The "Comments" item of the admin menu, for moderators only."""

    def is_shown(self, request):
        return can_moderate(request.user)


def menu_item():
    return CommentsMenuItem(
        _("Comments"),
        reverse("comment_moderation:index"),
        name="comment-moderation",
        icon_name="comment",
        order=260,
    )


class ModerationPanel(Component):
    """The dashboard panel: how many comments wait for approval, and how many are flagged."""

    name = "comment_moderation"
    template_name = "discussion/admin/home_panel.html"
    order = 200

    def get_context_data(self, parent_context=None):
        counts = status_counts((PENDING, FLAGGED))
        return {
            "pending_count": counts[PENDING],
            "flagged_count": counts[FLAGGED],
            "pending_url": list_url(PENDING),
            "flagged_url": list_url(FLAGGED),
        }
