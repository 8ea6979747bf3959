"""What visitors get from the search, whatever the backend: these tests run against
`get_backend()`, so the same file checks the database backend (SQLite or PostgreSQL) and, when
`ELASTICSEARCH_URL` is set, Elasticsearch."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.http import QueryDict
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from cdp_pages.models import SolutionCardPage
from search.backends import get_backend
from search.models import SearchEntry
from search.query import FacetValue, SearchQuery, SearchResults
from tests import factories
from tests.hostile_input import PAYLOADS, URL_PAYLOADS

pytestmark = pytest.mark.django_db


def search(text="", locale="it", **options):
    return get_backend().search(SearchQuery(text=text, locale=locale, **options))


def urls(results):
    return {hit.url for hit in results.hits}


def facet(results, name):
    return {value.value: value for value in results.facets.get(name, [])}


def params(**values):
    query_dict = QueryDict(mutable=True)
    for name, value in values.items():
        query_dict.setlist(name, [value])
    return query_dict


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def assert_safe_snippet(snippet):
    """Escaped text, with no element but <mark>."""
    tags = {tag.name for tag in BeautifulSoup(snippet, "html.parser").find_all(True)}
    assert tags <= {"mark"}, snippet
    assert "<script" not in snippet.lower()


@pytest.fixture
def translation(portal, home_en):
    """The English translation of the portal's solution card, published."""
    page = portal.card.copy_for_translation(home_en.locale, copy_parents=True)
    page.title = "Evening meetings in farmhouses"
    return publish(page)


@pytest.fixture
def hedges(portal):
    """Solution cards about hedgerows with topics and maturities, a lesson about them, and a
    card about something else."""
    rows = factories.TopicFactory(name="Siepi e filari")
    pollinators = factories.TopicFactory(name="Impollinatori")
    Maturity = SolutionCardPage.Maturity
    cards = {}
    for key, title, topics, maturity in [
        ("plain", "Siepi in pianura", [rows], Maturity.TESTED),
        ("bees", "Siepi per gli impollinatori", [rows, pollinators], Maturity.IDEA),
        ("honey", "Siepi e api", [pollinators], Maturity.CONSOLIDATED),
        ("meadow", "Prati fioriti", [pollinators], Maturity.IDEA),
    ]:
        card = factories.SolutionCardPageFactory(
            parent=portal.solutions, title=title, maturity=maturity
        )
        card.topics.add(*topics)
        cards[key] = publish(card)
    lesson = publish(
        factories.LessonLearnedPageFactory(parent=portal.lessons, title="Siepi: cosa abbiamo visto")
    )
    return {"rows": rows, "pollinators": pollinators, "cards": cards, "lesson": lesson}


# Matching


def test_a_word_of_the_title_finds_the_page(portal):
    results = search("plenaria")
    assert urls(results) == {portal.meeting.url}
    assert results.total == 1
    assert results.hits[0].title == "Plenaria di primavera"
    assert results.hits[0].kind == "meeting"


def test_a_word_of_the_body_only_finds_the_page(portal):
    # "serali" is in the card's solution text, in no title.
    results = search("serali")
    assert urls(results) == {portal.card.url}


def test_all_the_words_must_match(portal):
    assert urls(search("agricoltori")) == {portal.card.url, portal.theme.url}
    assert urls(search("agricoltori cascina")) == {portal.card.url}


def test_an_italian_plural_finds_the_singular_and_back(portal):
    # The project and the card say "zone umide"; the visitor types the singular.
    found = urls(search("zona umida"))
    assert portal.project.url in found
    assert portal.card.url in found
    assert portal.meeting.url not in found


def test_a_title_match_ranks_above_a_body_match(portal):
    body = factories.SolutionCardPageFactory(
        parent=portal.solutions,
        title="Strade più sicure",
        solution="<p>Barriere per i rospi lungo le strade provinciali.</p>",
    )
    title = factories.SolutionCardPageFactory(parent=portal.solutions, title="Rospi e strade")
    publish(body)
    publish(title)
    results = search("rospi")
    assert [hit.url for hit in results.hits] == [title.url, body.url]


# Languages


def test_an_english_page_is_not_in_italian_results(portal, translation):
    assert urls(search("farmhouses", "it")) == set()
    assert urls(search("farmhouses", "en")) == {translation.url}
    assert search("farmhouses", "en").hits[0].locale == "en"


