"""A visitor follows a learning path in Chromium: from the overview to the first step's page,
where the path bar marks it done and leads on, and back to the overview with the progress.
axe finds nothing to fix on the overview, on a page with the path bar and on a document's
step page, and the whole path works without JavaScript."""

import re

import pytest
import wagtail_factories
from playwright.sync_api import expect

from learning_paths.models import LearningPathIndexPage
from tests.html import it
from tests.learning_paths.conftest import add_path, five_steps

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def path(full_portal):
    portal = full_portal
    index = LearningPathIndexPage(title="Percorsi", slug="percorsi")
    portal.home.add_child(instance=index)
    index.save_revision().publish()
    document = wagtail_factories.DocumentFactory(title="Scheda di monitoraggio")
    steps = five_steps(portal, document)
    steps[3]["note"] = "Compilatela con i dati del vostro territorio."
    return add_path(index, "Coinvolgere gli agricoltori", steps)


def url_of(url):
    return re.compile(re.escape(url) + "$")


def in_path(target, path, number):
    return url_of(f"{target.url}?path={path.pk}&step={number}")


def bar_of(page):
    return page.get_by_role("navigation", name=it("Learning path"))


def follow_the_first_two_steps(page, path, full_portal, axe=None):
    page.goto(path.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(path.title)
    if axe:
        axe(page)

    page.get_by_role("link", name=it("Start: %(title)s", title="Rane e risaie")).click()
    expect(page).to_have_url(in_path(full_portal.project, path, 1))
    expect(page.get_by_role("heading", level=1)).to_have_text("Rane e risaie")
    bar = bar_of(page)
    expect(bar).to_contain_text(it("Step %(number)s of %(total)s", number=1, total=5))
    expect(bar).to_contain_text("Capire il contesto")
    expect(bar).to_contain_text("Chi sono gli agricoltori del vostro territorio?")

    bar.get_by_role("button", name=it("Mark as done")).click()
    expect(page).to_have_url(in_path(full_portal.project, path, 1))
    bar = bar_of(page)
    expect(bar.get_by_role("status")).to_have_text(it("Step marked as done."))
    expect(bar.get_by_role("button", name=it("Mark as not done"))).to_be_visible()
    if axe:
        axe(page)

    bar.get_by_role("link", name=it("Next: %(title)s", title=full_portal.theme.title)).click()
    expect(page).to_have_url(in_path(full_portal.theme, path, 2))
    bar = bar_of(page)
    expect(bar).to_contain_text(it("Step %(number)s of %(total)s", number=2, total=5))
    bar.get_by_role("button", name=it("Mark as done")).click()
    expect(bar_of(page).get_by_role("button", name=it("Mark as not done"))).to_be_visible()

    bar_of(page).get_by_role("link", name=path.title).click()
    expect(page).to_have_url(url_of(path.url))
    progress = page.locator(".path-progress")
    expect(progress).to_contain_text(it("%(count)s of %(total)s steps done", count=2, total=5))
    expect(progress.locator("progress")).to_have_attribute("value", "2")
    expect(
        progress.get_by_role("link", name=it("Continue: %(title)s", title=full_portal.card.title))
    ).to_have_attribute("href", f"{full_portal.card.url}?path={path.pk}&step=3")


def test_following_a_path_and_marking_steps_done(page, axe, path, full_portal):
    follow_the_first_two_steps(page, path, full_portal, axe=axe)


def test_a_document_step_page(page, axe, path):
    page.goto(path.url)
    page.get_by_role("link", name="Scheda da compilare").click()
    expect(page).to_have_url(url_of(f"{path.url}steps/4/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Scheda da compilare")
    main = page.get_by_role("main")
    expect(main).to_contain_text("Compilatela con i dati del vostro territorio.")
    link = main.get_by_role(
        "link", name=it("Open the document “%(title)s”", title="Scheda di monitoraggio")
    )
    expect(link).to_have_attribute("href", re.compile(r"/documents/"))
    expect(bar_of(page)).to_contain_text(it("Step %(number)s of %(total)s", number=4, total=5))
    axe(page)


def test_the_path_works_without_javascript(browser, live_server, path, full_portal):
    context = browser.new_context(
        base_url=live_server.url, locale="it-IT", java_script_enabled=False
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        follow_the_first_two_steps(page, path, full_portal)
    finally:
        context.close()
