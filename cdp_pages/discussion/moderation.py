"""Which comments wait for a moderator, and who hears about removal suggestions."""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django_comments_xtd.models import XtdComment
from django_comments_xtd.moderation import SpamModerator, moderator
from django_comments_xtd.utils import send_mail

from ..roles import MODERATORS

# A scheme, "www." or a bare domain name with a common top-level domain.
LINK = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.|\b[a-z0-9-]+\.(?:com|net|org|info|biz|it|eu|io|ru|cn|xyz)\b)",
    re.IGNORECASE,
)


def contains_link(text):
    return bool(LINK.search(text or ""))


def approved_before(email):
    """Whether a moderator (or the confirmation flow) has let a comment from this address in."""
    return XtdComment.norel_objects.filter(
        user_email__iexact=email, is_public=True, is_removed=False
    ).exists()


class DiscussionModerator(SpamModerator):
    """Signed-in users post at once. An anonymous comment waits for a moderator when it holds a
    link, or when its address has never had a comment approved."""

    removal_suggestion_notification = True

    def allow(self, comment, content_object, request):
        if comment.user and comment.user.is_authenticated:
            return True
        return super().allow(comment, content_object, request)

    def moderate(self, comment, content_object, request):
        if comment.user and comment.user.is_authenticated:
            return False
        return (
            contains_link(comment.comment)
            or bool(comment.user_url)
            or not approved_before(comment.user_email)
        )

    def notify_removal_suggestion(self, comment, content_object, request):
        """Tell the moderators (not the site managers) that a comment was flagged."""
        recipients = list(
            get_user_model()
            .objects.filter(groups__name=MODERATORS, is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
        )
        if not recipients:
            return
        with translation.override(settings.LANGUAGE_CODE):
            subject = gettext("A comment was flagged on “%(title)s”") % {
                "title": content_object.title
            }
            body = render_to_string(
                "django_comments_xtd/removal_notification_email.txt",
                {
                    "comment": comment,
                    "content_object": content_object,
                    "admin_url": settings.WAGTAILADMIN_BASE_URL
                    + reverse("comment_moderation:index")
                    + "?status=flagged",
                },
            )
        send_mail(subject, body, settings.COMMENTS_XTD_FROM_EMAIL, recipients, fail_silently=True)


def register():
    from . import discussable_models

    for model in discussable_models():
        if model not in moderator._registry:
            moderator.register(model, DiscussionModerator)