def test_all_languages_finds_both_versions(portal, translation):
    # The translation still has the card's Italian text until a translator changes it.
    assert urls(search("serali", "it")) == {portal.card.url}
    assert urls(search("serali", "en")) == {translation.url}
    assert urls(search("serali", None)) == {portal.card.url, translation.url}
    assert search("serali", None).total == 2


def test_a_document_is_found_in_every_language(db):
    document = get_document_model().objects.create(
        title="Protocollo di monitoraggio degli anfibi",
        file=ContentFile(b"protocollo", name="protocollo-anfibi.txt"),
    )
    for locale in ("it", "en", None):
        results = search("protocollo", locale)
        assert urls(results) == {document.url}, locale
        assert results.hits[0].kind == "document"


# Facets


def test_facet_counts_equal_the_pages_that_match(hedges):
    results = search("siepi")
    assert results.total == 4
    live_cards = SolutionCardPage.objects.live().filter(title__icontains="siepi")
    topics = facet(results, "topic")
    for topic in (hedges["rows"], hedges["pollinators"]):
        assert topics[str(topic.pk)].count == live_cards.filter(topics=topic).count()
        assert topics[str(topic.pk)].label == topic.name
        assert not topics[str(topic.pk)].selected
    types = facet(results, "type")
    assert types["solution"].count == live_cards.count() == 3
    assert types["lesson"].count == 1
    assert str(types["solution"].label) == str(SearchEntry.Kind.SOLUTION.label)
    maturities = facet(results, "maturity")
    for maturity in SolutionCardPage.Maturity:
        expected = live_cards.filter(maturity=maturity).count()
        assert (maturities[maturity].count if maturity in maturities else 0) == expected
    assert str(maturities["idea"].label) == str(SolutionCardPage.Maturity.IDEA.label)


def test_a_selected_facet_keeps_the_counts_of_its_other_values(hedges):
    rows, pollinators = hedges["rows"], hedges["pollinators"]
    results = search("siepi", filters={"topic": [str(rows.pk)]})
    live_cards = SolutionCardPage.objects.live().filter(title__icontains="siepi")
    assert results.total == live_cards.filter(topics=rows).count() == 2
    topics = facet(results, "topic")
    assert topics[str(rows.pk)].selected
    assert topics[str(rows.pk)].count == 2
    # Pollinators is not selected, and counts as if the topic filter were not there.
    assert not topics[str(pollinators.pk)].selected
    assert topics[str(pollinators.pk)].count == live_cards.filter(topics=pollinators).count()
    # Other facets count with the topic filter applied: the lesson has no topic.
    assert set(facet(results, "type")) == {"solution"}
    assert facet(results, "type")["solution"].count == 2


def test_values_of_one_facet_are_ored(hedges):
    rows, pollinators = hedges["rows"], hedges["pollinators"]
    results = search("siepi", filters={"topic": [str(rows.pk), str(pollinators.pk)]})
    expected = SolutionCardPage.objects.live().filter(
        title__icontains="siepi", topics__in=[rows, pollinators]
    )
    assert results.total == expected.distinct().count() == 3
    assert urls(results) == {card.url for card in expected.distinct()}
    assert all(value.selected for value in results.facets["topic"])


def test_facets_are_anded(hedges):
    pollinators = hedges["pollinators"]
    results = search("siepi", filters={"topic": [str(pollinators.pk)], "maturity": ["idea"]})
    assert urls(results) == {hedges["cards"]["bees"].url}
    # Each facet counts with the other's filter only.
    maturities = facet(results, "maturity")
    expected = SolutionCardPage.objects.live().filter(title__icontains="siepi", topics=pollinators)
    assert maturities["idea"].count == expected.filter(maturity="idea").count() == 1
    assert maturities["consolidated"].count == expected.filter(maturity="consolidated").count()
    assert maturities["idea"].selected
    assert not maturities["consolidated"].selected
    topics = facet(results, "topic")
    assert topics[str(hedges["rows"].pk)].count == 1  # Siepi per gli impollinatori


def test_browsing_without_text_filters_and_counts(hedges):
    results = search("", filters={"type": ["solution"]})
    expected = SolutionCardPage.objects.live().filter(locale__language_code="it")
    assert results.total == expected.count() == 5
    assert urls(results) == {card.url for card in expected}
    types = facet(results, "type")
    assert types["solution"].count == 5
    assert types["solution"].selected
    assert types["lesson"].count == 2  # The portal's lesson and the one about hedges.


def test_facet_values_are_typed(hedges):
    results = search("siepi")
    for values in results.facets.values():
        for value in values:
            assert isinstance(value, FacetValue)
            assert value.count > 0


