"""What visitors see of the multilingual portal: the language switcher and the "not
available" page, hreflang alternates, alias pages, dates and numbers in the page's language,
and search, comments and feeds kept to their language."""

import datetime
import json
import re
import zoneinfo
from decimal import Decimal
from http import HTTPStatus
from types import SimpleNamespace
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db

ROME = zoneinfo.ZoneInfo("Europe/Rome")


def soup(response, status=HTTPStatus.OK):
    assert response.status_code == status, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def switcher(doc):
    """The links of the language switcher, by language."""
    return {a["hreflang"]: a["href"] for a in doc.select("nav.language-switcher a")}


def alternates(doc):
    return {link["hreflang"]: link["href"] for link in doc.select("link[rel=alternate][hreflang]")}


def canonical(doc):
    [link] = doc.select("link[rel=canonical]")
    return link["href"]


def text(element):
    return " ".join(element.get_text(" ").split())


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def bilingual(portal, translate, english):
    """The `portal` with known dates and amounts, translated into English (every page of the
    home's subtree, published). `en(page)` is the English version of an Italian page."""
    project = portal.project
    project.start_date = datetime.date(2025, 3, 12)
    project.budget = Decimal("1234567")
    project.save_revision().publish()
    meeting = portal.meeting
    meeting.start = datetime.datetime(2025, 3, 12, 10, 0, tzinfo=ROME)
    meeting.end = datetime.datetime(2025, 3, 12, 13, 0, tzinfo=ROME)
    meeting.time_zone = "Europe/Rome"
    meeting.save_revision().publish()
    translate(portal.home, subtree=True)
    portal.en = lambda page: page.get_translation(english).specific
    return portal


# The language switcher ----------------------------------------------------------------------


def test_switcher_leads_to_the_counterpart_and_back(client, bilingual):
    for name in ("home", "community", "project", "meeting", "card", "lesson"):
        italian = getattr(bilingual, name)
        english = bilingual.en(italian)
        assert english.url.startswith("/en/")

        doc = soup(client.get(italian.url))
        assert switcher(doc) == {"en": english.url}, name
        doc = soup(client.get(english.url))
        assert switcher(doc) == {"it": italian.url}, name
        assert doc.html["lang"] == "en"
        assert "(EN)" in text(doc.h1)


def test_switcher_of_an_untranslated_page_leads_to_the_not_available_page(client, portal):
    card = portal.card
    doc = soup(client.get(card.url))
    assert switcher(doc) == {"en": f"/en/not-translated/{card.pk}/"}

    doc = soup(client.get(switcher(doc)["en"]), HTTPStatus.NOT_FOUND)
    assert doc.html["lang"] == "en"
    assert text(doc.h1) == "This page is not available in English yet"
    main = doc.find("main")
    original = main.find("a", href=card.url)
    assert original["hreflang"] == "it"
    assert original["lang"] == "it"
    assert text(original) == card.title
    assert main.find("a", href="/en/").get_text(strip=True) == "Go to the home page"
    assert main.find("a", href="/en/search/").get_text(strip=True) == "Search the portal"
    assert doc.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    # A 404 is no page of its own for search engines: no canonical URL, no alternates.
    assert not doc.select("link[rel=canonical]")
    assert not alternates(doc)
    # Its switcher leads back to the Italian original (through the same view in Italian).
    back = client.get(switcher(doc)["it"])
    assert back.status_code == HTTPStatus.FOUND
    assert back["Location"] == card.url


def test_not_available_page_in_the_source_language(client, home_en):
    only_english = factories.SolutionIndexPageFactory(
        parent=home_en, title="Solutions in English only", slug="solutions-only"
    )
    doc = soup(client.get(only_english.url))
    assert switcher(doc) == {"it": f"/it/not-translated/{only_english.pk}/"}

    doc = soup(client.get(f"/it/not-translated/{only_english.pk}/"), HTTPStatus.NOT_FOUND)
    assert doc.html["lang"] == "it"
    original = doc.find("main").find("a", href=only_english.url)
    assert (original["hreflang"], original["lang"]) == ("en", "en")
    assert text(original) == "Solutions in English only"
    assert doc.find("main").find("a", href="/it/search/")


