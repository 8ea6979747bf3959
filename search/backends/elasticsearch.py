"""The scale-out backend: Elasticsearch 8, switched on by `ELASTICSEARCH_URL`.

One index per content language (`{prefix}search_{code}`, one per code in `settings.LANGUAGES`),
each analysed with the language's built-in analyzer (`settings.SEARCH_CONFIGS`; "standard" for
a language without one). Pages go into the index of their language; documents, which belong to
every language, go into every index under the same id (`document-<id>`; pages are
`page-<id>`). Ids follow the page or the document, not the entry row, so that re-indexing a
page overwrites its previous version.

A search in one language reads that language's index. A search in every language reads all
the indices and counts each document once: documents only match in the index of the default
language, so that totals, hits and facet counts are exact (a `collapse` would leave the
duplicates in totals and aggregations).

The request bodies are built by plain functions and methods (`mapping`, `document_for`,
`ElasticsearchBackend.search_body`, `suggest_body`) and the responses read by
`results_from`, so that all of it is tested without a server.

The visitor's text only ever goes into `multi_match` queries and suggesters as text to
analyse: never into `query_string`, so that no Elasticsearch syntax is interpreted.

Errors of the server during a search or a suggestion raise `SearchUnavailable`, for the view
to show a polite message instead of a 500. Errors while indexing (from the publish and delete
signals) are logged and do not stop editors: `manage.py search_index --rebuild` repairs the
index. `clear()` (the start of a rebuild) raises `SearchUnavailable`.
"""

import datetime
import html
import logging

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils.text import Truncator
from elasticsearch import ApiError, Elasticsearch, TransportError, helpers
from elasticsearch.dsl import (
    Completion,
    Date,
    Index,
    Keyword,
    Long,
    Mapping,
    Object,
    Q,
    Search,
    Text,
    analyzer,
)

from ..index import FACET_NAMES
from ..models import SearchEntry, SearchFacet
from ..query import FacetValue, Hit, SearchResults, clean_text, facet_label, terms
from . import SearchBackend, SearchUnavailable

__all__ = [
    "LABEL_SEPARATOR",
    "ElasticsearchBackend",
    "SearchUnavailable",
    "doc_id",
    "document_for",
    "language_analyzer",
    "mapping",
    "missing_selected",
    "results_from",
    "safe_fragment",
    "suggest_body",
    "suggestions_from",
]

logger = logging.getLogger(__name__)

# Elasticsearch's built-in language analyzers. `settings.SEARCH_CONFIGS` names PostgreSQL text
# search configurations, which share these names; anything else is analysed as "standard".
LANGUAGE_ANALYZERS = frozenset(
    (
        "arabic",
        "armenian",
        "basque",
        "bengali",
        "brazilian",
        "bulgarian",
        "catalan",
        "cjk",
        "czech",
        "danish",
        "dutch",
        "english",
        "estonian",
        "finnish",
        "french",
        "galician",
        "german",
        "greek",
        "hindi",
        "hungarian",
        "indonesian",
        "irish",
        "italian",
        "latvian",
        "lithuanian",
        "norwegian",
        "persian",
        "portuguese",
        "romanian",
        "russian",
        "serbian",
        "sorani",
        "spanish",
        "swedish",
        "thai",
        "turkish",
    )
)
# Facet values are stored twice: the bare values (`facets.<name>`) to filter on, and
# "value<US>label" (`labels.<name>`) to aggregate on, so that a bucket carries its label.
LABEL_SEPARATOR = "\x1f"
FACET_SIZE = 200  # values per facet at most
MAX_RESULT_WINDOW = 10_000  # Elasticsearch's index.max_result_window
SNIPPET_FRAGMENT = 180
SNIPPET_FRAGMENTS = 2
SNIPPET_JOIN = " … "
SUMMARY_SNIPPET = 240
SUGGEST_INPUTS = 8  # completion inputs per title: the title, then from each later word on
SOURCE_FIELDS = ["key", "kind", "locale", "title", "summary", "url", "date"]
MARK, END_MARK = "<mark>", "</mark>"
SEARCH_TIMEOUT = 10  # seconds, for searches and suggestions
BULK_TIMEOUT = 120  # seconds, for indexing and index management