def test_an_unknown_filter_value_finds_nothing(hedges):
    results = search("siepi", filters={"topic": ["999999"]})
    assert results.total == 0
    assert results.hits == []


# Order and pages


@pytest.fixture
def assemblies(portal):
    starts = {2021: 3, 2023: 5, 2022: 9}
    meetings = {}
    for year, month in starts.items():
        start = timezone.make_aware(datetime.datetime(year, month, 1, 18))
        meeting = factories.MeetingPageFactory(
            parent=portal.community,
            title=f"Assemblea dei partner {year}",
            start=start,
            end=start + datetime.timedelta(hours=2),
        )
        meetings[year] = publish(meeting)
    return meetings


def test_sort_by_date_puts_the_newest_first(assemblies):
    results = search("assemblea", sort="date")
    assert [hit.url for hit in results.hits] == [
        assemblies[year].url for year in (2023, 2022, 2021)
    ]
    assert [hit.date.year for hit in results.hits] == [2023, 2022, 2021]


def test_browsing_lists_the_newest_first(assemblies, portal):
    results = search("", filters={"type": ["meeting"]})
    dates = [hit.date for hit in results.hits]
    assert dates == sorted(dates, reverse=True)
    assert results.hits[-1].url == assemblies[2021].url
    assert results.total == 4  # The portal's plenary and three assemblies.


def test_pages_of_results_add_up_to_the_total(portal):
    cards = [
        publish(factories.SolutionCardPageFactory(parent=portal.solutions, title=f"Filari {n}"))
        for n in range(7)
    ]
    seen = []
    for page in (1, 2, 3):
        results = search("filari", page=page, per_page=3)
        assert results.total == 7
        assert len(results.hits) == (3 if page < 3 else 1)
        seen += [hit.url for hit in results.hits]
    assert sorted(seen) == sorted(card.url for card in cards)
    past_the_end = search("filari", page=5, per_page=3)
    assert past_the_end.hits == []
    assert past_the_end.total == 7
    assert past_the_end.pages == 3


# Snippets


def test_a_snippet_marks_the_words_and_escapes_the_page_text(portal):
    card = factories.SolutionCardPageFactory(
        parent=portal.solutions,
        title="Attraversamenti",
        solution="<p>&lt;script&gt;window.__xss=1&lt;/script&gt; I rospi attraversano "
        "&lt;b&gt;la strada&lt;/b&gt; di notte.</p>",
    )
    publish(card)
    results = search("rospi")
    assert urls(results) == {card.url}
    snippet = results.hits[0].snippet
    assert "<mark>rospi</mark>" in snippet.lower()
    assert_safe_snippet(snippet)
    assert "<b>" not in snippet
    text = BeautifulSoup(snippet, "html.parser").get_text()
    assert "attraversano" in text


def test_a_hit_without_a_match_in_its_text_shows_its_summary(portal):
    summary = "Una giornata & una sera (5 < 7) ai partner"
    meeting = publish(
        factories.MeetingPageFactory(
            parent=portal.community, title="Convegno finale", listing_summary=summary
        )
    )
    results = search("convegno")
    assert urls(results) == {meeting.url}
    snippet = results.hits[0].snippet
    assert_safe_snippet(snippet)
    assert "&amp; una sera (5 &lt; 7)" in snippet
    assert BeautifulSoup(snippet, "html.parser").get_text() == summary


# The index follows publishing


def test_unpublishing_removes_a_page_and_publishing_brings_it_back(portal):
    assert urls(search("cascina")) == {portal.card.url}
    portal.card.unpublish()
    assert urls(search("cascina")) == set()
    assert search("cascina").total == 0
    publish(portal.card)
    assert urls(search("cascina")) == {portal.card.url}


def test_a_page_in_a_private_section_is_not_found(portal):
    PageViewRestriction.objects.create(page=portal.lessons, restriction_type="login")
    lesson = factories.LessonLearnedPageFactory(
        parent=portal.lessons, title="Lezione riservata sulle risaie"
    )
    publish(lesson)
    public = publish(
        factories.SolutionCardPageFactory(parent=portal.solutions, title="Risaie aperte")
    )
    assert urls(search("risaie")) >= {public.url}
    assert lesson.url not in urls(search("risaie"))
    assert urls(search("riservata")) == set()


# Hostile input

