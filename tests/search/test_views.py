"""The search pages: results, facets, pagination, JSON, suggestions, the empty state, the
header search box, and hostile input that must never break a page or reach it unescaped."""

import json
import re
from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Locale

from cdp_pages.models import SolutionCardPage
from search.backends import get_backend
from search.index import FACET_NAMES
from search.models import SearchEntry
from search.query import FACET_TITLES, clean_text
from tests import factories
from tests.hostile_input import INJECTED_SELECTORS, PAYLOADS

pytestmark = pytest.mark.django_db

SEARCH = "/it/search/"
SUGGEST = "/it/search/suggest/"
COUNT = re.compile(r"\((\d+)\)\s*$")


def get(client, path=SEARCH, params=None, status=HTTPStatus.OK):
    response = client.get(path, params or {})
    assert response.status_code == status, response.content[:2000]
    return response


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def hits(page):
    return page.select("ol.search-results > li.search-hit")


def hit_titles(page):
    return [hit.select_one(".search-hit-title a").get_text(strip=True) for hit in hits(page)]


def checkboxes(page, name):
    """{value: (label, count, checked)} of a facet's checkboxes in the aside."""
    found = {}
    for box in page.select(f'aside.search-facets input[type=checkbox][name="{name}"]'):
        label = page.select_one(f'label[for="{box["id"]}"]').get_text(" ", strip=True)
        count = int(COUNT.search(label).group(1))
        found[box["value"]] = (COUNT.sub("", label).strip(), count, box.has_attr("checked"))
    return found


def label_of(choice, language="it"):
    with translation.override(language):
        return str(choice.label)


def label_of_text(text):
    with translation.override("it"):
        return str(translation.gettext(text))


def assert_noindex(response, html=True):
    assert response["X-Robots-Tag"] == "noindex"
    if html:
        robots = soup(response).find("meta", attrs={"name": "robots"})
        assert robots is not None
        assert robots["content"] == "noindex"


@pytest.fixture
def cards(portal):
    """25 solution cards about hedges (the portal's own pages say nothing about hedges),
    published so that the index has them (factories make live pages without publishing)."""
    cards = []
    for number in range(25):
        card = factories.SolutionCardPageFactory(
            parent=portal.solutions,
            title=f"Siepe campestre {number}",
            challenge="<p>Le siepi scompaiono dai campi.</p>",
            solution="<p>Piantare una siepe con le scuole.</p>",
        )
        card.save_revision().publish()
        cards.append(card)
    assert SearchEntry.objects.filter(title__startswith="Siepe campestre").count() == 25
    return cards


# Results -------------------------------------------------------------------------------


def test_the_entries_exist_for_the_portal(portal):
    assert SearchEntry.objects.filter(page=portal.card).exists()


def test_results_list_the_matching_pages(client, portal):
    response = get(client, params={"q": "cascina"})
    assert_noindex(response)
    page = soup(response)
    assert page.title.get_text().startswith("cascina · ")
    assert page.select_one("#search-q")["value"] == "cascina"
    [card] = [hit for hit in hits(page) if "Incontri in cascina" in hit.get_text()]
    link = card.select_one(".search-hit-title a")
    assert link["href"] == portal.card.url
    assert not link.has_attr("lang")  # Same language as the page: no badge, no lang.
    assert card.select_one(".search-kind").get_text(strip=True) == label_of(
        SearchEntry.Kind.SOLUTION
    )
    assert not card.select(".badge-language")
    assert (
        card.select_one("time")["datetime"]
        == SearchEntry.objects.get(page=portal.card).date.isoformat()
    )
    # The snippet is HTML: the matched word marked, nothing escaped twice.
    snippet = card.select_one(".search-snippet")
    assert snippet is not None
    assert "cascina" in " ".join(mark.get_text().lower() for mark in snippet.select("mark"))
    assert "&lt;mark" not in str(snippet)
    heading = page.select_one("#results-title").get_text(" ", strip=True)
    assert heading.startswith(f"{len(hits(page))} ")
    assert "cascina" in heading


