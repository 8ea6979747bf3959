"""The read-only Wagtail API v2: every page type's structured fields, snippets, no drafts."""

import datetime
from http import HTTPStatus

import pytest
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from tests.factories import (
    ArticlePageFactory,
    PersonFactory,
    PublicationIndexPageFactory,
    QuadernoPageFactory,
    SolutionCardPageFactory,
)

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def get(client, url, status=HTTPStatus.OK):
    response = client.get(url)
    assert response.status_code == status, response.content
    return response.json()


def detail(client, page):
    return get(client, f"/api/v2/pages/{page.pk}/")


@pytest.fixture
def rich_portal(portal):
    """The portal fixture, with the fields the API should show filled in."""
    facilitator = PersonFactory(name="Giulia Verdi", role="Facilitatrice")
    portal.community.facilitators.add(facilitator)
    portal.community.save_revision().publish()

    portal.project.sites.create(code="IT2010001", name="Lago di Ganna")
    portal.project.save_revision().publish()

    portal.card.steps = [
        ("step", {"title": "Mappare le cascine", "description": "<p>Con i comuni.</p>"}),
        ("step", {"title": "Invitare la sera", "description": "<p>Dopo la mungitura.</p>"}),
    ]
    portal.card.time_needed = "3 mesi"
    portal.card.contacts.add(facilitator)
    portal.card.save_revision().publish()

    portal.meeting.agenda = [
        ("item", {"time": datetime.time(10, 0), "title": "Saluti", "speaker": "Giulia Verdi"})
    ]
    portal.meeting.themes.add(portal.theme)
    portal.meeting.save_revision().publish()

    portal.theme.projects.add(portal.project)
    portal.theme.solution_links.create(solution=portal.card, note="In prova")
    portal.theme.lesson_links.create(lesson=portal.lesson)
    portal.theme.external_experiences = [
        (
            "experience",
            {
                "name": "Contratto di fiume",
                "scale": "regional",
                "place": "Lombardia",
                "link": "https://example.org/fiume",
                "teaching": "<p>Un tavolo stabile.</p>",
            },
        )
    ]
    portal.theme.save_revision().publish()

    publications = PublicationIndexPageFactory(parent=portal.home)
    quaderno = QuadernoPageFactory(
        parent=publications, title="Quaderno 1", series_number=1, subtitle="Zone umide"
    )
    article = ArticlePageFactory(
        parent=quaderno,
        title="Rane in risaia",
        body=[("paragraph", RichText("<p>Testo dell'articolo.</p>"))],
    )
    portal.facilitator = facilitator
    portal.publications = publications
    portal.quaderno = quaderno
    portal.article = article
    return portal


def test_every_page_type_serializes(client, rich_portal):
    pages = [
        rich_portal.home,
        rich_portal.communities,
        rich_portal.community,
        rich_portal.project,
        rich_portal.theme,
        rich_portal.meeting,
        rich_portal.solutions,
        rich_portal.card,
        rich_portal.lessons,
        rich_portal.lesson,
        rich_portal.publications,
        rich_portal.quaderno,
        rich_portal.article,
    ]
    for page in pages:
        data = detail(client, page)
        specific = page.specific
        assert data["id"] == page.pk
        assert data["title"] == page.title
        assert data["meta"]["type"] == f"cdp_pages.{type(specific).__name__}"
        assert data["meta"]["locale"] == "it"
        for field in specific.api_fields:
            assert field.name in data, (type(specific).__name__, field.name)


def test_home_and_indexes(client, rich_portal):
    assert detail(client, rich_portal.home)["meta"]["html_url"] == "http://localhost/it/"
    data = detail(client, rich_portal.communities)
    assert data["meta"]["parent"]["id"] == rich_portal.home.pk
    assert {"listing_summary", "listing_image", "intro"} <= set(data)


def test_community(client, rich_portal):
    data = detail(client, rich_portal.community)
    assert data["edition"] == 2018
    assert data["summary"] == "<p>La comunità dei progetti del bando.</p>"
    [facilitator] = data["facilitators"]
    assert facilitator["id"] == rich_portal.facilitator.pk
    assert facilitator["name"] == "Giulia Verdi"
    assert facilitator["meta"]["type"] == "cdp_pages.Person"