SYNTAX = [
    '"',
    '""',
    '"unterminated',
    "*",
    "cas*",
    "*cas",
    "NEAR(cascina incontri)",
    "NEAR(",
    "cascina AND OR NOT",
    "AND",
    "OR OR OR",
    "NOT cascina",
    "^cascina",
    "title:cascina",
    "{title body}: cascina",
    "body : -cascina",
    "-cascina",
    "+cascina +incontri",
    "cascina~2",
    "cas?ina",
    "(((cascina",
    "cascina)))",
    "[cascina TO incontri]",
    "/cascin.*/",
    "\\",
    "\\\\\\",
    "'; DROP TABLE cdp_search_searchentry; --",
    "' OR '1'='1",
    "1; SELECT * FROM auth_user",
    "%",
    "_%_",
    "$1",
    "%s %(text)s {0}",
    "cascina & incontri | !agricoltori <-> zone",
    "zone:* & !umide",
    "\x00cascina\x00",
    "\x1b[31mrosso\x1b[0m",
    "\u202ecascina\u202c",
    "\u200b\u200d\ufeff",
    "مرحبا بالعالم",
    "שלום עולם",
    "🐸🐸🐸",
    "rana 🐸 cascina",
    "ℌ𝔢𝔩𝔩𝔬 ｃａｓｃｉｎａ",
    "!!!???...",
    "'''",
    "’’’",
    "d'",
    "l'",
    "--",
    "a" * 10_000,
    "cascina " * 2_000,
    " ".join(["x"] * 500),
]
HOSTILE = [payload.text for payload in (*PAYLOADS, *URL_PAYLOADS)] + SYNTAX


def test_hostile_text_never_breaks_the_search(portal):
    """The whole corpus in one test: the portal is built once."""
    backend = get_backend()
    for raw in HOSTILE:
        check_hostile_text(backend, raw)


def check_hostile_text(backend, raw):
    queries = [
        SearchQuery.from_params(params(q=raw), "it"),
        # Backends must hold up even if a caller forgets to clean the text.
        SearchQuery(text=raw.replace("\x00", ""), locale=None),
        SearchQuery.from_params(params(q="cascina", topic=raw, type="solution"), "it"),
        SearchQuery(text="cascina", locale="it", filters={"topic": [raw], "year": [raw]}),
    ]
    for query in queries:
        results = backend.search(query)
        assert isinstance(results, SearchResults)
        assert results.total >= len(results.hits)
        assert len(results.hits) <= query.per_page
        for hit in results.hits:
            assert_safe_snippet(hit.snippet)
    suggestions = backend.suggest(raw.replace("\x00", ""), "it")
    assert isinstance(suggestions, list)
    assert all(set(item) == {"title", "url", "type"} for item in suggestions)


def test_hostile_text_in_a_page_stays_text_in_snippets(portal):
    card = factories.SolutionCardPageFactory(
        parent=portal.solutions,
        title="Pagina ostile",
        solution="".join(
            f"<p>ranocchia {payload.text.replace('<', '&lt;').replace('>', '&gt;')}</p>"
            for payload in PAYLOADS
            if not payload.has_nul and payload.name != "long"
        ),
    )
    publish(card)
    results = search("ranocchia")
    assert urls(results) == {card.url}
    assert_safe_snippet(results.hits[0].snippet)


# Autocomplete and spelling


def test_suggest_completes_the_last_word(portal):
    suggestions = get_backend().suggest("cas", "it")
    assert {"title": "Incontri in cascina", "url": portal.card.url, "type": "solution"} in (
        suggestions
    )
    assert [item["title"] for item in get_backend().suggest("incontri ca", "it")] == [
        "Incontri in cascina"
    ]
    assert get_backend().suggest("zzzz", "it") == []


def test_suggest_keeps_to_the_language(portal, translation):
    assert get_backend().suggest("farmh", "it") == []
    assert [item["url"] for item in get_backend().suggest("farmh", "en")] == [translation.url]
    assert len(get_backend().suggest("farmh", None)) == 1


def test_suggest_respects_the_limit(portal):
    for n in range(5):
        publish(factories.SolutionCardPageFactory(parent=portal.solutions, title=f"Filare {n}"))
    assert len(get_backend().suggest("fil", "it", limit=3)) == 3


def test_a_misspelled_word_gets_a_suggestion(portal):
    results = search("agricoltroi")
    assert results.total == 0
    assert results.suggestion == "agricoltori"
    assert search(results.suggestion).total == 2


def test_no_suggestion_when_nothing_close_exists(portal):
    results = search("qwxzvbnm")
    assert results.total == 0
    assert results.suggestion == ""