# Titles complete whatever the case and the accents.
SUGGEST_ANALYZER = analyzer(
    "portal_suggest", tokenizer="standard", filter=["lowercase", "asciifolding"]
)


def language_analyzer(language):
    """The analyzer of a language code: "italian" for it, "english" for en, else "standard"."""
    name = settings.SEARCH_CONFIGS.get(language, "")
    return name if name in LANGUAGE_ANALYZERS else "standard"


def index_definition(name, language):
    """The `elasticsearch.dsl.Index` of one language: its settings and mapping."""
    text = language_analyzer(language)
    fields = Mapping()
    fields.meta("dynamic", "strict")
    fields.field("key", Keyword())  # "page-<id>" or "document-<id>": the same in every index
    fields.field("entry", Long())
    fields.field("kind", Keyword())
    fields.field("locale", Keyword())
    fields.field(
        "title",
        Text(
            analyzer=text,
            copy_to="spell",
            fields={"exact": Keyword(ignore_above=256)},
        ),
    )
    fields.field("summary", Text(index=False))
    fields.field("body", Text(analyzer=text, index_options="offsets", copy_to="spell"))
    # Unstemmed words of the title and the body, for the spelling suggestion.
    fields.field("spell", Text(analyzer="standard"))
    fields.field("url", Keyword(index=False))
    fields.field("date", Date(format="strict_date_optional_time"))
    fields.field("facets", Object(properties={name: Keyword() for name in FACET_NAMES}))
    fields.field("labels", Object(properties={name: Keyword() for name in FACET_NAMES}))
    fields.field(
        "suggest",
        Completion(analyzer=SUGGEST_ANALYZER, search_analyzer=SUGGEST_ANALYZER),
    )
    index = Index(name)
    index.settings(number_of_shards=1, auto_expand_replicas="0-1")
    index.mapping(fields)
    return index


def mapping(language):
    """The body that creates a language's index: {"settings": …, "mappings": …}."""
    return index_definition("portal-search", language).to_dict()


def doc_id(entry):
    """The id of an entry in the indices: "page-<page id>" or "document-<document id>"."""
    if entry.document_id is not None:
        return f"document-{entry.document_id}"
    return f"page-{entry.page_id}"


def suggest_inputs(title):
    """What the completion suggester completes: the title, and the title from each of its
    later words on, so that "cascina" completes "Incontri in cascina". The separators that
    completion inputs may not hold (NUL, U+001E, U+001F) are spaces for `str.split`."""
    words = title.replace("\x00", " ").split()
    inputs = [" ".join(words[start:]) for start in range(len(words))][:SUGGEST_INPUTS]
    return list(dict.fromkeys(text for text in inputs if text))


def document_for(entry):
    """The source of an entry in the indices. Reads `entry.facets.all()`: prefetch it."""
    values = {name: [] for name in FACET_NAMES}
    labels = {name: [] for name in FACET_NAMES}
    for facet in entry.facets.all():
        if facet.name in values:
            values[facet.name].append(facet.value)
            labels[facet.name].append(f"{facet.value}{LABEL_SEPARATOR}{facet.label}")
    return {
        "key": doc_id(entry),
        "entry": entry.pk,
        "kind": entry.kind,
        "locale": entry.locale,
        "title": entry.title,
        "summary": entry.summary,
        "body": entry.body,
        "url": entry.url,
        "date": entry.date.isoformat() if entry.date else None,
        "facets": {name: found for name, found in values.items() if found},
        "labels": {name: found for name, found in labels.items() if found},
        "suggest": {"input": suggest_inputs(entry.title)},
    }


def suggest_body(text, limit):
    """A completion suggestion on the titles."""
    search = (
        Search()
        .suggest(
            "titles",
            text,
            completion={"field": "suggest", "size": limit, "skip_duplicates": True},
        )
        .source(["key", "kind", "title", "url"])
        .extra(size=0)
    )
    return search.to_dict()


def safe_fragment(fragment):
    """A highlighted fragment as safe HTML: the text escaped, around real <mark> tags only.
    Elasticsearch escapes the text already (`encoder: html`); this does not rely on it."""

    def text(part):
        return html.escape(html.unescape(part.replace(END_MARK, "")))

    first, *marked = fragment.split(MARK)
    pieces = [text(first)]
    for piece in marked:
        inside, closed, after = piece.partition(END_MARK)
        pieces.append(f"{MARK}{text(inside)}{END_MARK}{text(after)}" if closed else text(inside))
    return "".join(pieces)