def test_facets_are_checkboxes_with_the_counts_of_the_results(client, portal):
    page = soup(get(client, params={"q": "agricoltori"}))
    data = get(client, params={"q": "agricoltori", "format": "json"}).json()
    legends = [legend.get_text(strip=True) for legend in page.select("aside fieldset legend")]
    with translation.override("it"):
        titles = [str(FACET_TITLES[name]) for name in FACET_NAMES if data["facets"].get(name)]
    assert legends == titles
    for name, values in data["facets"].items():
        boxes = checkboxes(page, name)
        assert {value: count for value, (_, count, _) in boxes.items()} == {
            value["value"]: value["count"] for value in values
        }
        assert not any(checked for *_, checked in boxes.values())
    # A theme and a solution card speak of farmers.
    assert checkboxes(page, "type") == {
        "theme": (label_of(SearchEntry.Kind.THEME), 1, False),
        "solution": (label_of(SearchEntry.Kind.SOLUTION), 1, False),
    }
    communities = checkboxes(page, "community")
    community = portal.community
    assert communities[str(community.pk)] == (f"{community.title} ({community.edition})", 2, False)
    topics = checkboxes(page, "topic")
    assert topics[str(portal.habitat.pk)][0] == portal.habitat.name
    maturities = checkboxes(page, "maturity")
    assert maturities[portal.card.maturity][0] == label_of(
        SolutionCardPage.Maturity(portal.card.maturity)
    )
    form = page.select_one("aside.search-facets form")
    assert form["method"] == "get"
    assert form.select_one("input[type=hidden][name=q]")["value"] == "agricoltori"
    assert form.select_one("button[type=submit]") is not None
    assert not form.find("a", string=re.compile("."))  # No filter yet: nothing to clear.


def test_a_selected_facet_filters_and_stays_checked(client, portal):
    # A theme and a lesson speak of involving people: keep the lesson.
    everything = soup(get(client, params={"q": "coinvolgere"}))
    assert len(hits(everything)) == 2
    filtered = soup(get(client, params={"q": "coinvolgere", "type": "lesson", "sort": "date"}))
    assert hit_titles(filtered) == [portal.lesson.title]
    assert filtered.select_one(".search-kind").get_text(strip=True) == label_of(
        SearchEntry.Kind.LESSON
    )
    # The other type keeps its count, unticked, so that it can be added.
    types = checkboxes(filtered, "type")
    assert types["lesson"][1:] == (1, True)
    assert types["theme"][1:] == (1, False)
    assert filtered.select_one("#results-title").get_text(strip=True).startswith("1 ")
    # The search form keeps the filter; the filter form keeps the text and the sort.
    search_form = filtered.select_one("form.search-form")
    assert search_form.select_one("input[type=hidden][name=type]")["value"] == "lesson"
    assert search_form.select_one("#search-sort option[selected]")["value"] == "date"
    facets = filtered.select_one("aside.search-facets form")
    assert facets.select_one("input[type=hidden][name=sort]")["value"] == "date"
    clear = facets.find("a", href=True)
    assert clear["href"] == f"{SEARCH}?q=coinvolgere&sort=date"


def test_a_selected_value_without_results_can_be_unticked(client, portal):
    page = soup(get(client, params={"q": "cascina", "topic": "999999"}))
    assert checkboxes(page, "topic")["999999"] == ("999999", 0, True)
    assert not hits(page)


def test_pagination_keeps_every_parameter(client, cards):
    params = {"q": "siepe", "type": "solution", "sort": "date", "lang": "all"}
    page = soup(get(client, params=params))
    assert len(hits(page)) == 20
    assert page.select_one("#results-title").get_text(" ", strip=True).startswith("25 ")
    nav = page.select_one("nav.pagination")
    next_link = nav.find("a", rel="next")
    assert next_link["href"] == "?q=siepe&type=solution&sort=date&lang=all&page=2"
    second = soup(get(client, params={**params, "page": "2"}))
    assert len(hits(second)) == 5
    assert second.select_one("nav.pagination a[rel=prev]")["href"].endswith("&page=1")
    assert set(hit_titles(page)).isdisjoint(hit_titles(second))


@pytest.mark.parametrize("number", ["abc", "-1", "0", "999999", "1e3", "", "1.5"])
def test_any_page_number_shows_a_page(client, cards, number):
    page = soup(get(client, params={"q": "siepe", "page": number}))
    assert hits(page)
    current = page.select_one("nav.pagination [aria-current=page]").get_text(" ", strip=True)
    assert current.endswith("2" if number == "999999" else "1")


def test_sort_by_date_puts_the_newest_first(client, portal):
    SearchEntry.objects.filter(page=portal.lesson).update(date="2001-01-01")
    SearchEntry.objects.filter(page=portal.card).update(date="2030-01-01")
    page = soup(get(client, params={"q": "cascina", "sort": "date", "lang": "all"}))
    dates = [hit.select_one("time")["datetime"] for hit in hits(page) if hit.select_one("time")]
    assert dates == sorted(dates, reverse=True)
    assert page.select_one("#search-lang").has_attr("checked")


