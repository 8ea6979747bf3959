"""The Elasticsearch backend: its request bodies and response reading without a server, and
its behaviour against a real server when ELASTICSEARCH_URL is set."""

import copy
import datetime
import json
import os
import uuid
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.db.models import Count
from django.http import QueryDict
from django.utils import translation
from wagtail.documents import get_document_model

from search import index
from search.backends import elasticsearch as es
from search.backends.database import DatabaseBackend
from search.backends.elasticsearch import (
    LABEL_SEPARATOR,
    ElasticsearchBackend,
    SearchUnavailable,
    doc_id,
    document_for,
    mapping,
    results_from,
    safe_fragment,
    suggest_body,
    suggestions_from,
)
from search.index import FACET_NAMES
from search.models import SearchEntry, SearchFacet
from search.query import MAX_QUERY_LENGTH, SearchQuery

SERVER = os.environ.get("ELASTICSEARCH_URL", "")
needs_server = pytest.mark.skipif(
    not SERVER, reason="Elasticsearch tests need ELASTICSEARCH_URL (no server here)"
)
# Nothing listens on the discard port: connections are refused at once.
NO_SERVER = "http://127.0.0.1:9"


@pytest.fixture(autouse=True)
def search_backend(monkeypatch):
    """Pages published by the fixtures are indexed through the database backend, so that no
    test writes to the indices of a server that happens to be configured."""
    backend = DatabaseBackend()
    monkeypatch.setattr("search.backends.get_backend", lambda: backend)
    return backend


@pytest.fixture
def backend():
    return ElasticsearchBackend(NO_SERVER, "test_")


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def make_document(title="Protocollo di monitoraggio degli anfibi"):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"protocollo", name="protocollo.txt")
    )


def query(text="", locale="it", filters=None, sort="relevance", page=1, per_page=20):
    return SearchQuery(text, locale, filters or {}, sort, page, per_page)


def from_params(locale="it", **params):
    data = QueryDict(mutable=True)
    for name, value in params.items():
        if isinstance(value, list):
            data.setlist(name, value)
        else:
            data[name] = value
    return SearchQuery.from_params(data, locale)


def terms_fields(clauses):
    """{field: values} of the `terms` clauses in a list of filter clauses."""
    found = {}
    for clause in clauses:
        ((field, values),) = clause["terms"].items()
        found[field] = values
    return found


# The mapping.


def properties(language):
    return mapping(language)["mappings"]["properties"]


@pytest.mark.parametrize(
    ("language", "analyzer"), [("it", "italian"), ("en", "english"), ("fr", "standard")]
)
def test_each_language_index_analyses_title_and_body_with_its_language(language, analyzer):
    fields = properties(language)
    assert fields["title"]["type"] == "text"
    assert fields["title"]["analyzer"] == analyzer
    assert fields["body"]["analyzer"] == analyzer
    assert fields["summary"] == {"type": "text", "index": False}


def test_a_configured_language_gets_its_analyzer_and_an_unknown_configuration_standard(
    settings,
):
    settings.SEARCH_CONFIGS = {"it": "italian", "en": "english", "de": "german", "xx": "simple"}
    assert properties("de")["title"]["analyzer"] == "german"
    assert properties("xx")["title"]["analyzer"] == "standard"


def test_the_mapping_has_keywords_for_facets_and_labels_and_a_completion_field():
    definition = mapping("it")
    fields = definition["mappings"]["properties"]
    assert definition["mappings"]["dynamic"] == "strict"
    for name in ("key", "kind", "locale", "url"):
        assert fields[name]["type"] == "keyword"
    assert fields["date"]["type"] == "date"
    for name in FACET_NAMES:
        assert fields["facets"]["properties"][name] == {"type": "keyword"}
        assert fields["labels"]["properties"][name] == {"type": "keyword"}
    assert fields["suggest"]["type"] == "completion"
    assert fields["suggest"]["analyzer"] == "portal_suggest"
    suggest_analyzer = definition["settings"]["analysis"]["analyzer"]["portal_suggest"]
    assert suggest_analyzer["filter"] == ["lowercase", "asciifolding"]
    # The spelling suggestion reads unstemmed words of the title and the body.
    assert fields["spell"] == {"type": "text", "analyzer": "standard"}
    assert fields["title"]["copy_to"] == fields["body"]["copy_to"] == "spell"
    json.dumps(definition)