def test_a_draft_translation_is_not_a_counterpart(client, portal, translate):
    draft = translate(portal.card, publish=False)
    assert not draft.live
    doc = soup(client.get(portal.card.url))
    assert switcher(doc) == {"en": f"/en/not-translated/{portal.card.pk}/"}
    assert set(alternates(doc)) == {"it", "x-default"}
    doc = soup(client.get(f"/en/not-translated/{portal.card.pk}/"), HTTPStatus.NOT_FOUND)
    assert text(doc.h1) == "This page is not available in English yet"


def test_not_available_page_redirects_once_the_page_exists(client, bilingual):
    card = bilingual.card
    response = client.get(f"/en/not-translated/{card.pk}/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == bilingual.en(card).url
    response = client.get(f"/it/not-translated/{card.pk}/")
    assert response["Location"] == card.url


def test_unknown_unpublished_or_private_pages_get_the_normal_404(client, portal):
    private = factories.LessonLearnedPageFactory(parent=portal.lessons, title="Riservata")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="segreta"
    )
    portal.card.unpublish()
    for path in (
        "/en/not-translated/999999/",
        f"/en/not-translated/{portal.card.pk}/",
        f"/en/not-translated/{private.pk}/",
        "/en/not-translated/1/",  # Wagtail's root, no page of the site
        "/en/not-translated/" + "9" * 30 + "/",
        "/en/not-translated/abc/",
    ):
        doc = soup(client.get(path), HTTPStatus.NOT_FOUND)
        assert text(doc.h1) == "Page not found", path
        assert "Riservata" not in doc.get_text()


def test_not_available_page_refuses_to_be_posted_to(client, portal):
    response = client.post(f"/en/not-translated/{portal.card.pk}/")
    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_views_that_are_not_pages_switch_to_the_same_view(client, bilingual):
    doc = soup(client.get("/it/search/?q=rane"))
    assert switcher(doc) == {"en": "/en/search/?q=rane"}
    doc = soup(client.get("/en/no-such-page/"), HTTPStatus.NOT_FOUND)
    assert switcher(doc) == {"it": "/it/"}


# hreflang alternates and canonical URLs -------------------------------------------------------


def test_alternates_list_the_live_versions_and_x_default(client, bilingual):
    card, english = bilingual.card, bilingual.en(bilingual.card)
    expected = {
        "it": card.get_full_url(),
        "en": english.get_full_url(),
        "x-default": card.get_full_url(),
    }
    assert expected["en"].startswith("http://localhost/en/")
    italian_doc = soup(client.get(card.url))
    english_doc = soup(client.get(english.url))
    assert alternates(italian_doc) == expected
    assert alternates(english_doc) == expected
    assert canonical(italian_doc) == card.get_full_url()
    assert canonical(english_doc) == english.get_full_url()
    assert english_doc.find("meta", property="og:locale")["content"] == "en"


def test_an_untranslated_page_has_no_alternate_standing_in_for_it(client, portal, home_en):
    doc = soup(client.get(portal.lesson.url))
    full_url = portal.lesson.get_full_url()
    assert alternates(doc) == {"it": full_url, "x-default": full_url}
    assert home_en.get_full_url() not in alternates(doc).values()


# Alias pages: another language's content served under this language -----------------------


@pytest.fixture
def alias(portal, translate, english):
    """Translating the card alone makes an English alias of the Italian solution index."""
    card = translate(portal.card)
    index = card.get_parent().specific
    assert index.alias_of_id == portal.solutions.pk
    assert index.live
    return SimpleNamespace(index=index, card=card)


