"""The database backend's own machinery, on SQLite and on PostgreSQL: the light stemmer and
the FTS5 query builder of SQLite, Italian matching on both, and a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model

from search import stemming
from search.backends import database
from search.backends.database import DatabaseBackend, SQLiteMatcher, fts_group, fts_phrase
from search.models import SearchEntry, SearchFacet
from search.query import SearchQuery, terms

sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite's FTS5 query builder and stemmer"
)
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's planner settings"
)


def search(text="", locale="it", **options):
    return DatabaseBackend().search(SearchQuery(text=text, locale=locale, **options))


def urls(results):
    return {hit.url for hit in results.hits}


# The stemmer


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("zona", "zone"),
        ("umida", "umide"),
        ("umido", "umidi"),
        ("agricoltore", "agricoltori"),
        ("parco", "parchi"),
        ("lago", "laghi"),
        ("amica", "amiche"),
        ("provincia", "province"),
        ("spiaggia", "spiagge"),
        ("studio", "studi"),
        ("specie", "specie"),
        ("coltivare", "coltivazione"),
        ("conservare", "conservazione"),
        ("gestire", "gestione"),
        ("monitorare", "monitorando"),
        ("risultato", "risultati"),
        ("rapida", "rapidamente"),
        ("città", "citta"),
        ("attività", "attivita"),
    ],
)
def test_italian_forms_share_a_prefix(one, other):
    """Each form starts with the other's stem, so that a prefix search finds both."""
    assert stemming.fold(other).startswith(stemming.stem_italian(one))
    assert stemming.fold(one).startswith(stemming.stem_italian(other))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("meeting", "meetings"),
        ("meet", "meetings"),
        ("study", "studies"),
        ("restore", "restoration"),
        ("restored", "restore"),
        ("zone", "zones"),
        ("wetland", "wetlands"),
        ("rapid", "rapidly"),
        ("church", "churches"),
    ],
)
def test_english_forms_share_a_prefix(one, other):
    assert other.startswith(stemming.stem_english(one))
    assert one.startswith(stemming.stem_english(other))


def test_stems_of_common_words():
    assert stemming.stem_italian("zona") == "zon"
    assert stemming.stem_italian("umide") == "umid"
    assert stemming.stem_italian("agricoltori") == "agricoltor"
    assert stemming.stem_italian("parchi") == "parc"
    assert stemming.stem_english("meetings") == "meet"
    assert stemming.stem_english("studies") == "stud"


def test_stems_keep_at_least_three_letters():
    for word in ("api", "rane", "mare", "stato", "prato", "sito", "vita", "lago", "area"):
        assert len(stemming.stem_italian(word)) >= stemming.MIN_STEM, word
        assert len(stemming.stem_english(word)) >= stemming.MIN_STEM, word
    assert stemming.stem_italian("api") == "api"
    assert stemming.stems("di") == ["di"]


def test_what_the_stemmer_does_not_match():
    # Irregular forms, doubled consonants and synonyms are out of reach.
    assert not "fatto".startswith(stemming.stem_italian("fare"))
    assert not "ran".startswith(stemming.stem_english("running"))
    assert not "palude".startswith(stemming.stem_italian("acquitrino"))


def test_words_in_other_scripts_and_digits_are_left_alone():
    for word in ("مرحبا", "שלום", "2019", "水田", "co2"):
        assert stemming.stem_italian(word) == stemming.fold(word)
        assert stemming.stem_english(word) == stemming.fold(word)


def test_stems_of_every_language_without_redundant_prefixes():
    assert stemming.stems("meetings", None) == ["meet"]
    assert stemming.stems("meetings", "it") == ["meetings"]
    assert stemming.stems("zone", None) == ["zon"]
    assert stemming.stems("zone", "en") == ["zon"]


def test_elisions_and_hyphens_split_words():
    assert stemming.split_words(["dell'acqua"]) == ["acqua"]
    assert stemming.split_words(["l’area", "un'oasi"]) == ["area", "oasi"]
    assert stemming.split_words(["agro-ecologia"]) == ["agro", "ecologia"]
    assert stemming.split_words(["o'neill"]) == ["o", "neill"]


def test_function_words_are_dropped_unless_alone():
    assert stemming.search_words(["la", "qualità", "dell'acqua"], "it") == ["qualità", "acqua"]
    assert stemming.search_words(["the", "wetlands"], "en") == ["wetlands"]
    assert stemming.search_words(["il"], "it") == ["il"]
    # "the" is no Italian word: only the searched language's list applies.
    assert stemming.search_words(["the", "zona"], "it") == ["the", "zona"]
    assert stemming.search_words(["the", "zona"], None) == ["zona"]


