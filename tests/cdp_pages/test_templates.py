"""Each page type renders its structured content, and bad filter parameters do no harm."""

import datetime
import json
import re
from http import HTTPStatus

import pytest
import wagtail_factories
from django.utils import timezone
from django.utils.translation import override
from wagtail.models import Page
from wagtail.rich_text import RichText

from cdp_pages.models import HomePage, ProjectPage
from cdp_pages.network import layout, network_svg, summary
from tests import factories
from tests.html import it, soup, text

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def site(portal):
    """The `portal` with everything each page type can show."""
    project = portal.project
    project.sites.create(code="IT2010001", name="Palude Immaginaria")
    project.achievements.create(
        date=datetime.date(2020, 9, 15),
        title="Seconda pozza scavata",
        text="<p>Ancora.</p>",
        image=wagtail_factories.ImageFactory(title="Pozza"),
        document=wagtail_factories.DocumentFactory(title="Relazione finale"),
    )
    project.achievements.create(
        date=datetime.date(2018, 6, 1), title="Avvio del progetto", text="<p>Via.</p>"
    )
    project.issues.create(
        kind="strength",
        text="Partenariato affiatato",
        category="governance",
        status="addressed",
        solution=portal.card,
    )
    publish(project)

    # A second project that shares the lead partner: a tie in the relational capital.
    other = factories.ProjectPageFactory(
        parent=portal.community, title="Siepi e filari", status="completed"
    )
    other.partners.create(organization=portal.organizations[0], role="partner")
    other.issues.create(kind="critical", text="Pochi fondi", category="engagement")
    other.issues.create(kind="critical", text="Volontari stanchi", category="engagement")
    publish(other)

    theme = portal.theme
    theme.external_experiences = json.dumps(
        [
            {
                "type": "experience",
                "value": {
                    "name": "Contratto di fiume Seveso",
                    "scale": "regional",
                    "place": "Lombardia",
                    "link": "https://example.org/seveso",
                    "teaching": "<p>Un tavolo stabile riduce i conflitti.</p>",
                },
            }
        ]
    )
    theme.projects.add(project)
    theme.solution_links.create(solution=portal.card, note="In prova in due siti")
    theme.lesson_links.create(lesson=portal.lesson, note="Vale anche in collina")
    publish(theme)

    meeting = portal.meeting
    meeting.kind = "webinar"
    meeting.start = datetime.datetime(2030, 3, 5, 9, 30, tzinfo=datetime.UTC)
    meeting.end = datetime.datetime(2030, 3, 5, 12, 0, tzinfo=datetime.UTC)
    meeting.time_zone = "Europe/Rome"
    meeting.online_link = "https://example.org/webinar"
    meeting.recording_link = "https://example.org/recording"
    slides = wagtail_factories.DocumentFactory(title="Presentazione dei risultati")
    meeting.agenda = json.dumps(
        [
            {"type": "item", "value": {"time": "10:30", "title": "Saluti", "speaker": "Anna"}},
            {"type": "item", "value": {"time": "11:00", "title": "Lavori", "speaker": ""}},
        ]
    )
    meeting.materials = json.dumps(
        [{"type": "material", "value": {"document": slides.pk, "description": "Le slide"}}]
    )
    meeting.themes.add(theme)
    publish(meeting)
    factories.MeetingPageFactory(
        parent=portal.community,
        title="Plenaria d'autunno",
        start=timezone.now() - datetime.timedelta(days=40),
    )

    card = portal.card
    card.steps = json.dumps(
        [
            {"type": "step", "value": {"title": "Mappare", "description": "<p>Chi c'è.</p>"}},
            {"type": "step", "value": {"title": "Invitare", "description": "<p>Di sera.</p>"}},
        ]
    )
    card.time_needed = "3 mesi"
    card.cost_range = "low"
    card.skills = "Facilitazione"
    card.results = "<p>Venti aziende agli incontri.</p>"
    card.enabling_factors = "<p>Un tecnico di fiducia.</p>"
    card.pitfalls = "<p>Orari scomodi.</p>"
    card.transferability = "<p>Ovunque ci siano cascine.</p>"
    card.contacts.add(factories.PersonFactory(name="Giulia Verdi", role="Agronoma"))
    publish(card)

    publications = factories.PublicationIndexPageFactory(parent=portal.home)
    quaderno = factories.QuadernoPageFactory(
        parent=publications, title="Acqua e biodiversità", subtitle="Esperienze", series_number=2
    )
    article = factories.ArticlePageFactory(
        parent=quaderno,
        title="Le risaie come habitat",
        body=[("paragraph", RichText("<p>Il testo.</p>"))],
    )
    portal.other_project = other
    portal.publications = publications
    portal.quaderno = quaderno
    portal.article = article
    return portal


