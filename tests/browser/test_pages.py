"""Every page type in Chromium: its real content is visible and axe finds nothing to fix."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def heading(page, name, level=1):
    return page.get_by_role("heading", level=level, name=name)


def test_home(page, axe, full_portal):
    page.goto("/it/")
    main = page.get_by_role("main")
    expect(main.get_by_role("link", name=full_portal.community.title)).to_be_visible()
    expect(main.get_by_role("link", name="Incontri in cascina")).to_be_visible()
    expect(main.get_by_role("link", name=full_portal.lesson.title)).to_be_visible()
    nav = page.locator("nav.main-nav")
    expect(nav.locator(f'a[href="{full_portal.solutions.url}"]')).to_be_visible()
    axe(page)


def test_community_index(page, axe, full_portal):
    page.goto("/it/")
    page.locator("nav.main-nav").locator(f'a[href="{full_portal.communities.url}"]').click()
    expect(page).to_have_url(re.compile(re.escape(full_portal.communities.url) + "$"))
    expect(heading(page, "Comunità")).to_be_visible()
    card = page.locator("article.card", has_text=full_portal.community.title)
    expect(card).to_contain_text("2018")
    expect(card).to_contain_text(re.compile(r"2 (progetti|projects)"))
    axe(page)


def test_community(page, axe, full_portal):
    community = full_portal.community
    page.goto(community.url)
    expect(heading(page, community.title)).to_be_visible()
    feeds = page.locator('link[rel="alternate"][type="application/rss+xml"]')
    for url in (community.url + "feed/", community.url + "discussion/feed/"):
        expect(feeds.and_(page.locator(f'[href="{url}"]'))).to_have_count(1)
    main = page.get_by_role("main")
    expect(main.locator(f'a[href="{community.url}calendar.ics"]').first).to_be_visible()
    projects = main.locator("section[aria-labelledby=projects-title]")
    expect(projects.locator("h3.card-title")).to_have_count(2)
    expect(main.locator("section[aria-labelledby=upcoming-title]")).to_contain_text(
        "Plenaria di primavera"
    )
    expect(main.locator("section[aria-labelledby=past-title]")).to_contain_text(
        "Plenaria d'autunno"
    )
    issues = main.locator("section[aria-labelledby=issues-title] table")
    expect(issues.locator("caption")).to_be_visible()
    expect(issues.locator("tbody tr")).to_have_count(3)
    network = main.locator("section[aria-labelledby=network-title-section]")
    expect(network.get_by_role("img")).to_be_visible()
    expect(network.locator("svg line")).to_have_count(4)
    expect(network.locator("table tbody tr").first).to_contain_text("Parco Regionale Immaginario")
    axe(page)

    # Filter the member projects by status, without JavaScript doing anything for us.
    projects.locator("select[name=status]").select_option("completed")
    projects.locator("form.filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"status=completed"))
    projects = page.locator("section[aria-labelledby=projects-title]")
    expect(projects.locator("h3.card-title")).to_have_text(["Siepi e filari"])
    axe(page)


def test_community_on_a_phone(page, axe, full_portal):
    # Wide tables and the diagram scroll in their own keyboard-reachable regions.
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(full_portal.community.url)
    expect(page.get_by_role("img", name=re.compile("."))).to_be_visible()
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 360
    axe(page)


def test_project(page, axe, full_portal):
    page.goto(full_portal.project.url)
    expect(heading(page, "Rane e risaie")).to_be_visible()
    partners = page.locator("section[aria-labelledby=partners-title] table")
    expect(partners.locator("tbody tr").first).to_contain_text("Parco Regionale Immaginario")
    expect(partners.locator("tbody tr")).to_have_count(2)
    expect(page.locator(".timeline .timeline-title")).to_have_text(
        ["Seconda pozza scavata", "Prima pozza scavata"]
    )
    expect(page.locator("aside")).to_contain_text("IT2010001")
    expect(page.locator("aside")).to_contain_text("800")
    issues = page.locator("table.issues")
    expect(issues.get_by_role("link", name="Incontri in cascina")).to_be_visible()
    axe(page)


def test_theme(page, axe, full_portal):
    page.goto(full_portal.theme.url)
    expect(heading(page, "Coinvolgere gli agricoltori")).to_be_visible()
    expect(heading(page, "Contratto di fiume Seveso", level=3)).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text("In prova in due siti")
    expect(page.get_by_role("main")).to_contain_text("Vale anche in collina")
    aside = page.locator("aside")
    expect(aside.get_by_role("link", name="Siepi e filari")).to_be_visible()
    expect(aside.get_by_role("link", name="Plenaria di primavera")).to_be_visible()
    axe(page)


def test_meeting(page, axe, full_portal):
    meeting = full_portal.meeting
    page.goto(meeting.url)
    expect(heading(page, "Plenaria di primavera")).to_be_visible()
    when = page.locator("section[aria-labelledby=when-title]")
    expect(when).to_contain_text("Europe/Rome")
    expect(when).to_contain_text("Villa immaginaria, Varese")
    expect(when.locator(f'a[href="{meeting.url}meeting.ics"]')).to_be_visible()
    expect(page.locator(".agenda .agenda-title")).to_have_text(["Saluti", "Lavori in gruppi"])
    expect(page.get_by_role("link", name="Presentazione dei risultati")).to_be_visible()
    expect(
        page.locator("aside").get_by_role("link", name="Coinvolgere gli agricoltori")
    ).to_be_visible()
    axe(page)


def test_solution_index_with_filters(page, axe, full_portal):
    page.goto(full_portal.solutions.url)
    cards = page.locator("h3.card-title")
    expect(cards).to_have_count(2)
    axe(page)

    form = page.locator("form.filters")
    form.locator("select[name=topic]").select_option(label="Zone umide")
    form.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(rf"topic={full_portal.habitat.pk}"))
    expect(cards).to_have_text(["Incontri in cascina"])
    # The chosen value stays selected, and the filters combine.
    expect(form.locator("select[name=topic]")).to_have_value(str(full_portal.habitat.pk))
    form.locator("select[name=maturity]").select_option("idea")
    form.locator("button[type=submit]").click()
    expect(cards).to_have_count(0)
    axe(page)

    form.locator("a", has_text=re.compile(".")).last.click()
    expect(page).to_have_url(re.compile(re.escape(full_portal.solutions.url) + "$"))
    expect(cards).to_have_count(2)


def test_solution_card(page, axe, full_portal):
    page.goto(full_portal.card.url)
    expect(heading(page, "Incontri in cascina")).to_be_visible()
    main = page.get_by_role("main")
    expect(main).to_contain_text("Gli agricoltori non partecipano agli incontri.")
    expect(page.locator("ol.steps h3")).to_have_text(["Mappare le aziende", "Invitare di sera"])
    for text in ("3 mesi", "Facilitazione", "Orari scomodi", "Giulia Verdi", "Zone umide"):
        expect(main).to_contain_text(text)
    expect(page.locator("aside").get_by_role("link", name="Rane e risaie")).to_be_visible()
    axe(page)


def test_lesson_index(page, axe, full_portal):
    page.goto(full_portal.lessons.url)
    expect(heading(page, "Lezioni apprese")).to_be_visible()
    expect(page.get_by_role("link", name=full_portal.lesson.title)).to_be_visible()
    page.locator("form.filters select[name=kind]").select_option("did_not_work")
    page.locator("form.filters button[type=submit]").click()
    expect(page.locator("h3.card-title")).to_have_count(0)
    axe(page)


def test_lesson(page, axe, full_portal):
    page.goto(full_portal.lesson.url)
    expect(heading(page, full_portal.lesson.title)).to_be_visible()
    expect(page.locator("blockquote")).to_contain_text("Coinvolgere presto i proprietari")
    expect(page.get_by_role("main")).to_contain_text("Osservato in tre progetti.")
    aside = page.locator("aside")
    expect(aside.get_by_role("link", name="Plenaria di primavera")).to_be_visible()
    expect(aside.get_by_role("link", name="Rane e risaie")).to_be_visible()
    axe(page)


def test_publication_index(page, axe, full_portal):
    page.goto(full_portal.publications.url)
    expect(heading(page, "Pubblicazioni")).to_be_visible()
    expect(page.get_by_role("link", name="Acqua e biodiversità")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text("Esperienze dalle risaie")
    axe(page)


def test_quaderno(page, axe, full_portal):
    page.goto(full_portal.quaderno.url)
    expect(heading(page, "Acqua e biodiversità")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text("Un quaderno a più voci.")
    page.get_by_role("link", name="Le risaie come habitat").click()
    expect(page).to_have_url(re.compile(re.escape(full_portal.article.url) + "$"))
    axe(page)


def test_article(page, axe, full_portal):
    page.goto(full_portal.article.url)
    expect(heading(page, "Le risaie come habitat")).to_be_visible()
    main = page.get_by_role("main")
    expect(main).to_contain_text("Il testo dell'articolo")
    expect(main).to_contain_text("Sintesi.")
    expect(main).to_contain_text("Maria De Luca")
    expect(main.locator("figure figcaption").first).to_contain_text("La pozza del 2019.")
    expect(main.locator("table caption")).to_contain_text("Pozze scavate")
    # The footnote marker leads to the note.
    main.locator('a[href="#fn-1"]').first.click()
    expect(page).to_have_url(re.compile("#fn-1$"))
    expect(page.get_by_role("link", name="10.1038/387253a0")).to_be_visible()
    expect(
        page.locator("nav.breadcrumbs").get_by_role("link", name="Acqua e biodiversità")
    ).to_be_visible()
    axe(page)


def test_document_library(page, axe, full_portal):
    page.goto(full_portal.library.url)
    expect(heading(page, "Materiali")).to_be_visible()
    expect(page.get_by_role("link", name="Presentazione dei risultati")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text("Le slide")
    axe(page)