def test_project_partners_territory_and_results(client, rich_portal):
    data = detail(client, rich_portal.project)
    assert data["summary"] == "Riqualificazione di zone umide in un sito Natura 2000."
    assert data["province"] == "VA"
    assert data["start_date"] == "2018-03-01"
    assert data["end_date"] == "2021-02-28"
    assert data["budget"] == "800000.00"
    assert data["contribution"] == "500000.00"
    assert data["status"] == "ongoing"

    partners = [(partner["organization"]["name"], partner["role"]) for partner in data["partners"]]
    assert partners == [
        ("Parco Regionale Immaginario", "lead"),
        ("Associazione Rane Felici", "partner"),
    ]
    organization = data["partners"][0]["organization"]
    assert organization["meta"]["type"] == "cdp_pages.Organization"
    assert organization["meta"]["detail_url"].endswith(
        f"/api/v2/organizations/{rich_portal.organizations[0].pk}/"
    )
    assert [(site["code"], site["name"]) for site in data["sites"]] == [
        ("IT2010001", "Lago di Ganna")
    ]
    assert [habitat["name"] for habitat in data["habitats"]] == ["Zone umide"]
    assert data["habitats"][0]["kind"] == "habitat"
    [achievement] = data["achievements"]
    assert achievement["date"] == "2019-05-01"
    assert achievement["title"] == "Prima pozza scavata"
    [issue] = data["issues"]
    assert (issue["kind"], issue["category"], issue["status"], issue["text"]) == (
        "critical",
        "engagement",
        "open",
        "Pochi volontari",
    )
    assert issue["solution"] is None


def test_theme_sections_and_links(client, rich_portal):
    data = detail(client, rich_portal.theme)
    assert data["knowledge"] == "<p>Ciò che sappiamo.</p>"
    assert data["critical_issues"] == "<p>Le criticità.</p>"
    [experience] = data["external_experiences"]
    assert experience["type"] == "experience"
    assert experience["value"]["scale"] == "regional"
    assert experience["value"]["name"] == "Contratto di fiume"
    [solution_link] = data["solution_links"]
    assert solution_link["solution"]["id"] == rich_portal.card.pk
    assert solution_link["solution"]["title"] == rich_portal.card.title
    assert solution_link["note"] == "In prova"
    [lesson_link] = data["lesson_links"]
    assert lesson_link["lesson"]["id"] == rich_portal.lesson.pk
    assert [project["id"] for project in data["projects"]] == [rich_portal.project.pk]


def test_meeting(client, rich_portal):
    meeting = rich_portal.meeting
    data = detail(client, meeting)
    assert data["kind"] == "plenary"
    assert datetime.datetime.fromisoformat(data["start"]) == meeting.start
    assert datetime.datetime.fromisoformat(data["end"]) == meeting.end
    assert data["time_zone"] == "Europe/Rome"
    assert data["place"] == "Villa immaginaria, Varese"
    [item] = data["agenda"]
    assert item["value"]["title"] == "Saluti"
    assert item["value"]["time"] == "10:00:00"
    assert data["outcomes"] == "<p>Gli esiti.</p>"
    assert [theme["title"] for theme in data["themes"]] == [rich_portal.theme.title]


def test_solution_card(client, rich_portal):
    data = detail(client, rich_portal.card)
    assert data["challenge"] == "<p>Gli agricoltori non partecipano agli incontri.</p>"
    assert data["maturity"] == "tested"
    assert data["time_needed"] == "3 mesi"
    assert [step["value"]["title"] for step in data["steps"]] == [
        "Mappare le cascine",
        "Invitare la sera",
    ]
    assert data["steps"][0]["type"] == "step"
    assert data["steps"][0]["value"]["description"] == "<p>Con i comuni.</p>"
    assert [theme["id"] for theme in data["themes"]] == [rich_portal.theme.pk]
    assert [project["title"] for project in data["projects"]] == ["Rane e risaie"]
    assert [topic["name"] for topic in data["topics"]] == ["Zone umide"]
    assert [contact["name"] for contact in data["contacts"]] == ["Giulia Verdi"]


def test_lesson(client, rich_portal):
    data = detail(client, rich_portal.lesson)
    assert data["statement"] == "Coinvolgere presto i proprietari evita conflitti."
    assert data["kind"] == "worked"
    assert data["evidence_strength"] == "one_project"
    assert data["source_meeting"]["id"] == rich_portal.meeting.pk
    assert data["source_meeting"]["title"] == rich_portal.meeting.title
    assert [project["id"] for project in data["projects"]] == [rich_portal.project.pk]


def test_publications(client, rich_portal):
    quaderno = detail(client, rich_portal.quaderno)
    assert quaderno["series_number"] == 1
    assert quaderno["subtitle"] == "Zone umide"
    article = detail(client, rich_portal.article)
    assert article["abstract"] == "Sintesi."
    assert [(block["type"], block["value"]) for block in article["body"]] == [
        ("paragraph", "<p>Testo dell'articolo.</p>")
    ]
    assert article["meta"]["parent"]["id"] == rich_portal.quaderno.pk