def test_an_alias_says_its_content_is_in_another_language(client, portal, alias):
    doc = soup(client.get(alias.index.url))
    assert doc.html["lang"] == "en"
    main = doc.find("main")
    notice = main.find(class_="language-notice")
    assert text(notice) == (
        "This page has not been translated into English yet: you are reading the Italian original."
    )
    # The notice comes first, and the content after it is marked as Italian.
    assert main.find(["p", "h1", "nav"]) is notice
    content = main.find("div", lang=True)
    assert content["lang"] == "it"
    assert text(content.h1) == "Soluzioni"
    assert notice not in content.descendants


def test_an_alias_does_not_claim_to_be_english(client, portal, alias):
    doc = soup(client.get(alias.index.url))
    original = portal.solutions.get_full_url()
    assert canonical(doc) == original
    assert doc.find("meta", property="og:url")["content"] == original
    assert doc.find("meta", property="og:locale")["content"] == "it"
    assert alternates(doc) == {"it": original, "x-default": original}
    data = json.loads(doc.find("script", type="application/ld+json").string)
    assert (data["url"], data["inLanguage"]) == (original, "it")
    # Its switcher leads to the original.
    assert switcher(doc) == {"it": portal.solutions.url}


def test_the_original_of_an_alias_lists_no_english_alternate(client, portal, alias):
    doc = soup(client.get(portal.solutions.url))
    full_url = portal.solutions.get_full_url()
    assert alternates(doc) == {"it": full_url, "x-default": full_url}
    assert not doc.find(class_="language-notice")
    # The switcher leads to the English alias, which says what it is.
    assert switcher(doc) == {"en": alias.index.url}


def test_a_real_translation_has_no_notice(client, alias):
    doc = soup(client.get(alias.card.url))
    assert not doc.find(class_="language-notice")
    assert not doc.find("main").find("div", lang=True)


# Dates and numbers ----------------------------------------------------------------------------


def test_project_dates_and_amounts_follow_the_language(client, bilingual):
    italian = text(soup(client.get(bilingual.project.url)).find("main"))
    english = text(soup(client.get(bilingual.en(bilingual.project).url)).find("main"))
    # Django's Italian month names are capitalised unless the catalogue says otherwise.
    assert re.search(r"\b12 marzo 2025\b", italian, re.IGNORECASE)
    assert "1.234.567 €" in italian
    assert "March 12, 2025" in english
    assert "1,234,567 €" in english
    assert "1.234.567" not in english


def test_meeting_dates_follow_the_language(client, bilingual):
    italian = text(soup(client.get(bilingual.meeting.url)).find("main"))
    english = text(soup(client.get(bilingual.en(bilingual.meeting).url)).find("main"))
    assert re.search(r"\bmercoledì 12 marzo 2025, 10:00\b", italian, re.IGNORECASE)
    assert "March 12, 2025, 10 a.m." in english


def test_comment_dates_follow_the_language(client, bilingual):
    moment = datetime.datetime(2025, 3, 12, 18, 5, tzinfo=ROME)
    for page in (bilingual.card, bilingual.en(bilingual.card)):
        factories.CommentFactory(page=page, submit_date=moment)
    italian = soup(client.get(bilingual.card.url)).select_one(".comment-thread time")
    english = soup(client.get(bilingual.en(bilingual.card).url)).select_one(".comment-thread time")
    assert re.fullmatch(r"mercoledì 12 marzo 2025, 18:05", text(italian), re.IGNORECASE)
    assert text(english) == "March 12, 2025, 6:05 p.m."


def test_search_result_dates_follow_the_language(client, bilingual):
    italian = soup(client.get("/it/search/?q=plenaria")).select_one(".search-hit time")
    english = soup(client.get("/en/search/?q=plenaria")).select_one(".search-hit time")
    assert re.fullmatch(r"12 marzo 2025", text(italian), re.IGNORECASE)
    assert text(english) == "March 12, 2025"


# Search, comments and feeds keep to their language --------------------------------------------


def hit_links(response):
    return [a["href"] for a in soup(response).select(".search-hit-title a")]