def _date(value):
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _hit(raw):
    source = raw.get("_source") or {}
    fragments = (raw.get("highlight") or {}).get("body") or []
    if fragments:
        snippet = SNIPPET_JOIN.join(safe_fragment(fragment) for fragment in fragments)
    else:
        snippet = html.escape(Truncator(source.get("summary") or "").chars(SUMMARY_SNIPPET))
    return Hit(
        title=source.get("title", ""),
        url=source.get("url", ""),
        kind=source.get("kind", ""),
        locale=source.get("locale", ""),
        snippet=snippet,
        date=_date(source.get("date")),
    )


def _buckets(aggregations, name):
    """{value: (count, stored label)} of a facet. The same value under two labels (a page
    renamed, not every entry re-indexed yet) is one value: an entry holds a value once."""
    found = {}
    facet = (aggregations or {}).get(name) or {}
    for bucket in (facet.get("values") or {}).get("buckets", []):
        value, _, label = str(bucket.get("key", "")).partition(LABEL_SEPARATOR)
        if not value:
            continue
        count, best = found.get(value, (0, (-1, "")))
        doc_count = int(bucket.get("doc_count", 0))
        found[value] = (count + doc_count, max(best, (doc_count, label or value)))
    return {value: (count, best[1]) for value, (count, best) in found.items()}


def missing_selected(query, response):
    """[(facet, value)] selected in the query but absent from the aggregations."""
    aggregations = response.get("aggregations") or {}
    return [
        (name, value)
        for name in FACET_NAMES
        for value in query.filters.get(name, [])
        if value not in _buckets(aggregations, name)
    ]


def _facets(query, aggregations, labels):
    facets = {}
    for name in FACET_NAMES:
        selected = query.filters.get(name, [])
        buckets = _buckets(aggregations, name)
        values = [
            FacetValue(value, facet_label(name, value, label), count, value in selected)
            for value, (count, label) in buckets.items()
        ]
        # A selected value that the other filters leave empty stays, to be unselected.
        values += [
            FacetValue(value, facet_label(name, value, labels[name, value]), 0, True)
            for value in selected
            if value not in buckets and (name, value) in labels
        ]
        if name == "year":
            values.sort(key=lambda item: item.value, reverse=True)
        else:
            values.sort(key=lambda item: (-item.count, item.label.casefold(), item.value))
        if values:
            facets[name] = values
    return facets


def _suggestion(query, response, total):
    if total or not query.text:
        return ""
    for suggestion in (response.get("suggest") or {}).get("spelling", []):
        for option in suggestion.get("options", []):
            text = " ".join(str(option.get("text", "")).split())
            if text and terms(text) != query.terms:
                return text
    return ""


def results_from(query, response, labels=None):
    """`SearchResults` from a search response (a dict). `labels` maps (facet, value) to the
    stored label of selected values missing from the aggregations; others are left out."""
    found = response.get("hits") or {}
    total = found.get("total") or 0
    total = int(total.get("value", 0) if isinstance(total, dict) else total)
    return SearchResults(
        query=query,
        total=total,
        hits=[_hit(raw) for raw in found.get("hits", [])],
        facets=_facets(query, response.get("aggregations"), labels or {}),
        suggestion=_suggestion(query, response, total),
    )


def stored_labels(pairs):
    """{(facet, value): label} of the facet values in the database, in one query."""
    if not pairs:
        return {}
    rows = SearchFacet.objects.filter(
        name__in={name for name, _ in pairs}, value__in={value for _, value in pairs}
    ).values_list("name", "value", "label")
    wanted = set(pairs)
    return {(name, value): label for name, value, label in rows if (name, value) in wanted}


def _facet_filter(name, values):
    return Q("terms", **{f"facets.{name}": list(values)})