def test_listing_by_type_with_fields(client, rich_portal):
    SolutionCardPageFactory(parent=rich_portal.solutions, title="Idea nuova", maturity="idea")
    data = get(client, "/api/v2/pages/?type=cdp_pages.SolutionCardPage&fields=maturity")
    assert data["meta"]["total_count"] == 2
    maturities = {item["title"]: item["maturity"] for item in data["items"]}
    assert maturities == {rich_portal.card.title: "tested", "Idea nuova": "idea"}
    assert all(item["meta"]["type"] == "cdp_pages.SolutionCardPage" for item in data["items"])

    filtered = get(client, "/api/v2/pages/?type=cdp_pages.SolutionCardPage&maturity=idea")
    assert [item["title"] for item in filtered["items"]] == ["Idea nuova"]


def test_listing_nested_fields(client, rich_portal):
    data = get(
        client,
        "/api/v2/pages/?type=cdp_pages.ProjectPage&fields=partners(organization,role),status",
    )
    [project] = data["items"]
    assert project["status"] == "ongoing"
    assert [partner["role"] for partner in project["partners"]] == ["lead", "partner"]
    assert project["partners"][0]["organization"]["name"] == "Parco Regionale Immaginario"


def test_listing_by_locale(client, rich_portal, home_en):
    italian = get(client, "/api/v2/pages/?locale=it&type=cdp_pages.HomePage")
    english = get(client, "/api/v2/pages/?locale=en&type=cdp_pages.HomePage")
    assert [item["id"] for item in italian["items"]] == [rich_portal.home.pk]
    assert [item["id"] for item in english["items"]] == [home_en.pk]


def test_drafts_and_private_pages_are_not_exposed(client, rich_portal):
    draft = SolutionCardPageFactory(parent=rich_portal.solutions, title="Bozza", live=False)
    get(client, f"/api/v2/pages/{draft.pk}/", status=HTTPStatus.NOT_FOUND)
    listing = get(client, "/api/v2/pages/?type=cdp_pages.SolutionCardPage")
    assert "Bozza" not in {item["title"] for item in listing["items"]}

    # Unpublished changes to a live page stay out of the API.
    card = rich_portal.card
    card.title = "Titolo non ancora pubblicato"
    card.save_revision()
    assert detail(client, card)["title"] == "Incontri in cascina"

    PageViewRestriction.objects.create(
        page=rich_portal.lesson, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    get(client, f"/api/v2/pages/{rich_portal.lesson.pk}/", status=HTTPStatus.NOT_FOUND)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/",
        "/api/v2/pages/{page}/",
        "/api/v2/images/",
        "/api/v2/documents/",
        "/api/v2/organizations/",
        "/api/v2/topics/",
    ],
)
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_api_is_read_only(client, rich_portal, url, method):
    response = getattr(client, method)(
        url.format(page=rich_portal.card.pk), data={}, content_type="application/json"
    )
    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_images_and_documents_endpoints(client, rich_portal):
    assert get(client, "/api/v2/images/")["meta"]["total_count"] == 0
    assert get(client, "/api/v2/documents/")["meta"]["total_count"] == 0


def test_snippet_endpoints(client, rich_portal):
    organizations = get(client, "/api/v2/organizations/")
    names = [item["name"] for item in organizations["items"]]
    assert "Parco Regionale Immaginario" in names
    lead = rich_portal.organizations[0]
    data = get(client, f"/api/v2/organizations/{lead.pk}/")
    assert data["name"] == "Parco Regionale Immaginario"
    assert data["kind"] == "protected_area"
    assert data["place"] == "Varese (VA)"

    person = get(client, f"/api/v2/people/{rich_portal.facilitator.pk}/")
    assert person["name"] == "Giulia Verdi"
    assert person["role"] == "Facilitatrice"
    assert person["affiliation"]["name"] == rich_portal.facilitator.affiliation.name

    topics = get(client, "/api/v2/topics/?locale=it")
    assert [item["name"] for item in topics["items"]] == ["Zone umide"]
    assert get(client, "/api/v2/topics/?locale=en")["items"] == []
    get(client, "/api/v2/topics/?locale=xx", status=HTTPStatus.BAD_REQUEST)
    topic = get(client, f"/api/v2/topics/{rich_portal.habitat.pk}/")
    assert (topic["slug"], topic["kind"]) == ("zone-umide", "habitat")
