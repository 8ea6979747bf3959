"""Template tags for the portal's shared layout: language links and structured data."""

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

register = template.Library()


def _language_links(context):
    """For each language: the translated counterpart of the page, or that locale's home.

    Computed once per request (two queries at most) and kept in the template context.
    """
    cache_key = "_cdp_language_links"
    if cache_key in context.render_context:
        return context.render_context[cache_key]

    request = context.get("request")
    page = context.get("page")
    current = get_language()
    counterparts = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            counterparts[translation.locale.language_code] = translation
    homes = {
        home.locale.language_code: home
        for home in Page.objects.filter(depth=2).live().select_related("locale")
    }
    links = []
    for code, name in settings.LANGUAGES:
        target = counterparts.get(code) or homes.get(code)
        url = target.get_url(request) if target is not None else f"/{code}/"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": target.get_full_url(request) if target is not None else url,
                "is_current": code == current,
                "is_translation": code in counterparts,
            }
        )
    context.render_context[cache_key] = links
    return links


@register.simple_tag(takes_context=True)
def language_links(context):
    return _language_links(context)


@register.simple_tag(takes_context=True)
def page_json_ld(context, page):
    """A JSON-LD script element for a portal page (pages without it get nothing)."""
    if not hasattr(page, "json_ld"):
        return ""
    return mark_safe(  # noqa: S308 - json_ld escapes <, > and & itself
        f'<script type="application/ld+json">{page.json_ld(context.get("request"))}</script>'
    )