def test_other_languages_only_when_asked_and_marked(client, portal, home_en):
    english = portal.card.copy_for_translation(home_en.locale, copy_parents=True)
    english.title = "Meetings in the cascina"
    english.save_revision().publish()
    assert SearchEntry.objects.get(page=english).locale == "en"
    only_italian = soup(get(client, params={"q": "cascina"}))
    assert "Meetings in the cascina" not in hit_titles(only_italian)
    both = soup(get(client, params={"q": "cascina", "lang": "all"}))
    [hit] = [hit for hit in hits(both) if "Meetings in the cascina" in hit.get_text()]
    link = hit.select_one(".search-hit-title a")
    assert link["href"] == english.url
    assert link["lang"] == "en"
    with translation.override("it"):
        english_name = str(dict(settings.LANGUAGES)["en"])
    assert hit.select_one(".badge-language").get_text(" ", strip=True).endswith(english_name)
    assert hit.select_one(".search-snippet")["lang"] == "en"


def test_the_english_page_searches_in_english(client, portal):
    page = soup(get(client, "/en/search/", {"q": "cascina"}))
    assert page.html["lang"] == "en"
    assert hits(page) == []
    assert page.select_one("form.search-form")["action"] == "/en/search/"


def test_the_start_page_offers_the_facets(client, portal):
    response = get(client)
    assert_noindex(response)
    page = soup(response)
    assert page.title.get_text().startswith(label_of_text("Search"))
    assert not hits(page)
    assert page.select_one("#results-title") is None
    types = checkboxes(page, "type")
    assert types["solution"][1] == SearchEntry.objects.filter(kind="solution", locale="it").count()
    browse = {a.get_text(strip=True): a["href"] for a in page.select(".search-browse a")}
    assert browse[label_of(SearchEntry.Kind.SOLUTION)] == f"{SEARCH}?type=solution"


# JSON ----------------------------------------------------------------------------------


def test_json_results_have_the_public_shape(client, portal):
    response = get(client, params={"q": "cascina", "format": "json"})
    assert response["Content-Type"] == "application/json"
    assert_noindex(response, html=False)
    data = response.json()
    assert set(data) == {"query", "total", "results", "facets"}
    assert data["query"] == "cascina"
    assert data["total"] == len(data["results"]) > 0
    for result in data["results"]:
        assert set(result) == {"title", "url", "type", "snippet", "locale"}
        assert result["locale"] == "it"
    [card] = [result for result in data["results"] if result["url"] == portal.card.url]
    assert card["title"] == "Incontri in cascina"
    assert card["type"] == "solution"
    assert "<mark>" in card["snippet"]
    for values in data["facets"].values():
        for value in values:
            assert set(value) == {"value", "label", "count"}
            assert isinstance(value["count"], int)
    topics = {value["value"]: value for value in data["facets"]["topic"]}
    assert topics[str(portal.habitat.pk)]["label"] == portal.habitat.name
    assert topics[str(portal.habitat.pk)]["count"] >= 1


def test_json_follows_filters_and_pages(client, cards):
    data = get(client, params={"q": "siepe", "page": "2", "format": "json"}).json()
    assert data["total"] == 25
    assert len(data["results"]) == 5


# Suggestions ---------------------------------------------------------------------------


def test_suggestions_complete_titles(client, portal):
    response = get(client, SUGGEST, {"q": "Incont"})
    assert response["Content-Type"] == "application/json"
    assert_noindex(response, html=False)
    suggestions = response.json()
    assert isinstance(suggestions, list)
    assert 0 < len(suggestions) <= 8
    assert all(set(item) == {"title", "url", "type"} for item in suggestions)
    assert {"title": "Incontri in cascina", "url": portal.card.url, "type": "solution"} in (
        suggestions
    )


def test_suggestions_are_at_most_eight(client, cards):
    assert len(get(client, SUGGEST, {"q": "siep"}).json()) == 8


@pytest.mark.parametrize("text", ["", "a", " a ", "\x00", "\x00a\x01"])
def test_no_suggestion_for_less_than_two_characters(client, portal, text):
    assert get(client, SUGGEST, {"q": text}).json() == []


# Empty state and unavailability --------------------------------------------------------


def test_nothing_found_offers_the_suggestion_with_the_filters_kept(client, portal):
    response = get(client, params={"q": "cascna", "type": "solution", "lang": "all"})
    assert_noindex(response)
    page = soup(response)
    assert not hits(page)
    link = page.select_one(".search-suggestion a")
    assert link.get_text() == "cascina"
    assert link["href"] == f"{SEARCH}?q=cascina&lang=all&type=solution"
    assert page.select_one(".search-topics") is None


