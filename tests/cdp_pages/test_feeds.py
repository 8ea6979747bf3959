"""RSS and Atom feeds of new solution cards and lessons learned, site-wide and per community."""

from http import HTTPStatus
from xml.etree import ElementTree

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import (
    CommunityPageFactory,
    LessonIndexPageFactory,
    LessonLearnedPageFactory,
    ProjectPageFactory,
    SolutionCardPageFactory,
    SolutionIndexPageFactory,
    ThemePageFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

ATOM = {"atom": "http://www.w3.org/2005/Atom"}


def rss(response):
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ElementTree.fromstring(response.content).find("channel")
    assert channel is not None
    return channel


def items_by_title(channel):
    return {item.findtext("title"): item for item in channel.findall("item")}


@pytest.fixture
def english(home_en):
    """An English solution card and lesson, in the English tree."""
    solutions = SolutionIndexPageFactory(parent=home_en, title="Solutions", slug="solutions")
    card = SolutionCardPageFactory(
        parent=solutions, title="Evening meetings on farms", listing_summary="Meet farmers."
    )
    lessons = LessonIndexPageFactory(parent=home_en, title="Lessons", slug="lessons")
    lesson = LessonLearnedPageFactory(parent=lessons, title="Involve owners early")
    return card, lesson


def test_site_feed_lists_solutions_and_lessons(client, portal):
    channel = rss(client.get("/it/feeds/latest/"))
    assert channel.findtext("title")
    assert channel.findtext("description")
    assert channel.findtext("link") == portal.home.get_full_url()
    assert channel.findtext("language") == "it"
    self_link = channel.find("atom:link", ATOM)
    assert self_link.get("href").endswith("/it/feeds/latest/")

    items = items_by_title(channel)
    assert set(items) == {
        f"Soluzione: {portal.card.title}",
        f"Lezione appresa: {portal.lesson.title}",
    }
    card = items[f"Soluzione: {portal.card.title}"]
    assert card.findtext("link") == portal.card.get_full_url()
    assert card.findtext("link").startswith("http://localhost/it/soluzioni/")
    assert card.findtext("guid") == portal.card.get_full_url()
    # No listing summary: the challenge, as plain text.
    assert card.findtext("description") == "Gli agricoltori non partecipano agli incontri."
    assert card.findtext("pubDate")
    assert {category.text for category in card.findall("category")} == {
        portal.theme.title,
        portal.habitat.name,
    }
    lesson = items[f"Lezione appresa: {portal.lesson.title}"]
    assert lesson.findtext("description") == portal.lesson.statement
    assert [category.text for category in lesson.findall("category")] == [portal.theme.title]


def test_listing_summary_is_the_description(client, portal):
    portal.card.listing_summary = "Incontri serali in cascina con gli agricoltori."
    portal.card.save_revision().publish()
    items = items_by_title(rss(client.get("/it/feeds/latest/")))
    card = items[f"Soluzione: {portal.card.title}"]
    assert card.findtext("description") == "Incontri serali in cascina con gli agricoltori."


def test_newest_items_come_first(client, portal):
    newer = SolutionCardPageFactory(parent=portal.solutions, title="Soluzione nuovissima")
    newer.save_revision().publish()
    titles = [item.findtext("title") for item in rss(client.get("/it/feeds/latest/")).iter("item")]
    assert titles[0] == "Soluzione: Soluzione nuovissima"


def test_site_feed_keeps_to_the_active_language(client, portal, english):
    card, lesson = english
    italian = items_by_title(rss(client.get("/it/feeds/latest/")))
    assert f"Soluzione: {card.title}" not in italian
    assert f"Soluzione: {portal.card.title}" in italian

    channel = rss(client.get("/en/feeds/latest/"))
    assert channel.findtext("language") == "en"
    assert channel.findtext("title") == "CdP Capitale naturale: new solutions and lessons learned"
    assert channel.findtext("link") == "http://localhost/en/"
    english_items = items_by_title(channel)
    assert set(english_items) == {f"Solution: {card.title}", f"Lesson learned: {lesson.title}"}
    assert english_items[f"Solution: {card.title}"].findtext("description") == "Meet farmers."
    assert (
        english_items[f"Solution: {card.title}"]
        .findtext("link")
        .startswith("http://localhost/en/solutions/")
    )


def test_unpublished_and_private_pages_are_left_out(client, portal):
    SolutionCardPageFactory(parent=portal.solutions, title="Bozza", live=False)
    withdrawn = SolutionCardPageFactory(parent=portal.solutions, title="Ritirata")
    withdrawn.unpublish()
    PageViewRestriction.objects.create(
        page=portal.lesson, restriction_type=PageViewRestriction.PASSWORD, password="segreto"
    )
    items = items_by_title(rss(client.get("/it/feeds/latest/")))
    assert set(items) == {f"Soluzione: {portal.card.title}"}


def test_atom_feed(client, portal):
    response = client.get("/it/feeds/latest/atom/")
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    assert feed.findtext("atom:title", namespaces=ATOM)
    assert feed.findtext("atom:subtitle", namespaces=ATOM)
    entries = feed.findall("atom:entry", ATOM)
    assert len(entries) == 2
    links = {entry.find("atom:link", ATOM).get("href") for entry in entries}
    assert links == {portal.card.get_full_url(), portal.lesson.get_full_url()}
    for entry in entries:
        assert entry.findtext("atom:published", namespaces=ATOM)
        assert entry.findtext("atom:updated", namespaces=ATOM)
        assert entry.findall("atom:category", ATOM)


def test_community_feed_lists_what_its_projects_produced(client, portal):
    other_community = CommunityPageFactory(parent=portal.communities, edition=2019)
    other_project = ProjectPageFactory(parent=other_community)
    elsewhere = SolutionCardPageFactory(parent=portal.solutions, title="Altrove")
    elsewhere.projects.add(other_project)
    elsewhere.save_revision().publish()
    SolutionCardPageFactory(parent=portal.solutions, title="Senza progetto")

    channel = rss(client.get(f"{portal.community.url}feed/"))
    assert portal.community.title in channel.findtext("title")
    assert channel.findtext("link") == portal.community.get_full_url()
    assert channel.findtext("language") == "it"
    assert set(items_by_title(channel)) == {
        f"Soluzione: {portal.card.title}",
        f"Lezione appresa: {portal.lesson.title}",
    }

    other = items_by_title(rss(client.get(f"{other_community.url}feed/")))
    assert set(other) == {"Soluzione: Altrove"}


def test_community_feed_lists_a_page_once_whatever_its_projects(client, portal):
    second = ProjectPageFactory(parent=portal.community)
    portal.card.projects.add(second)
    portal.card.save_revision().publish()
    titles = [
        item.findtext("title")
        for item in rss(client.get(f"{portal.community.url}feed/")).iter("item")
    ]
    assert titles.count(f"Soluzione: {portal.card.title}") == 1


def test_feeds_query_budget(client, portal, django_assert_max_num_queries):
    """The number of queries does not grow with the items, their themes and topics."""
    for number in range(8):
        theme = ThemePageFactory(parent=portal.community)
        topic = TopicFactory()
        card = SolutionCardPageFactory(parent=portal.solutions, title=f"Soluzione extra {number}")
        card.themes.add(theme, portal.theme)
        card.topics.add(topic)
        card.projects.add(portal.project)
        card.save_revision().publish()
        lesson = LessonLearnedPageFactory(parent=portal.lessons)
        lesson.themes.add(theme)
        lesson.projects.add(portal.project)
        lesson.save_revision().publish()

    with django_assert_max_num_queries(12):
        channel = rss(client.get("/it/feeds/latest/"))
    assert len(channel.findall("item")) == 18
    # Routing to the community and checking view restrictions take most of these.
    with django_assert_max_num_queries(18):
        channel = rss(client.get(f"{portal.community.url}feed/"))
    assert len(channel.findall("item")) == 18