# Shared layout ---------------------------------------------------------------------------


def test_main_navigation_links_the_section_indexes(client, site):
    page = soup(client.get(site.card.url))
    nav = page.find("nav", class_="main-nav")
    links = {text(a): a["href"] for a in nav.find_all("a")}
    assert links[it("Communities")] == site.communities.url
    assert links[it("Solutions")] == site.solutions.url
    assert links[it("Lessons learned")] == site.lessons.url
    assert links[it("Publications")] == site.publications.url
    assert nav.find("a", href=site.solutions.url)["aria-current"] == "true"


def test_main_navigation_is_one_query(rf, site):
    from django.template import Context, Template

    request = rf.get("/it/")
    template = Template(
        "{% load cdp_tags %}{% nav_sections as a %}{% nav_sections as b %}"
        "{% for s in b.sections %}{{ s.key }} {% endfor %}"
    )
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    Page.objects.get(pk=site.home.pk).get_url(request)  # warm the site root paths
    with CaptureQueriesContext(connection) as queries:
        out = template.render(Context({"request": request}))
    assert out.split() == ["communities", "solutions", "lessons", "publications"]
    assert len(queries) == 1


def test_breadcrumbs_lead_home(client, site):
    page = soup(client.get(site.project.url))
    crumbs = page.find("nav", class_="breadcrumbs")
    assert [text(li) for li in crumbs.find_all("li")] == [
        it("Home"),
        "Comunità",
        site.community.title,
        "Rane e risaie",
    ]
    assert crumbs.find(attrs={"aria-current": "page"})


# Page types ------------------------------------------------------------------------------


def test_home_lists_communities_solutions_and_lessons(client, site):
    page = soup(client.get("/it/"))
    main = page.find("main")
    assert main.find("a", string=site.community.title)
    assert main.find("a", string="Incontri in cascina")
    assert main.find("a", string=site.lesson.title)
    assert main.find("a", href=site.solutions.url)


def test_community_index_counts_projects(client, site):
    page = soup(client.get(site.communities.url))
    card = page.find("a", string=site.community.title).find_parent("article")
    assert re.search(r"\b2 (progetti|projects)\b", text(card))
    assert "2018" in text(card)


def test_community_page_shows_projects_meetings_and_feeds(client, site):
    response = client.get(site.community.url)
    page = soup(response)
    main = page.find("main")
    feeds = [
        link["href"] for link in page.find_all("link", rel="alternate", type="application/rss+xml")
    ]
    assert any(href.endswith("/feed/") and href != "/it/feeds/latest/" for href in feeds)
    assert "/it/feeds/latest/" in feeds
    assert main.find("a", href=site.community.url + "calendar.ics")
    assert main.find("a", href=site.community.url + "feed/")
    projects = main.find("section", attrs={"aria-labelledby": "projects-title"})
    assert {text(h) for h in projects.find_all("h3", class_="card-title")} == {
        "Rane e risaie",
        "Siepi e filari",
    }
    assert "Zone umide" in text(projects)
    assert main.find("form", class_="filters").find("select", attrs={"name": "habitat"})
    upcoming = main.find("section", attrs={"aria-labelledby": "upcoming-title"})
    past = main.find("section", attrs={"aria-labelledby": "past-title"})
    assert "Plenaria di primavera" in text(upcoming)
    assert "Plenaria d'autunno" in text(past)
    assert "Incontri in cascina" in text(main)
    assert site.lesson.title in text(main)


def test_community_page_filters_projects_by_status(client, site):
    page = soup(client.get(site.community.url, {"status": "completed"}))
    projects = page.find("section", attrs={"aria-labelledby": "projects-title"})
    assert [text(h) for h in projects.find_all("h3", class_="card-title")] == ["Siepi e filari"]