# The FTS5 query builder


def test_an_fts5_string_doubles_quotes():
    assert fts_phrase('a"b') == '"a""b"'
    assert fts_phrase('"') == '""""'


def test_each_word_becomes_a_quoted_prefix_or_an_exact_short_word():
    assert fts_group("zona", "it") == '"zon"*'
    assert fts_group("di", "it") == '"di"'
    assert fts_group("Città", "it") == '"citt"*'
    assert fts_group("'", "it") == ""


def test_several_stems_of_a_word_are_ored(monkeypatch):
    monkeypatch.setattr(stemming, "stems", lambda word, locale: ['ab"c', "xyz"])
    assert fts_group("anything", None) == '("ab""c"* OR "xyz"*)'


def test_words_are_anded_or_ored():
    assert SQLiteMatcher(["zona", "umida"], "it").match_expression() == '"zon"* AND "umid"*'
    assert (
        SQLiteMatcher(["zona", "umida"], "it", any_word=True).match_expression()
        == '"zon"* OR "umid"*'
    )


def test_operators_typed_by_visitors_are_words():
    words = terms('NEAR(rane AND "risaie" OR NOT x*) ^title: -zone')
    expression = SQLiteMatcher(words, "it").match_expression()
    assert expression == (
        '"near"* AND "ran"* AND "and"* AND "risa"* AND "or" AND "not"* AND "x" '
        'AND "titl"* AND "zon"*'
    )


FTS5_SYNTAX = [
    '"',
    '"unterminated',
    "*",
    "NEAR(a b, 2)",
    "AND OR NOT",
    "^title",
    "title: zone",
    "{title body}: zone",
    "- zone",
    "zone + umide",
    "(((",
    ")",
    "'; DROP TABLE cdp_search_fts; --",
    "\u202ezone",
    "zone\u0301",
    "a_b",
    "ǅ ǈ",
    "٣٤٥",
    "𝔷𝔬𝔫𝔞",
]


@sqlite_only
@pytest.mark.parametrize("raw", FTS5_SYNTAX)
def test_fts5_never_sees_syntax(portal, raw):
    words = stemming.search_words(terms(raw), "it")
    for any_word in (False, True):
        expression = SQLiteMatcher(words, "it", any_word).match_expression()
        if not expression:
            continue
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM cdp_search_fts WHERE cdp_search_fts MATCH %s", [expression]
            )
            assert cursor.fetchone()[0] >= 0
    assert isinstance(search(raw).total, int)


# Italian and English matching, on either database


def test_zona_umida_finds_zone_umide(portal):
    found = urls(search("zona umida"))
    assert portal.project.url in found
    assert portal.card.url in found
    assert urls(search("zona umida", None)) == found


def test_plural_and_singular_find_each_other(portal):
    assert portal.theme.url in urls(search("agricoltore"))
    assert portal.project.url in urls(search("risaia"))
    assert portal.card.url in urls(search("incontro"))


def test_english_plurals_in_english_pages(portal, home_en):
    translation = portal.card.copy_for_translation(home_en.locale, copy_parents=True)
    translation.title = "Evening meetings in farmhouses"
    translation.save_revision().publish()
    assert urls(search("meeting farmhouse", "en")) == {translation.url}
    assert urls(search("meeting farmhouse", None)) == {translation.url}
    assert urls(search("meeting farmhouse", "it")) == set()


def test_short_words_match_exactly(portal):
    assert portal.project.url in urls(search("rane"))
    assert urls(search("ra")) == set()


@sqlite_only
def test_accents_do_not_matter_on_sqlite(portal):
    assert urls(search("criticita")) == urls(search("criticità")) == {portal.theme.url}


@postgresql_only
def test_the_planner_settings_are_given_back(portal):
    def settings():
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('enable_seqscan'), current_setting('jit')")
            return cursor.fetchone()

    before = settings()
    assert before[0] == "on"
    assert search("cascina").total == 1
    assert search("").total == 5
    assert settings() == before


# Fewer words, corrections, facets


def test_any_word_when_all_find_nothing(portal):
    results = search("agricoltori xyzzy")
    assert urls(results) == {portal.card.url, portal.theme.url}
    assert results.message
    assert search("agricoltori").message == ""
    nothing = search("xyzzy qwertz")
    assert (nothing.total, nothing.message) == (0, "")


