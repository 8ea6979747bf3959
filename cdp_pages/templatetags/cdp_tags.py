"""Template tags for the portal's shared layout: language links, structured data, main
navigation, breadcrumbs and the relational-capital diagram."""

import json

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

register = template.Library()


def not_translated_url(page, language_code):
    """The address of the "not available" page of `page` in a language (that locale's home
    when the site does not route that view)."""
    with translation.override(language_code):
        try:
            return reverse("page_not_translated", kwargs={"page_id": page.pk})
        except NoReverseMatch:
            return f"/{language_code}/"


def _page_versions(page):
    """The live versions of a page by language, those that really are in that language
    (translations, not aliases of another locale's page), and, when the page itself is such
    an alias, the page whose content it shows. One query."""
    versions = list(page.get_translations(inclusive=True).select_related("locale"))
    by_pk = {version.pk: version for version in versions}

    def source_of(version):
        source = by_pk.get(version.alias_of_id)
        return source if source is not None and source.locale_id != version.locale_id else None

    live = {}
    real = {}
    for version in versions:
        if not version.live:
            continue
        code = version.locale.language_code
        live[code] = version
        if source_of(version) is None:
            real[code] = version
    return live, real, source_of(page)


def _page_languages(context):
    """What the layout shows about languages, computed once per request (one query on a
    page, none elsewhere) and kept in the render context:

    links             the language switcher: for each language, the live counterpart of the
                      page in it (a translation, or an alias that says it is one), else the
                      "not available" page; outside pages, the same view in that language
                      (search, discussion pages), or that locale's home (a 404 page)
    alternates        hreflang (code, full URL) pairs: the languages in which the page really
                      exists, then `x-default`, the source-language version
    original          for an alias of another locale's page, that page (its content is shown)
    content_language  the language of the content shown
    canonical         for an alias of another locale's page, the full URL of the original
    """
    cache_key = "_cdp_page_languages"
    if cache_key in context.render_context:
        return context.render_context[cache_key]

    request = context.get("request")
    page = context.get("page")
    current = get_language()
    result = {
        "alternates": [],
        "original": None,
        "content_language": current,
        "canonical": "",
    }
    is_page = isinstance(page, Page) and page.pk is not None
    if is_page:
        live, real, original = _page_versions(page)
        if original is not None:
            result["original"] = original
            result["content_language"] = original.locale.language_code
            result["canonical"] = original.get_full_url(request)
        result["alternates"] = [
            (code, real[code].get_full_url(request))
            for code, _name in settings.LANGUAGES
            if code in real
        ]
        if settings.LANGUAGE_CODE in real:
            result["alternates"].append(
                ("x-default", real[settings.LANGUAGE_CODE].get_full_url(request))
            )

    match = getattr(request, "resolver_match", None)
    same_view = page is None and match is not None and match.url_name != "wagtail_serve"
    links = []
    for code, name in settings.LANGUAGES:
        if same_view:
            url = translate_url(request.get_full_path(), code)
        elif is_page:
            target = live.get(code)
            url = (
                target.get_url(request)
                if target is not None
                else not_translated_url(result["original"] or page, code)
            )
        else:
            url = f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "is_current": code == current})
    result["links"] = links
    context.render_context[cache_key] = result
    return result


@register.simple_tag(takes_context=True)
def page_languages(context):
    return _page_languages(context)


@register.simple_tag(takes_context=True)
def page_json_ld(context, page):
    """A JSON-LD script element for a portal page (pages without it get nothing).

    An alias of another locale's page describes that page: its URL and language."""
    if not hasattr(page, "json_ld"):
        return ""
    request = context.get("request")
    original = _page_languages(context)["original"] if page is context.get("page") else None
    if original is None:
        text = page.json_ld(request)
    else:
        data = page.get_json_ld(request)
        data["url"] = original.get_full_url(request)
        data["inLanguage"] = original.locale.language_code
        text = json.dumps(data, ensure_ascii=False, default=str)
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(  # noqa: S308 - the JSON escapes <, > and &
        f'<script type="application/ld+json">{text}</script>'
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
