"""Browser tests: Debian's headless Chromium driven by Playwright against the live server."""

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.path):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser(playwright):
    if not CHROMIUM.exists():
        message = "Debian's chromium is not installed: apt-get install chromium chromium-driver"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    browser = playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh browser tab whose relative URLs go to the live server."""
    context = browser.new_context(base_url=live_server.url, locale="it-IT")
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


class AccessibilityError(AssertionError):
    pass


def assert_accessible(page):
    """Fail on any axe-core violation (WCAG 2.1 A and AA rules and axe's best practices)."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    if results.violations_count:
        raise AccessibilityError(f"{page.url}\n{results.generate_report()}")


@pytest.fixture
def axe():
    return assert_accessible


@pytest.fixture
def full_portal(portal, settings, tmp_path):
    """The `portal` of tests/conftest.py with every part the page templates show: a second
    project sharing a partner, issues, a timeline, a theme with external experiences and
    links, a meeting with agenda and materials, a detailed solution card, a past meeting and
    a publication with an article."""
    import datetime
    import json

    import wagtail_factories
    from django.utils import timezone

    from cdp_pages.models import DocumentLibraryPage
    from tests import factories

    settings.MEDIA_ROOT = tmp_path

    def publish(page):
        page.save_revision().publish()
        return page

    project = portal.project
    project.sites.create(code="IT2010001", name="Palude Immaginaria")
    project.achievements.create(
        date=datetime.date(2020, 9, 15), title="Seconda pozza scavata", text="<p>Ancora.</p>"
    )
    project.issues.create(
        kind="strength",
        text="Partenariato affiatato",
        category="governance",
        status="addressed",
        solution=portal.card,
    )
    publish(project)
    other = factories.ProjectPageFactory(
        parent=portal.community, title="Siepi e filari", status="completed"
    )
    other.partners.create(organization=portal.organizations[0], role="partner")
    other.partners.create(
        organization=factories.OrganizationFactory(name="Cooperativa Campi Aperti"),
        role="lead",
    )
    other.issues.create(kind="critical", text="Pochi fondi", category="funding")
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
    theme.projects.add(project, other)
    theme.solution_links.create(solution=portal.card, note="In prova in due siti")
    theme.lesson_links.create(lesson=portal.lesson, note="Vale anche in collina")
    publish(theme)

    meeting = portal.meeting
    meeting.online_link = "https://example.org/webinar"
    meeting.agenda = json.dumps(
        [
            {"type": "item", "value": {"time": "10:00", "title": "Saluti", "speaker": "Anna"}},
            {"type": "item", "value": {"time": "10:30", "title": "Lavori in gruppi"}},
        ]
    )
    slides = wagtail_factories.DocumentFactory(title="Presentazione dei risultati")
    meeting.materials = json.dumps(
        [{"type": "material", "value": {"document": slides.pk, "description": "Le slide"}}]
    )
    meeting.themes.add(theme)
    publish(meeting)
    factories.MeetingPageFactory(
        parent=portal.community,
        title="Plenaria d'autunno",
        kind="webinar",
        start=timezone.now() - datetime.timedelta(days=40),
    )

    card = portal.card
    card.steps = json.dumps(
        [
            {
                "type": "step",
                "value": {"title": "Mappare le aziende", "description": "<p>Chi.</p>"},
            },
            {"type": "step", "value": {"title": "Invitare di sera", "description": "<p>Come.</p>"}},
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
    factories.SolutionCardPageFactory(
        parent=portal.solutions, title="Cartelli nei paesi", maturity="idea"
    )

    publications = factories.PublicationIndexPageFactory(parent=portal.home)
    quaderno = factories.QuadernoPageFactory(
        parent=publications,
        title="Acqua e biodiversità",
        subtitle="Esperienze dalle risaie",
        introduction="<p>Un quaderno a più voci.</p>",
    )
    article = factories.ArticlePageFactory(
        parent=quaderno,
        title="Le risaie come habitat",
        keywords="risaie, anfibi",
        body=json.dumps(
            [
                {"type": "heading", "value": "Il contesto"},
                {"type": "paragraph", "value": "<p>Il testo dell'articolo [1].</p>"},
                {
                    "type": "figure",
                    "value": {
                        "image": wagtail_factories.ImageFactory(title="Pozza").pk,
                        "alt": "Una pozza appena scavata",
                        "caption": "<p>La pozza del 2019.</p>",
                        "credit": "Archivio del progetto",
                    },
                },
                {
                    "type": "table",
                    "value": {
                        "caption": "Pozze scavate",
                        "table": {
                            "columns": [
                                {"type": "text", "heading": "Anno"},
                                {"type": "number", "heading": "Pozze"},
                            ],
                            "rows": [{"values": ["2019", "3"]}, {"values": ["2020", "5"]}],
                            "caption": "",
                        },
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Niente pozze senza volontari.",
                        "attribution": "Un guardiaparco",
                    },
                },
            ]
        ),
        footnotes=json.dumps([{"type": "note", "value": "<p>Dati del progetto.</p>"}]),
        references=json.dumps(
            [
                {
                    "type": "reference",
                    "value": {
                        "citation": "Costanza R. et al. (1997). The value of the world's "
                        "ecosystem services and natural capital. Nature, 387, 253-260.",
                        "doi": "10.1038/387253a0",
                        "url": "",
                    },
                }
            ]
        ),
    )
    factories.add_authors(
        article, "Maria De Luca", "Marco Rossi", affiliation="Università Immaginaria"
    )
    publish(article)
    library = DocumentLibraryPage(title="Materiali", slug="materiali")
    portal.home.add_child(instance=library)
    publish(library)
    portal.library = library
    portal.other_project = other
    portal.publications = publications
    portal.quaderno = quaderno
    portal.article = article
    return portal