def test_a_correction_is_offered_only_when_it_finds_something(portal):
    assert search("agricoltroi").suggestion == "agricoltori"
    assert search("coinvolgere agricoltroi").suggestion == "coinvolgere agricoltori"
    # With a filter that no page about farmers passes, the correction would find nothing.
    assert search("agricoltroi", filters={"type": ["meeting"]}).suggestion == ""


def test_highlight_escapes_and_balances_marks():
    start, stop = database.START, database.STOP
    assert database.highlight(f"a<b {start}x{stop} & y") == "a&lt;b <mark>x</mark> &amp; y"
    # Stray markers (from the page's own text) never leave a tag open or close one twice.
    assert database.highlight(f"{stop}a {start}b {start}c") == "a <mark>b c</mark>"


def make_entries(count, start=0, topics=3):
    """`count` entries about hedges (of documents, to stay clear of the page tree), each with
    a type, a topic out of `topics` and a year."""
    documents = get_document_model().objects.bulk_create(
        get_document_model()(title=f"Siepe {n}", file=f"siepe-{n}.txt")
        for n in range(start, start + count)
    )
    entries = SearchEntry.objects.bulk_create(
        SearchEntry(
            document=document,
            kind="solution",
            locale="it",
            config="italian",
            title=f"Siepi campestri {n}",
            body="Siepi e filari per gli impollinatori.",
            url=f"/siepi/{n}/",
        )
        for n, document in zip(range(start, start + count), documents, strict=True)
    )
    SearchFacet.objects.bulk_create(
        SearchFacet(entry=entry, name=name, value=value, label=label)
        for n, entry in zip(range(start, start + count), entries, strict=True)
        for name, value, label in [
            ("type", "solution", "solution"),
            ("topic", str(n % topics), f"Argomento {n % topics:02d}"),
            ("year", str(2015 + n % 4), str(2015 + n % 4)),
        ]
    )
    return entries


QUERIES = [
    SearchQuery(text="siepi", locale="it"),
    SearchQuery(text="siepi", locale="it", filters={"topic": ["0", "1"], "year": ["2016"]}),
    SearchQuery(text="siepi filari", locale=None, sort="date"),
    SearchQuery(text="", locale="it", filters={"type": ["solution"]}),
]


def count_queries(query):
    with CaptureQueriesContext(connection) as captured:
        results = DatabaseBackend().search(query)
    search_statements = [q for q in captured.captured_queries if "cdp_search_" in q["sql"]]
    return len(captured.captured_queries), len(search_statements), results


@pytest.mark.parametrize("query", QUERIES, ids=["text", "filters", "date", "browse"])
def test_the_number_of_queries_does_not_grow_with_the_index(db, query):
    make_entries(5)
    few = count_queries(query)
    make_entries(45, start=5)
    many = count_queries(query)
    assert many[2].total > few[2].total > 0
    assert many[0] == few[0]
    assert many[1] == few[1] == 3  # Hits with their total, their details, the facets.


def test_facets_show_thirty_values_and_the_selected_ones(db):
    make_entries(35, topics=35)
    results = search("siepi")
    topics = results.facets["topic"]
    assert len(topics) == database.FACET_LIMIT == 30
    assert [value.label for value in topics] == [f"Argomento {n:02d}" for n in range(30)]
    selected = search("siepi", filters={"topic": ["34"]})
    assert selected.total == 1
    labels = [value.label for value in selected.facets["topic"]]
    assert len(labels) == 31
    assert labels[-1] == "Argomento 34"
    assert selected.facets["topic"][-1].selected


def test_years_are_listed_newest_first(db):
    make_entries(8)
    years = [value.value for value in search("siepi").facets["year"]]
    assert years == ["2018", "2017", "2016", "2015"]


def test_filter_values_that_cannot_exist_find_nothing(db):
    make_entries(3)
    assert search("siepi", filters={"topic": ["x" * 65]}).total == 0
    assert search("siepi", filters={"topic": ["0\x00"]}).total == 0
    assert search("siepi", filters={"topic": ["0"]}).total == 1


def test_many_matches_count_facets_by_scanning_their_index(db, monkeypatch):
    make_entries(12, topics=4)
    joined = search("siepi").facets
    monkeypatch.setattr(database, "SCAN_FROM", 10)
    scanned = search("siepi").facets
    assert scanned == joined
    assert [value.count for value in scanned["topic"]] == [3, 3, 3, 3]