def test_nothing_found_without_suggestion_offers_close_topics(client, portal):
    english = Locale.objects.get(language_code="en")
    factories.TopicFactory(name="Xerofile costiere", locale=english)
    dry = factories.TopicFactory(name="Prati aridi")
    close = factories.TopicFactory(name="Praterie xerofile")
    page = soup(get(client, params={"q": "xerofile ululanti"}))
    assert not hits(page)
    assert page.select_one(".search-suggestion") is None
    topics = {a.get_text(): a["href"] for a in page.select(".search-topics a")}
    assert topics == {close.name: f"{SEARCH}?topic={close.pk}"}
    assert dry.name not in topics


def test_a_note_when_only_some_words_are_found(client, portal):
    page = soup(get(client, params={"q": "rane risaie xqzwv"}))
    assert hit_titles(page) == [portal.project.title]
    assert page.select_one(".search-message[role=status]").get_text(strip=True)


def test_a_misspelt_word_gets_a_correction(client, portal):
    page = soup(get(client, params={"q": "cascna"}))
    assert not hits(page)
    link = page.select_one(".search-suggestion a")
    assert link.get_text() == "cascina"
    assert hit_titles(soup(client.get(link["href"]))) == ["Incontri in cascina"]


def test_nothing_found_for_real(client, portal):
    page = soup(get(client, params={"q": "xqzwv"}))
    assert not hits(page)
    assert page.select_one(".search-empty") is not None
    assert page.select_one("#results-title").get_text(strip=True).startswith("0 ")


@pytest.fixture
def unreachable_elasticsearch(settings):
    """The Elasticsearch backend, configured for a server that does not answer."""
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    get_backend.cache_clear()
    yield
    get_backend.cache_clear()


def test_an_unavailable_search_says_so(client, unreachable_elasticsearch):
    response = get(client, params={"q": "rane"}, status=HTTPStatus.SERVICE_UNAVAILABLE)
    assert_noindex(response)
    page = soup(response)
    assert page.select_one(".search-unavailable[role=alert]") is not None
    assert page.select_one("#search-q")["value"] == "rane"
    assert "127.0.0.1" not in response.content.decode()
    data = get(
        client, params={"q": "rane", "format": "json"}, status=HTTPStatus.SERVICE_UNAVAILABLE
    ).json()
    assert data["results"] == []
    assert data["error"]
    assert get(client, SUGGEST, {"q": "rane"}, status=HTTPStatus.SERVICE_UNAVAILABLE).json() == []


# The search box in the header ----------------------------------------------------------


@pytest.mark.parametrize("language", ["it", "en"])
def test_every_page_has_the_search_box(client, portal, language):
    url = portal.card.url if language == "it" else "/en/"
    page = soup(get(client, url))
    form = page.select_one("header.site-header form[role=search]")
    assert form["action"] == f"/{language}/search/"
    assert form.get("method", "get") == "get"
    field = form.select_one("input[name=q]")
    assert field["type"] == "search"
    assert form.select_one(f'label[for="{field["id"]}"]').get_text(strip=True)
    assert form.select_one("button[type=submit]").get_text(strip=True)


def test_the_two_search_forms_have_distinct_names(client, portal):
    page = soup(get(client, params={"q": "rane"}))
    header = page.select_one("header form[role=search]")
    main = page.select_one("main form[role=search]")
    assert header["aria-label"]
    assert page.find(id=main["aria-labelledby"]).get_text(strip=True) != header["aria-label"]
    assert len({element["id"] for element in page.select("[id]")}) == len(page.select("[id]"))


# Hostile input -------------------------------------------------------------------------

SYNTAX = [
    # SQL
    "' OR 1=1 --",
    '"; DROP TABLE cdp_search_searchentry; --',
    "1' UNION SELECT password FROM auth_user --",
    "%' AND 1=0 --",
    # SQLite FTS5
    'title:cascina OR body:"rane',
    "NEAR(rane risaie, 2)",
    "{title body}: rane",
    "rane* AND -risaie NOT ^cascina",
    '"unterminated',
    "( ) ( ( AND OR NOT",
    "*",
    "- + ^ : \" ' ( ) { } *",
    # PostgreSQL tsquery
    "rane & !risaie | cascina:* <-> zone <2> umide",
    "!!&&||::",
    # Elasticsearch query string and Lucene
    "title:(rane OR risaie)~2 AND /ca.*na/ AND body:[* TO *]",
    'rane^10 "zone umide"~3 cascin? \\ / && || !',
    '{"query": {"match_all": {}}}',
    "_all:* OR _id:1 OR _source:true",
    # Encodings, controls and lengths
    "\x00",
    "rane\x00risaie",
    "\x01\x02\x1b[31mrosso\x7f\u200b\u202e\ufeff",
    "\ud7ff\ue000\U0001f438 🐸 rane",
    "a" * 10_000,
    "rane " * 2_000,
    "ranocchia-" * 1_000,
]