def test_one_index_per_language_apart_from_wagtails_own(backend):
    assert backend.index_names == ["test_search_it", "test_search_en"]
    assert not any(name.startswith("test_wagtail_") for name in backend.index_names)
    assert backend.indices_for(None) == backend.index_names
    assert backend.indices_for("en") == ["test_search_en"]
    assert backend.indices_for("fr") == []
    assert backend.primary_index == "test_search_it"
    assert backend._client is None  # Nothing connects before the first request.


# The search request.


def test_a_text_query_with_filters(backend):
    body = backend.search_body(
        query(
            "zona umida",
            filters={"type": ["solution", "lesson"], "year": ["2020"], "theme": ["7"]},
            page=3,
            per_page=10,
        )
    )
    json.dumps(body)
    assert body["query"]["bool"]["must"] == [
        {
            "multi_match": {
                "query": "zona umida",
                "fields": ["title^3", "body"],
                "type": "cross_fields",
                "operator": "and",
                "zero_terms_query": "none",
            }
        }
    ]
    # One index: no deduplication of documents.
    assert "filter" not in body["query"]["bool"]
    # OR within a facet (one terms clause with its values), AND across facets (a bool filter).
    assert terms_fields(body["post_filter"]["bool"]["filter"]) == {
        "facets.type": ["solution", "lesson"],
        "facets.year": ["2020"],
        "facets.theme": ["7"],
    }
    assert set(body["aggs"]) == set(FACET_NAMES)
    for name in FACET_NAMES:
        aggregation = body["aggs"][name]
        assert aggregation["aggs"]["values"]["terms"]["field"] == f"labels.{name}"
        others = {"type", "year", "theme"} - {name}
        assert set(terms_fields(aggregation["filter"]["bool"]["filter"])) == {
            f"facets.{other}" for other in others
        }
    assert body["sort"][0] == "_score"
    assert (body["from"], body["size"]) == (20, 10)
    assert body["track_total_hits"] is True
    highlight = body["highlight"]
    assert highlight["encoder"] == "html"
    assert (highlight["pre_tags"], highlight["post_tags"]) == (["<mark>"], ["</mark>"])
    assert set(highlight["fields"]) == {"body", "title"}
    assert "body" not in body["_source"]
    spelling = body["suggest"]["spelling"]
    assert spelling["text"] == "zona umida"
    assert spelling["phrase"]["field"] == "spell"


def test_a_facet_alone_counts_without_filters(backend):
    body = backend.search_body(query("rane", filters={"type": ["project"]}))
    assert body["aggs"]["type"]["filter"] == {"match_all": {}}
    assert terms_fields(body["aggs"]["year"]["filter"]["bool"]["filter"]) == {
        "facets.type": ["project"]
    }
    assert "post_filter" not in backend.search_body(query("rane"))


def test_sorting_by_date(backend):
    body = backend.search_body(query("rane", sort="date"))
    assert body["sort"][0] == {"date": {"order": "desc", "missing": "_last"}}


def test_browsing_matches_everything_newest_first(backend):
    body = backend.search_body(query(""))
    assert body["query"] == {"bool": {"must": [{"match_all": {}}]}}
    assert body["sort"][0] == {"date": {"order": "desc", "missing": "_last"}}
    assert "highlight" not in body
    assert "suggest" not in body
    assert set(body["aggs"]) == set(FACET_NAMES)


def test_every_language_counts_documents_in_one_index(backend):
    body = backend.search_body(query("anfibi", locale=None))
    (dedupe,) = body["query"]["bool"]["filter"]
    assert dedupe == {
        "bool": {
            "should": [
                {"bool": {"must_not": [{"term": {"kind": "document"}}]}},
                {"term": {"_index": "test_search_it"}},
            ],
            "minimum_should_match": 1,
        }
    }


def test_pages_stay_within_elasticsearchs_result_window(backend):
    body = backend.search_body(query("rane", page=500, per_page=50))
    assert body["from"] + body["size"] <= 10_000


