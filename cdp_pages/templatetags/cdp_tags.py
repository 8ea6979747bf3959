"""Template tags for the portal's shared layout: language links, structured data, main
navigation, breadcrumbs and the relational-capital diagram."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

register = template.Library()


def _language_links(context):
    """For each language: the translated counterpart of the page, the same view in that
    language (search, discussion pages), or that locale's home.

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
    match = getattr(request, "resolver_match", None)
    same_view = page is None and match is not None and match.url_name != "wagtail_serve"
    links = []
    for code, name in settings.LANGUAGES:
        target = counterparts.get(code) or homes.get(code)
        url = target.get_url(request) if target is not None else f"/{code}/"
        if same_view:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": (
                    request.build_absolute_uri(url)
                    if same_view
                    else target.get_full_url(request)
                    if target is not None
                    else url
                ),
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


# Main navigation ---------------------------------------------------------------------

# The sections of the main navigation: (key, app_label.model, label), in menu order.
NAV_SECTIONS = [
    ("communities", "cdp_pages.communityindexpage", _("Communities")),
    ("solutions", "cdp_pages.solutionindexpage", _("Solutions")),
    ("lessons", "cdp_pages.lessonindexpage", _("Lessons learned")),
    ("publications", "cdp_pages.publicationindexpage", _("Publications")),
]


@register.simple_tag(takes_context=True)
def nav_sections(context):
    """The index pages of the main sections in the active locale, in one query per request.

    Each item: key, label, url, page and whether the current page is in that section.
    Sections without a live index page in the active locale are left out.
    """
    cache_key = "_cdp_nav_sections"
    if cache_key in context.render_context:
        return context.render_context[cache_key]

    request = context.get("request")
    current = context.get("page")
    try:
        language = get_supported_content_language_variant(get_language())
    except LookupError:
        language = settings.LANGUAGE_CODE
    models = {name.split(".")[1]: key for key, name, _label in NAV_SECTIONS}
    found = {}
    for index_page in (
        Page.objects.live()
        .filter(
            locale__language_code=language,
            content_type__app_label="cdp_pages",
            content_type__model__in=models,
        )
        .select_related("content_type")
        .order_by("path")
    ):
        found.setdefault(models[index_page.content_type.model], index_page)
    current_path = getattr(current, "path", "") if isinstance(current, Page) else ""
    sections = [
        {
            "key": key,
            "label": label,
            "page": found[key],
            "url": found[key].get_url(request),
            "is_current": bool(current_path) and current_path.startswith(found[key].path),
            "is_page": bool(current_path) and current_path == found[key].path,
        }
        for key, _name, label in NAV_SECTIONS
        if key in found
    ]
    result = {"sections": sections, **{item["key"]: item for item in sections}}
    context.render_context[cache_key] = result
    return result


# Breadcrumbs and the relational capital -----------------------------------------------


@register.simple_tag
def breadcrumbs(page):
    """The ancestors of a page from its locale's home down to its parent (one query)."""
    if not isinstance(page, Page) or not page.pk or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gte=2))


@register.filter
def live(pages):
    """The live pages of a relation, also in previews, where many-to-many relations of a
    draft are in-memory lists without `.live()`: `{% for theme in page.themes.all|live %}`."""
    return [page for page in pages if page.live]


@register.simple_tag
def page_range(page_obj, on_each_side=2, on_ends=1):
    """The page numbers to link from a paginator page, with `…` for the gaps."""
    return list(
        page_obj.paginator.get_elided_page_range(
            page_obj.number, on_each_side=on_each_side, on_ends=on_ends
        )
    )


@register.inclusion_tag("components/relational_capital.html")
def relational_capital(network, id_prefix="network", heading_level=3):
    """The network diagram of a community, its table equivalent and its counts."""
    from cdp_pages.network import network_svg

    return {
        "network": network,
        "svg": network_svg(network, id_prefix=id_prefix) if network["organizations"] else "",
        "id_prefix": id_prefix,
        "heading_level": heading_level,
    }
