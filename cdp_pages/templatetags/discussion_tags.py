"""Template tags of the discussion: a page's comment section, listing counts, comment text."""

from django import template
from django.conf import settings
from django.utils.html import Urlizer, linebreaks
from django.utils.safestring import mark_safe
from django_comments import get_form

from ..discussion import (
    count_comments,
    thread,
    translation_comment_counts,
)

register = template.Library()


class UgcUrlizer(Urlizer):
    """Django's urlize, with the rel values that search engines expect on user content."""

    url_template = '<a href="{href}" rel="nofollow ugc"{attrs}>{url}</a>'


urlize_ugc = UgcUrlizer()


@register.filter(is_safe=False, needs_autoescape=False)
def comment_text(text):
    """A commenter's text as HTML: everything escaped, web addresses linked, paragraphs kept."""
    linked = urlize_ugc(text or "", trim_url_limit=60, nofollow=False, autoescape=True)
    # linebreaks() must not escape again: urlize has escaped the text and added the links.
    return mark_safe(linebreaks(linked, autoescape=False))  # noqa: S308


@register.filter
def web_address(url):
    """The commenter's website, only when it is an http(s) address."""
    return url if str(url).lower().startswith(("http://", "https://")) else ""


@register.inclusion_tag("discussion/section.html", takes_context=True)
def discussion(context, page):
    """The comment section of a discussable page: the thread, the form, and the comments
    posted on the page's translations."""
    request = context["request"]
    nodes = thread(page, request.user)
    return {
        "request": request,
        "user": request.user,
        "csrf_token": context.get("csrf_token"),
        "page": page,
        "nodes": nodes,
        "comment_count": count_comments(nodes),
        "translations": translation_comment_counts(page),
        "form": get_form()(page),
        "max_level": settings.COMMENTS_XTD_MAX_THREAD_LEVEL,
    }