def test_community_issue_overview_table(client, site):
    page = soup(client.get(site.community.url))
    section = page.find("section", attrs={"aria-labelledby": "issues-title"})
    table = section.find("table")
    assert table.caption
    assert all(th.get("scope") for th in table.find_all("th"))
    rows = {}
    for tr in table.find("tbody", class_="kind-critical").find_all("tr"):
        cells = [text(cell) for cell in tr.find_all(["th", "td"])]
        rows[cells[-4]] = cells[-3:]
    # Engagement: "Pochi volontari" in one project, two items in the other.
    assert rows[it("Stakeholder engagement")] == ["2", "3", "0"]
    strength = table.find("tbody", class_="kind-strength")
    assert [text(td) for td in strength.find_all("td")] == ["1", "0", "1"]


def test_community_relational_capital(client, site):
    page = soup(client.get(site.community.url))
    section = page.find("section", attrs={"aria-labelledby": "network-title-section"})
    svg = section.find("svg")
    assert svg["role"] == "img"
    assert set(svg["aria-labelledby"].split()) == {"network-title", "network-desc"}
    assert svg.find("title", id="network-title")
    with override("it"):
        expected = summary(
            {
                "counts": {
                    "projects": 2,
                    "organizations": 2,
                    "ties": 3,
                    "shared": 1,
                    "across_communities": 0,
                }
            }
        )
    assert text(svg.find("desc")).split(". ")[:4] == expected.split(". ")[:4]
    assert len(svg.find_all("line")) == 3
    assert len(svg.select("g.organization.is-shared")) == 1
    stats = {text(div.dt): text(div.dd) for div in section.find("dl", class_="stats")("div")}
    assert list(stats.values()) == ["2", "2", "3", "1", "0"]
    table = section.find("table")
    first = table.find("tbody").find("tr")
    assert text(first.th).startswith("Parco Regionale Immaginario")
    assert len(first.find_all("a")) == 2
    assert text(first.find_all("td")[-1]) == "2"
    assert not section.find("script")


def test_project_page_partners_territory_and_money(client, site):
    page = soup(client.get(site.project.url))
    main = page.find("main")
    partners = main.find("section", attrs={"aria-labelledby": "partners-title"})
    rows = [[text(c) for c in tr.find_all(["th", "td"])] for tr in partners.tbody("tr")]
    assert rows[0][:2] == ["Parco Regionale Immaginario", it("Lead partner")]
    assert rows[1][:2] == ["Associazione Rane Felici", it("Partner")]
    assert "Parco Regionale Immaginario" in text(partners.find("p"))
    facts = text(main.find("dl", class_="facts"))
    assert "800.000 €" in facts
    assert "500.000 €" in facts
    assert "Comune Uno, Comune Due" in facts
    assert "Varese" in facts
    assert "IT2010001" in text(main)
    assert "Palude Immaginaria" in text(main)
    assert "Zone umide" in text(main)


def test_project_timeline_newest_first_with_image_and_document(client, site):
    page = soup(client.get(site.project.url))
    timeline = page.find("ol", class_="timeline")
    titles = [text(span) for span in timeline.find_all("span", class_="timeline-title")]
    assert titles == ["Seconda pozza scavata", "Prima pozza scavata", "Avvio del progetto"]
    first = timeline.find("li")
    assert first.find("img")["alt"]
    assert first.find("img")["width"] == "400" or int(first.find("img")["width"]) <= 400
    assert text(first.find("a", class_="document-link")) == "Relazione finale"
    assert first.find("time")["datetime"] == "2020-09-15"


def test_project_issues_link_the_solution(client, site):
    page = soup(client.get(site.project.url))
    table = page.find("table", class_="issues")
    strength = table.find("tr", class_="kind-strength")
    assert strength.find("a", href=site.card.url)
    assert "Partenariato affiatato" in text(strength)


def test_project_page_query_budget(client, site, django_assert_max_num_queries):
    client.get(site.project.url)  # warm caches (site root paths, content types)
    with django_assert_max_num_queries(30):
        client.get(site.project.url)


def test_theme_page_sections(client, site):
    page = soup(client.get(site.theme.url))
    main = page.find("main")
    experience = main.find("article", class_="experience")
    assert text(experience.h3) == "Contratto di fiume Seveso"
    assert experience.find("a", href="https://example.org/seveso")
    for heading in (
        "knowledge-title",
        "experiences-title",
        "critical-title",
        "under-study-title",
        "evolutions-title",
        "learnings-title",
    ):
        assert main.find(id=heading), heading
    assert "In prova in due siti" in text(main)
    assert "Vale anche in collina" in text(main)
    assert main.find("aside").find("a", href=site.project.url)
    assert main.find("aside").find("a", href=site.meeting.url)
    assert main.find("form", class_="filters").find("select", attrs={"name": "maturity"})


