"""The search pages: results with facets (HTML or JSON) and autocomplete suggestions.

Every parameter goes through `SearchQuery.from_params` or `clean_text` before a backend sees
it, and every response carries `X-Robots-Tag: noindex`: search results are not pages for
search engines. The pages work without JavaScript: the query, the sort, the language choice
and the facets are plain GET forms.
"""

import logging
import unicodedata
from dataclasses import replace
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.coreutils import get_supported_content_language_variant

from . import backends
from .backends import SearchUnavailable
from .index import FACET_NAMES
from .models import SearchFacet
from .query import FACET_TITLES, MAX_PAGE, SearchQuery, clean_text, facet_label, terms

logger = logging.getLogger(__name__)

SUGGEST_LIMIT = 8
SUGGEST_MIN_LENGTH = 2
# Facet values shown at once; the others are behind a "Show more" disclosure.
FACET_VISIBLE = 8
TOPIC_SUGGESTIONS = 5
TOPIC_SCAN_LIMIT = 2000


def _noindex(response):
    response["X-Robots-Tag"] = "noindex"
    return response


def _language():
    try:
        return get_supported_content_language_variant(get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def query_url(path, query, **changes):
    """The URL of a search like `query`, with `changes` (q, lang, sort, or facet names set to a
    list of values). Built from the cleaned query, never from the raw parameters."""
    text = changes.pop("q", query.text)
    all_languages = changes.pop("all_languages", query.locale is None)
    sort = changes.pop("sort", query.sort)
    filters = changes.pop("filters", query.filters)
    params = []
    if text:
        params.append(("q", text))
    if all_languages:
        params.append(("lang", "all"))
    if sort != "relevance":
        params.append(("sort", sort))
    for name in FACET_NAMES:
        params += [(name, value) for value in filters.get(name, [])]
    return f"{path}?{urlencode(params)}" if params else path


def facet_groups(results, query, path):
    """The facets of the results, in the order of FACET_NAMES, as the checkboxes of the form,
    each value with the URL of a search filtered by it alone.

    Selected values that the results no longer count are kept (with a count of 0) so that
    visitors can untick them."""
    groups = []
    for name in FACET_NAMES:
        selected = query.filters.get(name, [])
        values = [
            {"value": v.value, "label": v.label, "count": v.count, "selected": v.selected}
            for v in results.facets.get(name, [])
        ]
        present = {value["value"] for value in values}
        for value in values:
            value["selected"] = value["selected"] or value["value"] in selected
        missing = [value for value in selected if value not in present]
        if missing:
            labels = dict(
                SearchFacet.objects.filter(name=name, value__in=missing).values_list(
                    "value", "label"
                )
            )
            values += [
                {"value": value, "label": labels.get(value, value), "count": 0, "selected": True}
                for value in missing
            ]
        if not values:
            continue
        for number, value in enumerate(values, 1):
            value["label"] = facet_label(name, value["value"], value["label"])
            value["id"] = f"facet-{name}-{number}"
            value["url"] = query_url(path, query, filters={name: [value["value"]]})
        more = values[FACET_VISIBLE:]
        groups.append(
            {
                "name": name,
                "title": FACET_TITLES.get(name, name),
                "values": values,
                "visible": values[:FACET_VISIBLE],
                "more": more,
                "more_selected": any(value["selected"] for value in more),
                "selected": bool(selected),
            }
        )
    return groups


def _fold(word):
    """A word without accents, for comparing words typed with or without them."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _share_prefix(one, other):
    shorter = min(len(one), len(other))
    if shorter < 3:
        return False
    length = 3 if shorter <= 4 else 4
    return one[:length] == other[:length]


def closest_topics(words, language, limit=TOPIC_SUGGESTIONS):
    """Topics of the language whose names share words or word beginnings with the query, the
    most shared first: somewhere to go when a search finds nothing."""
    from cdp_pages.models import Topic

    words = [_fold(word) for word in words if len(word) >= 3]
    if not words:
        return []
    scored = []
    topics = Topic.objects.filter(locale__language_code=language).only("pk", "name")
    for topic in topics[:TOPIC_SCAN_LIMIT]:
        names = [_fold(name) for name in terms(topic.name)]
        score = sum(1 for word in words if any(_share_prefix(word, name) for name in names))
        if score:
            scored.append((-score, topic.name.lower(), topic.pk, topic))
    return [topic for *_, topic in sorted(scored)[:limit]]


def _hit_items(hits, language):
    names = dict(settings.LANGUAGES)
    items = []
    for hit in hits:
        try:
            kind_label = hit.kind_label
        except ValueError:
            kind_label = hit.kind
        other = bool(hit.locale) and hit.locale != language
        items.append(
            {
                "hit": hit,
                "kind_label": kind_label,
                "other_language": other,
                "language_name": names.get(hit.locale, hit.locale) if other else "",
            }
        )
    return items


def _unavailable(request, query, as_json):
    message = _("The search is unavailable right now. Please try again in a few minutes.")
    if as_json:
        response = JsonResponse(
            {"query": query.text, "total": 0, "results": [], "facets": {}, "error": message},
            status=503,
        )
    else:
        response = render(
            request,
            "search/search.html",
            {"query": query, "unavailable": message, "all_languages": query.locale is None},
            status=503,
        )
    response["Retry-After"] = "60"
    return _noindex(response)


@require_safe
def search(request):
    """/<lang>/search/?q=…: the results page, or their JSON with `format=json`."""
    language = _language()
    query = SearchQuery.from_params(request.GET, language)
    as_json = request.GET.get("format") == "json"
    backend = backends.get_backend()
    try:
        results = backend.search(query)
        if not results.hits and results.total and query.page > results.pages:
            # Past the last page (an old link, a hand-made URL): show the last one.
            query = replace(query, page=min(results.pages, MAX_PAGE))
            results = backend.search(query)
    except SearchUnavailable as error:
        logger.warning("Search unavailable: %s", error)
        return _unavailable(request, query, as_json)

    if as_json:
        return _noindex(JsonResponse(results.as_json()))

    path = request.path
    browsing = not query.text and not query.filters
    paginator = Paginator(range(min(results.total, MAX_PAGE * query.per_page)), query.per_page)
    context = {
        "query": query,
        "results": results,
        "browsing": browsing,
        "all_languages": query.locale is None,
        "hits": _hit_items(results.hits, language),
        "page_obj": paginator.get_page(query.page),
        "facet_groups": facet_groups(results, query, path),
        "filter_params": [
            (name, value) for name in FACET_NAMES for value in query.filters.get(name, [])
        ],
        "clear_url": query_url(path, query, filters={}),
        "all_languages_url": query_url(path, query, all_languages=True),
    }
    if not browsing and not results.total:
        if results.suggestion:
            context["suggestion_url"] = query_url(path, query, q=results.suggestion)
        else:
            context["topics"] = [
                (topic, query_url(path, query, q="", filters={"topic": [str(topic.pk)]}))
                for topic in closest_topics(query.terms, language)
            ]
    return _noindex(render(request, "search/search.html", context))


@require_safe
def suggest(request):
    """/<lang>/search/suggest/?q=…: up to 8 titles that complete the text, as JSON."""
    text = clean_text(request.GET.get("q", ""))
    if len(text) < SUGGEST_MIN_LENGTH:
        return _noindex(JsonResponse([], safe=False))
    try:
        items = backends.get_backend().suggest(text, _language(), limit=SUGGEST_LIMIT)
    except SearchUnavailable as error:
        logger.warning("Search suggestions unavailable: %s", error)
        return _noindex(JsonResponse([], safe=False, status=503))
    completions = [
        {
            "title": str(item.get("title", "")),
            "url": str(item.get("url", "")),
            "type": str(item.get("type", "")),
        }
        for item in list(items)[:SUGGEST_LIMIT]
    ]
    return _noindex(JsonResponse(completions, safe=False))