HOSTILE = [payload.text for payload in PAYLOADS] + SYNTAX


def assert_escaped(response, text):
    html = response.content.decode()
    if any(char in text for char in "<>\"'"):
        assert text not in html
    page = soup(response)
    for selector in INJECTED_SELECTORS:
        assert not page.select(selector), selector
    shown = clean_text(text)
    if shown:
        assert escape(shown) in html or escape(shown).replace("&#x27;", "'") in html


def test_hostile_queries_are_answered_and_escaped(client, portal):
    """The whole corpus in one test: the portal is built once."""
    for text in HOSTILE:
        check_hostile_query(client, text)


def check_hostile_query(client, text):
    response = get(client, params={"q": text})
    assert_escaped(response, text)
    assert soup(response).select_one("#search-q")["value"] == clean_text(text)
    data = get(client, params={"q": text, "format": "json"}).json()
    assert data["query"] == clean_text(text)
    assert isinstance(get(client, SUGGEST, {"q": text}).json(), list)


def test_hostile_filters_are_answered_and_escaped(client, portal):
    for text in HOSTILE[::3]:
        check_hostile_filters(client, text)


def check_hostile_filters(client, text):
    params = dict.fromkeys(("type", "community", "theme", "topic", "year"), text)
    response = get(client, params={"q": "rane", **params, "sort": text, "lang": text})
    page = soup(response)
    for selector in INJECTED_SELECTORS:
        assert not page.select(selector), selector
    if any(char in text for char in "<>\"'"):
        assert text not in response.content.decode()
    get(client, params={**params, "format": "json"})


def test_unknown_parameters_and_repetitions(client, portal):
    # A repeated single parameter counts by its last value, as QueryDict.get gives it.
    response = client.get(
        SEARCH
        + "?q=cascina&q=%3Cscript%3E&sort=date&sort=x&lang=it&lang=all&page=1&page=2"
        + "&type=solution&type=solution&type=%3Cb%3E&colour=%3Cscript%3Ealert(1)%3C/script%3E"
        + "&format=json&format=xml&"
        + "&".join(f"topic={n}" for n in range(100))
    )
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    page = soup(response)
    assert page.select_one("#search-q")["value"] == "<script>"
    assert 'value="&lt;script&gt;"' in html
    assert not page.select("main script")
    assert "<script>alert(1)" not in html
    assert "<b>" not in html
    assert page.select_one("#search-sort option[selected]")["value"] == "relevance"
    assert page.select_one("#search-lang").has_attr("checked")
    types = checkboxes(page, "type")
    assert types["solution"][2]
    assert types["<b>"] == ("<b>", 0, True)
    assert len(page.select("aside input[name=topic][checked]")) == 20


def test_other_methods_are_refused(client):
    assert client.post(SEARCH, {"q": "rane"}).status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert client.head(SEARCH, {"q": "rane"}).status_code == HTTPStatus.OK


def test_the_json_of_hostile_input_is_json(client, portal):
    response = get(client, params={"q": "</script><script>alert(1)</script>", "format": "json"})
    assert json.loads(response.content)["query"] == "</script><script>alert(1)</script>"


# Query budget --------------------------------------------------------------------------


def search_queries(client, params, django_assert_max_num_queries):
    client.get(SEARCH, params)  # Warm up the caches (site root paths, content types).
    with django_assert_max_num_queries(15) as context:
        response = client.get(SEARCH, params)
    assert response.status_code == HTTPStatus.OK
    return len(context.captured_queries)


@pytest.mark.parametrize(
    "params",
    [{"q": "siepe"}, {"q": "siepe", "type": "solution", "sort": "date"}, {}],
    ids=["text", "filtered", "browse"],
)
def test_the_search_page_needs_as_many_queries_for_25_hits_as_for_2(
    client, portal, params, django_assert_max_num_queries
):
    for number in range(2):
        factories.SolutionCardPageFactory(
            parent=portal.solutions, title=f"Siepe {number}"
        ).save_revision().publish()
    few = search_queries(client, params, django_assert_max_num_queries)
    for number in range(23):
        factories.SolutionCardPageFactory(
            parent=portal.solutions, title=f"Siepe alta {number}"
        ).save_revision().publish()
    page = soup(client.get(SEARCH, params))
    if params:  # Without a query or a filter, the start page lists no hits.
        assert len(hits(page)) == 20
    assert search_queries(client, params, django_assert_max_num_queries) == few