def test_meeting_page_in_its_time_zone_with_calendar_link(client, site):
    page = soup(client.get(site.meeting.url))
    main = page.find("main")
    when = main.find("section", attrs={"aria-labelledby": "when-title"})
    start = when.find("time")
    # 09:30 UTC is 10:30 in Rome (winter time).
    assert start["datetime"].startswith("2030-03-05T10:30:00+01:00")
    assert "10:30" in text(start)
    assert "Europe/Rome" in text(when)
    assert when.find("a", href=site.meeting.url + "meeting.ics")
    assert when.find("a", href="https://example.org/webinar")
    agenda = main.find("ol", class_="agenda")
    assert [text(li.find("span", class_="agenda-title")) for li in agenda("li")] == [
        "Saluti",
        "Lavori",
    ]
    assert "Presentazione dei risultati" in text(main.find("ul", class_="materials"))
    assert main.find("a", href="https://example.org/recording")
    assert "Gli esiti." in text(main)
    assert main.find("aside").find("a", href=site.theme.url)
    assert main.find("a", href=site.lesson.url)


def test_solution_card_shows_every_part(client, site):
    page = soup(client.get(site.card.url))
    main = page.find("main")
    body = text(main)
    for part in (
        "Gli agricoltori non partecipano",
        "Incontri in cascina, nelle ore serali",
        "Venti aziende",
        "Un tecnico di fiducia",
        "Orari scomodi",
        "Ovunque ci siano cascine",
        "3 mesi",
        "Facilitazione",
        "Giulia Verdi",
        "Agronoma",
        "Zone umide",
    ):
        assert part in body, part
    steps = main.find("ol", class_="steps")
    assert [text(h) for h in steps("h3")] == ["Mappare", "Invitare"]
    aside = main.find("aside")
    assert aside.find("a", href=site.theme.url)
    assert aside.find("a", href=site.project.url)
    assert it("Under €5,000") in text(aside)


def test_solution_index_filters(client, site):
    other = factories.SolutionCardPageFactory(parent=site.solutions, title="Cartelli in paese")
    page = soup(client.get(site.solutions.url))
    titles = {text(h) for h in page.find_all("h3", class_="card-title")}
    assert titles == {"Incontri in cascina", other.title}
    form = page.find("form", class_="filters")
    assert form["method"] == "get"
    for select in form.find_all("select"):
        assert form.find("label", attrs={"for": select["id"]})
    assert form.find("button", type="submit")
    page = soup(client.get(site.solutions.url, {"topic": site.habitat.pk}))
    assert [text(h) for h in page.find_all("h3", class_="card-title")] == ["Incontri in cascina"]


def test_pagination_keeps_the_filters(client, site):
    for number in range(13):
        factories.SolutionCardPageFactory(
            parent=site.solutions, title=f"Scheda {number:02}", maturity="idea"
        )
    page = soup(client.get(site.solutions.url, {"maturity": "idea"}))
    nav = page.find("nav", class_="pagination")
    next_link = nav.find("a", rel="next")
    assert "maturity=idea" in next_link["href"]
    assert "page=2" in next_link["href"]
    assert nav.find(attrs={"aria-current": "page"})


@pytest.mark.parametrize(
    "params",
    [
        {"topic": "abc", "page": "999999"},
        {"theme": "-1", "project": "x", "maturity": "nonsense", "page": "abc"},
        {"page": "0"},
    ],
)
def test_solution_index_bad_parameters(client, site, params):
    page = soup(client.get(site.solutions.url, params))
    assert page.find("h1")
    assert page.find("h3", class_="card-title")


@pytest.mark.parametrize(
    ("attr", "params"),
    [
        ("lessons", {"theme": "abc", "kind": "x", "evidence_strength": "?", "page": "999999"}),
        ("community", {"habitat": "abc", "status": "nope", "page": "-3"}),
        ("theme", {"maturity": "x", "project": "abc", "page": "9999"}),
        ("communities", {"page": "many"}),
    ],
)
def test_listings_bad_parameters(client, site, attr, params):
    page = soup(client.get(getattr(site, attr).url, params))
    assert page.find("h1")


