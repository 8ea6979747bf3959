"""Public discussion views that wrap django-comments-xtd's with the portal's own rules:
a rate limit per IP address for anonymous posts, clear translated refusals instead of the bare
400 of django-contrib-comments, and an unsubscribe link that asks before it acts."""

from http import HTTPStatus

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST
from django_comments import get_form
from django_comments.views.comments import CommentPostBadRequest
from django_comments.views.comments import post_comment as django_post_comment
from django_comments_xtd import signed
from django_comments_xtd import views as xtd_views
from django_comments_xtd.conf import settings as xtd_settings
from django_comments_xtd.models import XtdComment


def client_ip(request):
    return request.META.get("REMOTE_ADDR") or "unknown"


def over_rate_limit(request):
    """Count an anonymous post from this IP address; True once the limit is passed."""
    key = f"cdp:comments:rate:{client_ip(request)}"
    cache.add(key, 0, timeout=settings.COMMENTS_RATE_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # The entry expired between add and incr.
        cache.set(key, 1, timeout=settings.COMMENTS_RATE_WINDOW)
        count = 1
    return count > settings.COMMENTS_RATE_LIMIT


def refusal(request, reason, status=HTTPStatus.BAD_REQUEST, form=None):
    return render(
        request,
        "discussion/refused.html",
        {"reason": reason, "form": form, "window_minutes": settings.COMMENTS_RATE_WINDOW // 60},
        status=status,
    )


def comment_target(data):
    """The page a posted form is about, or None."""
    try:
        model = apps.get_model(*data.get("content_type", "").split(".", 1))
        return model._default_manager.get(pk=data.get("object_pk"))
    except (LookupError, TypeError, ValueError, ValidationError, ObjectDoesNotExist):
        return None


@csrf_protect
@require_POST
def post_comment(request):
    """Check a posted comment before django-contrib-comments saves it.

    An expired form (left open for hours) comes back with the text kept and a fresh timestamp,
    so that nothing written is lost. A filled honeypot, a page that takes no comments, or a
    moderator's rejection gets a translated refusal.
    """
    if not request.user.is_authenticated and over_rate_limit(request):
        return refusal(request, "rate", status=HTTPStatus.TOO_MANY_REQUESTS)
    target = comment_target(request.POST)
    if target is None or not getattr(target, "discussable", False):
        return refusal(request, "target")
    form = get_form()(target, data=request.POST)
    errors = form.security_errors()
    if "honeypot" in errors:
        return refusal(request, "spam")
    if errors:
        data = request.POST.copy()
        data.update(form.generate_security_data())
        form = get_form()(target, data=data)
        form.is_valid()
        return render(
            request,
            "comments/preview.html",
            {"form": form, "comment": data.get("comment", ""), "expired": True},
            status=HTTPStatus.BAD_REQUEST,
        )
    response = django_post_comment(request)
    if isinstance(response, CommentPostBadRequest):
        return refusal(request, "rejected")
    return response


def signed_comment(key):
    """The comment carried by an emailed link, or None when the link is broken or tampered
    with, or its page is gone."""
    try:
        return signed.loads(str(key), extra_key=xtd_settings.COMMENTS_XTD_SALT)
    except (ValueError, signed.BadSignature, ObjectDoesNotExist):
        return None


def mute(request, key):
    """Stop follow-up emails for a thread: a confirmation page on GET, the action on POST,
    so that a mail scanner following the link does not unsubscribe anyone."""
    comment = signed_comment(key)
    if comment is None:
        return refusal(request, "link")
    if request.method == "POST":
        return xtd_views.mute(request, key)
    return render(
        request, "django_comments_xtd/mute_confirm.html", {"content_object": comment.content_object}
    )


def confirm(request, key):
    """The link in the confirmation email; a broken or tampered link gets a clear page."""
    if signed_comment(key) is None:
        return refusal(request, "link")
    return xtd_views.confirm(request, key)


def reply(request, cid):
    """The reply form for one comment, for visitors without JavaScript."""
    comment = XtdComment.norel_objects.filter(pk=cid, is_public=True, is_removed=False).first()
    if comment is None:
        raise Http404
    if not comment.allow_thread():
        return refusal(request, "depth", status=HTTPStatus.FORBIDDEN)
    return xtd_views.reply(request, cid)