class ElasticsearchBackend(SearchBackend):
    def __init__(self, url, prefix=""):
        self.url = url
        self.prefix = prefix
        self._client = None
        self._ready = False

    @property
    def client(self):
        """The client, created on first use: settings load without a server."""
        if self._client is None:
            self._client = Elasticsearch(self.url, request_timeout=SEARCH_TIMEOUT)
        return self._client

    # Indices.

    @property
    def languages(self):
        return [code for code, _ in settings.LANGUAGES]

    def index_name(self, language):
        return f"{self.prefix}search_{language}"

    @property
    def index_names(self):
        return [self.index_name(language) for language in self.languages]

    @property
    def primary_index(self):
        """Where documents are found when searching every language."""
        languages = self.languages
        default = settings.LANGUAGE_CODE if settings.LANGUAGE_CODE in languages else languages[0]
        return self.index_name(default)

    def indices_for(self, locale):
        """The indices a search in `locale` reads (None: every language); [] for a language
        the portal does not have."""
        if locale is None:
            return self.index_names
        return [self.index_name(locale)] if locale in self.languages else []

    def indices_of(self, entry):
        """The indices an entry goes into: its language's, or all of them for a document."""
        if not entry.locale:
            return self.index_names
        if entry.locale in self.languages:
            return [self.index_name(entry.locale)]
        logger.warning("Search entry %s is in %r, not a portal language.", entry.pk, entry.locale)
        return []

    def _admin(self):
        return self.client.options(request_timeout=BULK_TIMEOUT)

    def ensure_indices(self):
        """Create the indices that do not exist yet, with their mapping."""
        if self._ready:
            return
        client = self._admin()
        for language in self.languages:
            definition = index_definition(self.index_name(language), language)
            if not definition.exists(using=client):
                try:
                    definition.create(using=client)
                except ApiError as error:  # Created meanwhile by another process.
                    if error.message != "resource_already_exists_exception":
                        raise
        self._ready = True

    def drop(self):
        """Delete the portal's indices."""
        self._ready = False
        self._admin().indices.delete(index=self.index_names, ignore_unavailable=True)

    def refresh(self):
        """Make what was indexed searchable now (Elasticsearch does it within a second)."""
        self._admin().indices.refresh(index=self.index_names, ignore_unavailable=True)

    # SearchBackend.

    def clear(self):
        try:
            self.drop()
            self.ensure_indices()
        except (ApiError, TransportError) as error:
            raise SearchUnavailable(f"Could not recreate the search indices: {error}") from error

    def actions(self, entries):
        """Bulk index actions for entries (their facets prefetched)."""
        for entry in entries:
            source = document_for(entry)
            for name in self.indices_of(entry):
                yield {
                    "_op_type": "index",
                    "_index": name,
                    "_id": source["key"],
                    "_source": source,
                }

    def index_entries(self, entries):
        entries = [entry for entry in entries if entry.pk is not None]
        if not entries:
            return
        prefetch_related_objects(entries, "facets")
        try:
            self.ensure_indices()
            _, errors = helpers.bulk(
                self._admin(), self.actions(entries), raise_on_error=False, stats_only=False
            )
        except (ApiError, TransportError):
            logger.exception("Could not index %d search entries in Elasticsearch.", len(entries))
            return
        if errors:
            logger.error(
                "Elasticsearch refused %d of the search entries, first: %r", len(errors), errors[0]
            )

    def delete_entries(self, entry_ids):
        keys = {
            doc_id(entry)
            for entry in SearchEntry.objects.filter(pk__in=list(entry_ids)).only(
                "page_id", "document_id"
            )
        }
        if not keys:
            return
        # Delete from every index: 404s (not there, index missing) are ignored.
        actions = (
            {"_op_type": "delete", "_index": name, "_id": key}
            for key in sorted(keys)
            for name in self.index_names
        )
        try:
            helpers.bulk(self._admin(), actions, ignore_status=(404,), raise_on_error=False)
        except (ApiError, TransportError):
            logger.exception("Could not delete search entries %s from Elasticsearch.", keys)

    def search_body(self, query):
        """The body of the search request for a `SearchQuery`."""
        search = Search()
        filters = []
        if query.locale is None and len(self.languages) > 1:
            # Documents are in every index: count them in one.
            filters.append(
                Q(
                    "bool",
                    should=[
                        Q("bool", must_not=[Q("term", kind=SearchEntry.Kind.DOCUMENT.value)]),
                        Q("term", _index=self.primary_index),
                    ],
                    minimum_should_match=1,
                )
            )
        if query.text:
            match = Q(
                "multi_match",
                query=query.text,
                fields=["title^3", "body"],
                type="cross_fields",
                operator="and",
                zero_terms_query="none",
            )
            search = search.query(Q("bool", must=[match], filter=filters))
            search = search.highlight_options(
                pre_tags=[MARK], post_tags=[END_MARK], encoder="html", type="unified"
            )
            search = search.highlight(
                "body", fragment_size=SNIPPET_FRAGMENT, number_of_fragments=SNIPPET_FRAGMENTS
            )
            search = search.highlight("title", number_of_fragments=0)
            search = search.suggest(
                "spelling",
                query.text,
                phrase={
                    "field": "spell",
                    "size": 1,
                    "gram_size": 1,
                    "max_errors": 2,
                    "direct_generator": [{"field": "spell", "suggest_mode": "missing"}],
                    "collate": {
                        "query": {
                            "source": {
                                "match": {"spell": {"query": "{{suggestion}}", "operator": "and"}}
                            }
                        },
                        "prune": False,
                    },
                },
            )
        else:
            search = search.query(Q("bool", must=[Q("match_all")], filter=filters))

        selected = {name: values for name, values in query.filters.items() if values}
        if selected:
            # OR within a facet, AND across facets; applied to the hits, not the facets.
            search = search.post_filter(
                Q("bool", filter=[_facet_filter(name, values) for name, values in selected.items()])
            )
        for name in FACET_NAMES:
            # Each facet counts with every filter but its own.
            others = [
                _facet_filter(other, values) for other, values in selected.items() if other != name
            ]
            search.aggs.bucket(
                name, "filter", filter=Q("bool", filter=others) if others else Q("match_all")
            ).bucket("values", "terms", field=f"labels.{name}", size=FACET_SIZE)

        newest = {"date": {"order": "desc", "missing": "_last"}}
        if query.text and query.sort != "date":
            search = search.sort("_score", newest, {"key": {"order": "asc"}})
        else:
            search = search.sort(newest, "_score", {"key": {"order": "asc"}})
        start = min(max(query.page - 1, 0) * query.per_page, MAX_RESULT_WINDOW)
        size = max(0, min(query.per_page, MAX_RESULT_WINDOW - start))
        search = search.source(SOURCE_FIELDS).extra(
            track_total_hits=True, **{"from": start, "size": size}
        )
        return search.to_dict()

    def search(self, query):
        indices = self.indices_for(query.locale)
        if not indices:
            return SearchResults(query=query)
        try:
            response = self.client.search(
                index=indices,
                body=self.search_body(query),
                ignore_unavailable=True,
                allow_no_indices=True,
            ).body
        except (ApiError, TransportError) as error:
            logger.warning("Elasticsearch search failed: %s", error)
            raise SearchUnavailable(str(error)) from error
        return results_from(query, response, stored_labels(missing_selected(query, response)))

    def suggest(self, text, locale, limit=8):
        text = clean_text(text)
        indices = self.indices_for(locale)
        limit = max(1, min(int(limit), 50))
        if not text or not indices:
            return []
        # Documents are in every index: ask for more, keep each once.
        size = limit * 2 if len(indices) > 1 else limit
        try:
            response = self.client.search(
                index=indices,
                body=suggest_body(text, size),
                ignore_unavailable=True,
                allow_no_indices=True,
            ).body
        except (ApiError, TransportError) as error:
            logger.warning("Elasticsearch suggestion failed: %s", error)
            raise SearchUnavailable(str(error)) from error
        return suggestions_from(response, limit)


def suggestions_from(response, limit):
    """[{"title", "url", "type"}] from a completion suggestion response, each entry once."""
    seen, found = set(), []
    for suggestion in (response.get("suggest") or {}).get("titles", []):
        for option in suggestion.get("options", []):
            source = option.get("_source") or {}
            key = source.get("key") or option.get("_id")
            if key in seen:
                continue
            seen.add(key)
            found.append(
                {
                    "title": source.get("title", ""),
                    "url": source.get("url", ""),
                    "type": source.get("kind", ""),
                }
            )
    return found[:limit]