def test_lesson_index_and_lesson(client, site):
    page = soup(client.get(site.lessons.url))
    assert page.find("a", string=site.lesson.title)
    assert page.find("form", class_="filters").find("select", attrs={"name": "kind"})
    page = soup(client.get(site.lesson.url))
    main = page.find("main")
    assert "Coinvolgere presto i proprietari" in text(main.find("blockquote"))
    assert "Osservato in tre progetti." in text(main)
    aside = main.find("aside")
    assert aside.find("a", href=site.meeting.url)
    assert aside.find("a", href=site.theme.url)
    assert aside.find("a", href=site.project.url)


def test_publications(client, site):
    page = soup(client.get(site.publications.url))
    card = page.find("a", string="Acqua e biodiversità").find_parent("article")
    assert "2" in text(card)
    page = soup(client.get(site.quaderno.url))
    assert text(page.h1) == "Acqua e biodiversità"
    assert page.find("a", href=site.article.url)
    page = soup(client.get(site.article.url))
    assert text(page.h1) == "Le risaie come habitat"
    assert "Il testo." in text(page.find("main"))
    assert "Sintesi." in text(page.find("main"))


def test_user_text_is_escaped(client, site):
    site.project.summary = '<script>alert("x")</script>'
    publish(site.project)
    response = client.get(site.project.url)
    assert b'<script>alert("x")</script>' not in response.content
    assert b"&lt;script&gt;" in response.content


# Query budgets --------------------------------------------------------------------------


def test_community_page_queries_do_not_grow_with_projects(
    client, site, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(site.community.url)
    with CaptureQueriesContext(connection) as before:
        client.get(site.community.url)
    for number in range(4):
        project = factories.ProjectPageFactory(parent=site.community, title=f"Altro {number}")
        project.partners.create(
            organization=factories.OrganizationFactory(name=f"Ente {number}"), role="lead"
        )
        project.habitats.add(site.habitat)
        publish(project)
    with CaptureQueriesContext(connection) as after:
        client.get(site.community.url)
    assert len(after) == len(before)


def test_solution_index_query_budget(client, site, django_assert_max_num_queries):
    for number in range(5):
        card = factories.SolutionCardPageFactory(parent=site.solutions, title=f"Scheda {number}")
        card.topics.add(site.habitat)
        publish(card)
    client.get(site.solutions.url)
    with django_assert_max_num_queries(25):
        client.get(site.solutions.url)


# The network diagram ---------------------------------------------------------------------


def test_network_layout_is_deterministic_and_escaped(site):
    network = site.community.relational_capital()
    assert network_svg(network) == network_svg(site.community.relational_capital())
    drawing = layout(network)
    assert [node.label for node in drawing.projects] == ["Rane e risaie", "Siepi e filari"]
    assert all(node.x < drawing.width for node in drawing.organizations)
    evil = factories.OrganizationFactory(name='<b onmouseover="x">Ente & co</b>')
    site.other_project.partners.create(organization=evil, role="partner")
    publish(site.other_project)
    svg = network_svg(site.community.relational_capital())
    assert "<b " not in svg
    assert "&lt;b onmouseover=" in svg
    assert re.search(r"<svg [^>]*role=\"img\"", svg)


def test_network_of_an_empty_community(client, home_it):
    communities = factories.CommunityIndexPageFactory(parent=home_it)
    community = factories.CommunityPageFactory(parent=communities)
    page = soup(client.get(community.url))
    section = page.find("section", attrs={"aria-labelledby": "network-title-section"})
    assert not section.find("svg")
    assert section.find("dl", class_="stats")
    assert isinstance(HomePage.objects.first(), HomePage)
    assert not ProjectPage.objects.child_of(community).exists()


@pytest.mark.parametrize(
    "attr", ["community", "project", "theme", "meeting", "card", "lesson", "quaderno", "article"]
)
def test_preview_of_a_draft_renders(site, attr, admin_user, rf):
    # In preview, the page and its inline children come from a revision, not from the
    # database: the templates and contexts must work on those in-memory objects too.
    draft = getattr(site, attr).get_latest_revision_as_object()
    draft.title = "Bozza in anteprima"
    request = rf.get("/")
    request.user = admin_user
    response = draft.make_preview_request(request, draft.default_preview_mode)
    assert response.status_code == HTTPStatus.OK
    assert "Bozza in anteprima" in response.content.decode()