def test_english_search_finds_english_pages_only(client, bilingual):
    links = hit_links(client.get("/en/search/?q=cascina"))
    assert links == [bilingual.en(bilingual.card).url]
    assert hit_links(client.get("/it/search/?q=cascina")) == [bilingual.card.url]
    for query in ("rane", "plenaria", "agricoltori"):
        english, italian = (
            hit_links(client.get(f"/{code}/search/?q={query}")) for code in ["en", "it"]
        )
        assert english, query
        assert all(link.startswith("/en/") for link in english), english
        assert len(italian) == len(english)
        assert all(link.startswith("/it/") for link in italian), italian
    # Every language on request.
    both = hit_links(client.get("/en/search/?q=cascina&lang=all"))
    assert sorted(both) == sorted([bilingual.card.url, bilingual.en(bilingual.card).url])
    data = client.get("/en/search/?q=cascina&format=json").json()
    assert [result["locale"] for result in data["results"]] == ["en"]


def test_comments_stay_with_the_page_of_their_language(client, bilingual, editor):
    english = bilingual.en(bilingual.card)
    client.force_login(editor)
    doc = soup(client.get(english.url))
    form = doc.select_one("form.comment-form")
    data = {
        field["name"]: field.get("value", "")
        for field in form.select("input")
        if field.get("name") and field.get("type") != "checkbox"
    }
    data["comment"] = "Tried it in Lodi: it works."
    response = client.post(form["action"], data)
    assert response.status_code == HTTPStatus.FOUND

    english_doc = soup(client.get(english.url))
    assert "Tried it in Lodi: it works." in text(english_doc.select_one(".comment-thread"))
    italian_doc = soup(client.get(bilingual.card.url))
    discussion = italian_doc.find(id="discussion")
    assert "Tried it in Lodi" not in text(discussion)
    assert not discussion.select(".comment-thread")
    [elsewhere] = discussion.select(".discussion-elsewhere a")
    assert elsewhere["href"] == f"{english.url}#discussion"
    assert text(elsewhere) == "1 comment"


ATOM = "{http://www.w3.org/2005/Atom}"


def feed_links(response):
    """The item links of an RSS feed, or the entry links of an Atom feed."""
    assert response.status_code == HTTPStatus.OK
    root = ElementTree.fromstring(response.content)
    if root.tag == f"{ATOM}feed":
        return [entry.find(f"{ATOM}link").get("href") for entry in root.iter(f"{ATOM}entry")]
    return [item.findtext("link") for item in root.iter("item")]


def test_english_feeds_list_english_pages_only(client, bilingual, english):
    # An Italian card not translated, and another one shown in English through an alias.
    only_italian = factories.SolutionCardPageFactory(
        parent=bilingual.solutions, title="Solo in italiano"
    )
    only_italian.save_revision().publish()
    aliased = factories.SolutionCardPageFactory(parent=bilingual.solutions, title="Via alias")
    aliased.projects.add(bilingual.project)
    aliased.save_revision().publish()
    alias = aliased.copy_for_translation(english, copy_parents=True, alias=True)
    assert alias.live
    assert alias.url.startswith("/en/")

    expected = {
        bilingual.en(bilingual.card).get_full_url(),
        bilingual.en(bilingual.lesson).get_full_url(),
    }
    assert set(feed_links(client.get("/en/feeds/latest/"))) == expected
    assert set(feed_links(client.get("/en/feeds/latest/atom/"))) == expected
    community = bilingual.en(bilingual.community)
    assert set(feed_links(client.get(community.url + "feed/"))) == expected
    italian = set(feed_links(client.get("/it/feeds/latest/")))
    assert bilingual.card.get_full_url() in italian
    assert all(link.startswith("http://localhost/it/") for link in italian)


# Query budget ---------------------------------------------------------------------------------


def count_queries(client, url):
    assert client.get(url).status_code == HTTPStatus.OK
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == HTTPStatus.OK
    return len(context.captured_queries)


def test_language_links_cost_the_same_whatever_the_translations(client, portal, translate):
    untranslated = count_queries(client, portal.lesson.url)
    translate(portal.lesson)
    assert count_queries(client, portal.lesson.url) == untranslated