HOSTILE = [
    '"zone umide" AND OR NOT (rane || risaie)',
    "*",
    "title:cascina",
    "_index:test_search_en",
    '{"query": {"match_all": {}}}',
    '{"script": {"source": "ctx._source"}}',
    "{{suggestion}} </mark><script>alert(1)</script>",
    "rane~2 risaie^10 /regex.*/ [1 TO 2]",
    "and",
    "x" * 10_000,
    "zone " * 2_000,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_only_the_text_of_a_match_query(backend, text):
    sent = from_params(q=text, type=["solution"])
    assert 0 < len(sent.text) <= MAX_QUERY_LENGTH
    body = backend.search_body(sent)
    assert body["query"]["bool"]["must"][0]["multi_match"]["query"] == sent.text
    assert body["suggest"]["spelling"]["text"] == sent.text
    # Anywhere else, the body is the one of an innocent query.
    body["query"]["bool"]["must"][0]["multi_match"]["query"] = "rane"
    body["suggest"]["spelling"]["text"] = "rane"
    assert body == backend.search_body(from_params(q="rane", type=["solution"]))
    assert "query_string" not in json.dumps(body)


def test_the_completion_request():
    assert suggest_body("incon", 8) == {
        "size": 0,
        "_source": ["key", "kind", "title", "url"],
        "suggest": {
            "titles": {
                "prefix": "incon",
                "completion": {"field": "suggest", "size": 8, "skip_duplicates": True},
            }
        },
    }


# What goes into the indices.


def entries():
    return {entry.page_id: entry for entry in SearchEntry.objects.prefetch_related("facets")}


@pytest.mark.django_db
def test_a_page_entry_as_an_elasticsearch_document(portal, backend, django_assert_num_queries):
    entry = entries()[portal.card.pk]
    with django_assert_num_queries(0):
        source = document_for(entry)
    assert source["key"] == doc_id(entry) == f"page-{portal.card.pk}"
    assert source["entry"] == entry.pk
    assert (source["kind"], source["locale"], source["title"], source["url"]) == (
        "solution",
        "it",
        "Incontri in cascina",
        portal.card.url,
    )
    assert source["date"] == entry.date.isoformat()
    assert source["body"] == entry.body
    facets = source["facets"]
    assert facets["type"] == ["solution"]
    assert facets["community"] == [str(portal.community.pk)]
    assert facets["theme"] == [str(portal.theme.pk)]
    assert facets["topic"] == [str(portal.habitat.pk)]
    assert facets["project"] == [str(portal.project.pk)]
    assert facets["maturity"] == [portal.card.maturity]
    assert facets["year"] == [str(entry.date.year)]
    labels = source["labels"]
    community = f"{portal.community.title} ({portal.community.edition})"
    assert labels["community"] == [f"{portal.community.pk}{LABEL_SEPARATOR}{community}"]
    assert labels["theme"] == [f"{portal.theme.pk}{LABEL_SEPARATOR}Coinvolgere gli agricoltori"]
    assert labels["topic"] == [f"{portal.habitat.pk}{LABEL_SEPARATOR}Zone umide"]
    # Completed from its start and from any of its words.
    assert source["suggest"] == {"input": ["Incontri in cascina", "in cascina", "cascina"]}
    # The strict mapping takes it as it is.
    fields = properties("it")
    assert set(source) <= set(fields)
    assert set(source["facets"]) <= set(fields["facets"]["properties"])
    json.dumps(source)
    # A page goes into the index of its language only.
    (action,) = backend.actions([entry])
    assert (action["_index"], action["_id"]) == ("test_search_it", f"page-{portal.card.pk}")


@pytest.mark.django_db
def test_a_document_goes_into_every_language_under_one_id(media, backend):
    document = make_document()
    entry = SearchEntry.objects.prefetch_related("facets").get(document=document)
    source = document_for(entry)
    assert source["key"] == f"document-{document.pk}"
    assert source["locale"] == ""
    assert source["facets"]["type"] == ["document"]
    assert source["labels"]["type"] == [f"document{LABEL_SEPARATOR}document"]
    actions = list(backend.actions([entry]))
    assert [(action["_index"], action["_id"]) for action in actions] == [
        ("test_search_it", f"document-{document.pk}"),
        ("test_search_en", f"document-{document.pk}"),
    ]


@pytest.mark.django_db
def test_indexing_sends_every_entry_with_its_facets_in_one_bulk(
    portal, backend, monkeypatch, django_assert_max_num_queries
):
    sent = []

    def bulk(client, actions, **options):
        sent.extend(actions)
        return len(sent), []

    monkeypatch.setattr(es.helpers, "bulk", bulk)
    backend._ready = True  # The indices exist.
    fresh = list(SearchEntry.objects.all())
    with django_assert_max_num_queries(1):  # The facets of all entries, at once.
        backend.index_entries(fresh)
    assert {action["_id"] for action in sent} == {doc_id(entry) for entry in fresh}
    assert all(action["_source"]["facets"]["type"] for action in sent)


@pytest.mark.django_db
def test_deleting_removes_from_every_index_and_ignores_what_is_not_there(
    portal, backend, monkeypatch
):
    calls = []
    monkeypatch.setattr(
        es.helpers,
        "bulk",
        lambda client, actions, **options: calls.append((list(actions), options)),
    )
    entry = SearchEntry.objects.get(page=portal.card)
    backend.delete_entries([entry.pk, 999_999])
    ((actions, options),) = calls
    assert actions == [
        {"_op_type": "delete", "_index": "test_search_it", "_id": f"page-{portal.card.pk}"},
        {"_op_type": "delete", "_index": "test_search_en", "_id": f"page-{portal.card.pk}"},
    ]
    assert options["ignore_status"] == (404,)


# Reading the responses.


def recorded_response():
    """The shape of an Elasticsearch 8 answer to `search_body`."""
    return {
        "took": 7,
        "timed_out": False,
        "_shards": {"total": 2, "successful": 2, "skipped": 0, "failed": 0},
        "hits": {
            "total": {"value": 2, "relation": "eq"},
            "max_score": 3.1,
            "hits": [
                {
                    "_index": "test_search_it",
                    "_id": "page-12",
                    "_score": 3.1,
                    "_source": {
                        "key": "page-12",
                        "kind": "solution",
                        "locale": "it",
                        "title": "Incontri in cascina",
                        "summary": "Riunioni serali.",
                        "url": "/it/soluzioni/incontri-in-cascina/",
                        "date": "2024-05-01",
                    },
                    "highlight": {
                        "title": ["Incontri in <mark>cascina</mark>"],
                        "body": [
                            "Gli <mark>agricoltori</mark> "
                            "&lt;script&gt;alert(1)&lt;&#x2F;script&gt;",
                            "in <mark>cascina</mark> &amp; fuori",
                        ],
                    },
                    "sort": [3.1, 1714521600000, "page-12"],
                },
                {
                    "_index": "test_search_it",
                    "_id": "document-3",
                    "_score": 1.2,
                    "_source": {
                        "key": "document-3",
                        "kind": "document",
                        "locale": "",
                        "title": "Protocollo <anfibi>",
                        "summary": '<img src=x onerror="alert(1)"> & altro',
                        "url": "/documents/3/protocollo.pdf",
                        "date": None,
                    },
                    "sort": [1.2, -9223372036854775808, "document-3"],
                },
            ],
        },
        "aggregations": {
            "type": {
                "doc_count": 4,
                "values": {
                    "doc_count_error_upper_bound": 0,
                    "sum_other_doc_count": 0,
                    "buckets": [
                        {"key": f"solution{LABEL_SEPARATOR}solution", "doc_count": 1},
                        {"key": f"document{LABEL_SEPARATOR}document", "doc_count": 1},
                        {"key": f"lesson{LABEL_SEPARATOR}lesson", "doc_count": 2},
                    ],
                },
            },
            "theme": {
                "doc_count": 2,
                "values": {
                    "doc_count_error_upper_bound": 0,
                    "sum_other_doc_count": 0,
                    "buckets": [
                        # Renamed: some entries still carry the old label.
                        {"key": f"7{LABEL_SEPARATOR}Coinvolgere gli agricoltori", "doc_count": 2},
                        {"key": f"7{LABEL_SEPARATOR}Agricoltori", "doc_count": 1},
                    ],
                },
            },
            "maturity": {
                "doc_count": 1,
                "values": {
                    "doc_count_error_upper_bound": 0,
                    "sum_other_doc_count": 0,
                    "buckets": [{"key": f"tested{LABEL_SEPARATOR}tested", "doc_count": 1}],
                },
            },
            "year": {
                "doc_count": 2,
                "values": {
                    "doc_count_error_upper_bound": 0,
                    "sum_other_doc_count": 0,
                    "buckets": [
                        {"key": f"2019{LABEL_SEPARATOR}2019", "doc_count": 3},
                        {"key": f"2024{LABEL_SEPARATOR}2024", "doc_count": 1},
                    ],
                },
            },
            **{
                name: {
                    "doc_count": 0,
                    "values": {
                        "doc_count_error_upper_bound": 0,
                        "sum_other_doc_count": 0,
                        "buckets": [],
                    },
                }
                for name in ("community", "topic", "project")
            },
        },
        "suggest": {"spelling": [{"text": "cascina", "offset": 0, "length": 7, "options": []}]},
    }


def test_hits_with_escaped_snippets():
    results = results_from(query("cascina agricoltori"), recorded_response())
    assert results.total == 2
    card, document = results.hits
    assert (card.title, card.url, card.kind, card.locale, card.date) == (
        "Incontri in cascina",
        "/it/soluzioni/incontri-in-cascina/",
        "solution",
        "it",
        datetime.date(2024, 5, 1),
    )
    assert card.snippet == (
        "Gli <mark>agricoltori</mark> &lt;script&gt;alert(1)&lt;/script&gt; … "
        "in <mark>cascina</mark> &amp; fuori"
    )
    # No highlight: the summary, escaped. Titles stay text, for the template to escape.
    assert document.title == "Protocollo <anfibi>"
    assert document.snippet == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; altro"
    assert (document.locale, document.date) == ("", None)


def test_only_real_mark_tags_survive_in_fragments():
    assert safe_fragment("<mark>a</mark> <b>b</b>") == "<mark>a</mark> &lt;b&gt;b&lt;/b&gt;"
    assert safe_fragment("&lt;mark&gt;x</mark>") == "&lt;mark&gt;x"
    assert safe_fragment("<mark><script>x") == "&lt;script&gt;x"


def test_facets_with_counts_labels_and_selection():
    sent = query("cascina", filters={"type": ["solution"], "theme": ["7", "99"]})
    response = recorded_response()
    assert es.missing_selected(sent, response) == [("theme", "99")]
    with translation.override("en"):
        results = results_from(sent, response, {("theme", "99"): "Tema archiviato"})
    facets = results.facets
    assert list(facets) == ["type", "theme", "maturity", "year"]  # Empty facets left out.
    assert [(v.value, v.label, v.count, v.selected) for v in facets["type"]] == [
        ("lesson", "Lesson learned", 2, False),
        ("document", "Material", 1, False),
        ("solution", "Solution card", 1, True),
    ]
    assert [(v.value, v.label, v.count, v.selected) for v in facets["theme"]] == [
        ("7", "Coinvolgere gli agricoltori", 3, True),
        ("99", "Tema archiviato", 0, True),
    ]
    assert [(v.value, v.label) for v in facets["maturity"]] == [("tested", "Tested")]
    assert [(v.value, v.count) for v in facets["year"]] == [("2024", 1), ("2019", 3)]
    with translation.override("it"):
        results = results_from(sent, response)
    assert results.facets["type"][2].label == "Scheda soluzione"
    assert results.facets["maturity"][0].label == "Sperimentata"
    # A selected value nobody knows is not shown.
    assert [v.value for v in results.facets["theme"]] == ["7"]


def test_a_spelling_suggestion_when_nothing_is_found():
    response = recorded_response()
    response["hits"] = {"total": {"value": 0, "relation": "eq"}, "max_score": None, "hits": []}
    response["suggest"] = {
        "spelling": [
            {
                "text": "agricoltro cascina",
                "offset": 0,
                "length": 18,
                "options": [{"text": "agricoltori cascina", "score": 0.02}],
            }
        ]
    }
    assert results_from(query("agricoltro cascina"), response).suggestion == ("agricoltori cascina")
    # Never when something was found.
    found = copy.deepcopy(response)
    found["hits"] = recorded_response()["hits"]
    assert results_from(query("agricoltro cascina"), found).suggestion == ""


def test_completions_list_each_entry_once():
    option = {"_index": "test_search_it", "_score": 1.0}
    response = {
        "suggest": {
            "titles": [
                {
                    "text": "pro",
                    "offset": 0,
                    "length": 3,
                    "options": [
                        {
                            **option,
                            "text": "Protocollo",
                            "_id": "document-3",
                            "_source": {
                                "key": "document-3",
                                "kind": "document",
                                "title": "Protocollo",
                                "url": "/documents/3/",
                            },
                        },
                        {
                            **option,
                            "_index": "test_search_en",
                            "text": "Protocollo",
                            "_id": "document-3",
                            "_source": {
                                "key": "document-3",
                                "kind": "document",
                                "title": "Protocollo",
                                "url": "/documents/3/",
                            },
                        },
                        {
                            **option,
                            "text": "Progetto",
                            "_id": "page-5",
                            "_source": {
                                "key": "page-5",
                                "kind": "project",
                                "title": "Progetto",
                                "url": "/it/progetto/",
                            },
                        },
                    ],
                }
            ]
        }
    }
    assert suggestions_from(response, 8) == [
        {"title": "Protocollo", "url": "/documents/3/", "type": "document"},
        {"title": "Progetto", "url": "/it/progetto/", "type": "project"},
    ]
    assert len(suggestions_from(response, 1)) == 1


# The backend around a client.


class RecordingClient:
    """Answers every search with a recorded response and remembers the requests."""

    def __init__(self, response):
        self.response = response
        self.requests = []

    def search(self, **request):
        self.requests.append(request)
        return SimpleNamespace(body=copy.deepcopy(self.response))


@pytest.mark.django_db
def test_search_reads_the_indices_of_the_language(portal, backend):
    client = backend._client = RecordingClient(recorded_response())
    selected = str(portal.theme.pk)
    sent = query("cascina", filters={"theme": [selected]})
    results = backend.search(sent)
    (request,) = client.requests
    assert request["index"] == ["test_search_it"]
    assert request["ignore_unavailable"] is True
    assert request["body"] == backend.search_body(sent)
    assert results.total == 2
    # The selected theme is missing from the recorded facets: its label comes from the index.
    (theme,) = [value for value in results.facets["theme"] if value.value == selected]
    assert (theme.label, theme.count, theme.selected) == ("Coinvolgere gli agricoltori", 0, True)
    backend.search(query("cascina", locale=None))
    assert client.requests[-1]["index"] == ["test_search_it", "test_search_en"]
    # A language the portal does not have finds nothing, without asking.
    assert backend.search(query("cascina", locale="fr")).total == 0
    assert len(client.requests) == 2


def test_suggest_asks_the_completion_suggester(backend):
    client = backend._client = RecordingClient({"suggest": {"titles": []}})
    assert backend.suggest("  Incon\x00 ", "it", limit=5) == []
    (request,) = client.requests
    assert request["index"] == ["test_search_it"]
    assert request["body"] == suggest_body("Incon", 5)
    assert backend.suggest("   ", "it") == []
    assert len(client.requests) == 1


def test_an_unreachable_server_is_reported_not_crashed_on(backend):
    with pytest.raises(SearchUnavailable):
        backend.search(query("cascina"))
    with pytest.raises(SearchUnavailable):
        backend.suggest("cas", None)
    with pytest.raises(SearchUnavailable):
        backend.clear()


@pytest.mark.django_db
def test_indexing_without_a_server_is_logged_and_publishing_goes_on(portal, backend, caplog):
    backend.index_entries(list(SearchEntry.objects.all()))
    backend.delete_entries(list(SearchEntry.objects.values_list("pk", flat=True)))
    messages = [record.getMessage() for record in caplog.records]
    assert any("Could not index" in message for message in messages)
    assert any("Could not delete" in message for message in messages)


# Against a real server.


@needs_server
@pytest.mark.django_db
class TestWithServer:
    @pytest.fixture(autouse=True)
    def search_backend(self, monkeypatch):
        """A backend on indices of their own, made before the portal publishes its pages."""
        backend = ElasticsearchBackend(SERVER, f"cdptest{uuid.uuid4().hex[:8]}_")
        monkeypatch.setattr("search.backends.get_backend", lambda: backend)
        backend.clear()
        yield backend
        backend.drop()

    @pytest.fixture
    def built(self, search_backend, portal, media):
        index.rebuild()
        search_backend.refresh()
        return portal

    def titles(self, backend, text, locale="it", **options):
        return [hit.title for hit in backend.search(query(text, locale, **options)).hits]

    def test_words_are_found_in_titles_and_bodies(self, search_backend, built):
        results = search_backend.search(query("agricoltori"))
        assert "Coinvolgere gli agricoltori" in [hit.title for hit in results.hits]
        assert any("<mark>" in hit.snippet for hit in results.hits)

    def test_the_italian_analyzer_matches_other_forms(self, search_backend, built):
        assert "Rane e risaie" in self.titles(search_backend, "zona umida")

    def test_a_search_stays_in_its_language(self, search_backend, built, home_en):
        translation_ = built.card.copy_for_translation(home_en.locale, copy_parents=True)
        translation_.title = "Evening meetings in farmhouses"
        translation_.save_revision().publish()
        make_document("Amphibian monitoring protocol")
        search_backend.refresh()
        assert self.titles(search_backend, "farmhouses", "it") == []
        assert self.titles(search_backend, "farmhouses", "en") == ["Evening meetings in farmhouses"]
        assert self.titles(search_backend, "farmhouses", None) == ["Evening meetings in farmhouses"]
        # Documents belong to every language, and are found once in all of them.
        for locale in ("it", "en"):
            assert self.titles(search_backend, "protocol", locale) == [
                "Amphibian monitoring protocol"
            ]
        everywhere = search_backend.search(query("protocol", None))
        assert everywhere.total == 1
        assert [value.count for value in everywhere.facets["type"]] == [1]

    def test_facet_counts_are_the_databases(self, search_backend, built):
        results = search_backend.search(query(""))
        rows = (
            SearchFacet.objects.filter(entry__locale__in=["it", ""])
            .values("name", "value")
            .annotate(count=Count("entry"))
        )
        expected = {}
        for row in rows:
            expected.setdefault(row["name"], {})[row["value"]] = row["count"]
        assert {
            name: {value.value: value.count for value in values}
            for name, values in results.facets.items()
        } == expected
        assert results.total == SearchEntry.objects.count()
        solutions = search_backend.search(query("", filters={"type": ["solution"]}))
        assert solutions.total == 1
        # The type facet ignores its own filter; the others follow it.
        assert {value.value for value in solutions.facets["type"]} == set(expected["type"])
        assert solutions.facets["maturity"][0].count == 1

    def test_titles_are_completed(self, search_backend, built):
        for prefix in ("Incon", "incontri in c", "cascin"):
            found = search_backend.suggest(prefix, "it")
            assert {"title": "Incontri in cascina", "url": built.card.url, "type": "solution"} in (
                found
            )
        assert search_backend.suggest("Incon", "en") == []

    def test_a_misspelling_gets_a_suggestion(self, search_backend, built):
        # Not a form of "agricoltori" for the Italian stemmer, one letter away from it.
        results = search_backend.search(query("agricolturi"))
        assert results.total == 0
        assert results.suggestion == "agricoltori"

    def test_unpublishing_removes_from_the_index(self, search_backend, built):
        assert "Incontri in cascina" in self.titles(search_backend, "cascina")
        built.card.unpublish()
        search_backend.refresh()
        assert "Incontri in cascina" not in self.titles(search_backend, "cascina")

    def test_hostile_text_is_searched_as_words(self, search_backend, built):
        for text in HOSTILE:
            search_backend.search(from_params(q=text))  # No error.
        # Query syntax would match everything, or the title of the card.
        for text in ("*", '{"query": {"match_all": {}}}', "title:cascina AND NOT rane"):
            assert search_backend.search(from_params(q=text)).total == 0


def test_completion_inputs_hold_no_reserved_characters():
    assert es.suggest_inputs("Rane\x00e\x1frisaie\x1e ") == ["Rane e risaie", "e risaie", "risaie"]
