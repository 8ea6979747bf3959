"""JSON-LD (schema.org) of every page type, and its safe embedding in a script element."""

import datetime
import json
from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory

from tests.factories import (
    ArticlePageFactory,
    MeetingPageFactory,
    PublicationIndexPageFactory,
    QuadernoPageFactory,
)

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


@pytest.fixture
def request_it():
    return RequestFactory().get("/it/", SERVER_NAME="localhost")


@pytest.fixture
def pages(portal):
    portal.card.steps = [
        ("step", {"title": "Mappare le cascine", "description": "<p>Con i comuni.</p>"}),
        ("step", {"title": "Invitare la sera", "description": "<p>Dopo la mungitura.</p>"}),
    ]
    portal.card.time_needed = "3 mesi"
    portal.card.save_revision().publish()
    publications = PublicationIndexPageFactory(parent=portal.home)
    quaderno = QuadernoPageFactory(parent=publications, title="Quaderno 1")
    article = ArticlePageFactory(parent=quaderno, title="Rane in risaia")
    return {
        "home": portal.home,
        "communities": portal.communities,
        "community": portal.community,
        "project": portal.project,
        "theme": portal.theme,
        "meeting": portal.meeting,
        "solutions": portal.solutions,
        "card": portal.card,
        "lessons": portal.lessons,
        "lesson": portal.lesson,
        "publications": publications,
        "quaderno": quaderno,
        "article": article,
    }


EXPECTED_TYPES = {
    "home": "WebSite",
    "communities": "CollectionPage",
    "solutions": "CollectionPage",
    "lessons": "CollectionPage",
    "publications": "CollectionPage",
    "community": "Organization",
    "project": "Project",
    "theme": "CreativeWork",
    "meeting": "Event",
    "card": "HowTo",
    "lesson": "Article",
    "quaderno": "Book",
    "article": "ScholarlyArticle",
}


@pytest.mark.parametrize(("key", "schema_type"), EXPECTED_TYPES.items())
def test_every_page_type_has_its_schema_type(pages, request_it, key, schema_type):
    page = pages[key].specific
    data = json.loads(page.json_ld(request_it))
    assert data == json.loads(json.dumps(page.get_json_ld(request_it), default=str))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == schema_type
    assert data["name"] == page.title
    assert data["url"] == page.get_full_url(request_it)
    assert data["url"].startswith("http://localhost/it/")
    assert data["inLanguage"] == "it"


def test_common_fields_follow_the_page(pages, request_it):
    card = pages["card"]
    card.refresh_from_db()
    card.seo_title = "Incontri serali in cascina"
    card.listing_summary = "Come portare gli agricoltori agli incontri."
    data = card.get_json_ld(request_it)
    assert data["name"] == "Incontri serali in cascina"
    assert data["description"] == "Come portare gli agricoltori agli incontri."
    assert datetime.datetime.fromisoformat(data["datePublished"]) == card.first_published_at
    assert datetime.datetime.fromisoformat(data["dateModified"]) == card.last_published_at
    card.search_description = "Descrizione per i motori di ricerca."
    assert card.get_json_ld(request_it)["description"] == "Descrizione per i motori di ricerca."


def test_solution_card_is_a_howto_with_steps(pages, request_it):
    data = pages["card"].get_json_ld(request_it)
    assert data["step"] == [
        {"@type": "HowToStep", "position": 1, "name": "Mappare le cascine"},
        {"@type": "HowToStep", "position": 2, "name": "Invitare la sera"},
    ]
    assert data["timeRequired"] == "3 mesi"


def test_meeting_is_an_event_with_dates_and_place(pages, request_it):
    meeting = pages["meeting"]
    data = meeting.get_json_ld(request_it)
    assert datetime.datetime.fromisoformat(data["startDate"]) == meeting.start
    assert datetime.datetime.fromisoformat(data["endDate"]) == meeting.end
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {
        "@type": "Place",
        "name": "Villa immaginaria, Varese",
        "address": "Villa immaginaria, Varese",
    }


def test_online_and_mixed_meetings(portal, request_it):
    online = MeetingPageFactory(
        parent=portal.community,
        place="",
        online_link="https://meet.example.org/a",
        start=datetime.datetime(2025, 6, 12, 8, 0, tzinfo=UTC),
        end=datetime.datetime(2025, 6, 12, 10, 0, tzinfo=UTC),
    )
    data = online.get_json_ld(request_it)
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/a"}
    assert data["startDate"].startswith("2025-06-12T08:00:00")

    mixed = MeetingPageFactory(parent=portal.community, online_link="https://meet.example.org/b")
    data = mixed.get_json_ld(request_it)
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [location["@type"] for location in data["location"]] == ["Place", "VirtualLocation"]


def test_community_project_theme_and_lesson_details(pages, request_it):
    community = pages["community"].get_json_ld(request_it)
    assert community["foundingDate"] == "2018"
    assert community["parentOrganization"]["name"] == "Fondazione Cariplo"

    project = pages["project"].get_json_ld(request_it)
    assert project["funder"] == {"@type": "Organization", "name": "Fondazione Cariplo"}
    assert [member["name"] for member in project["member"]] == [
        "Parco Regionale Immaginario",
        "Associazione Rane Felici",
    ]
    assert project["foundingDate"] == "2018-03-01"
    assert project["areaServed"] == "Comune Uno, Comune Due"

    assert pages["theme"].get_json_ld(request_it)["about"] == pages["theme"].title

    lesson = pages["lesson"].get_json_ld(request_it)
    assert lesson["headline"] == pages["lesson"].title
    assert lesson["abstract"] == pages["lesson"].statement


def test_json_ld_cannot_close_its_script_element(pages, request_it):
    card = pages["card"]
    card.title = 'Fine</script><script>alert("x")</script> & altro'
    text = card.json_ld(request_it)
    assert "</script" not in text.lower()
    assert "<" not in text
    assert ">" not in text
    assert "&" not in text
    assert json.loads(text)["name"] == card.title


def test_home_page_renders_its_json_ld(client, portal):
    response = client.get("/it/")
    assert response.status_code == HTTPStatus.OK
    scripts = BeautifulSoup(response.content, "html.parser").find_all(
        "script", type="application/ld+json"
    )
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    assert data["@type"] == "WebSite"
    assert data["name"] == portal.home.title
    assert data["url"] == "http://localhost/it/"
    assert data["inLanguage"] == "it"


def test_rendered_json_ld_stays_inside_its_script(client, portal):
    home = portal.home
    home.title = "Portale </script><p>iniettato</p>"
    home.save_revision().publish()
    response = client.get("/it/")
    page = BeautifulSoup(response.content, "html.parser")
    [script] = page.find_all("script", type="application/ld+json")
    assert json.loads(script.string)["name"] == "Portale </script><p>iniettato</p>"
    assert page.find("p", string="iniettato") is None
