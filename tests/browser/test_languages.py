"""A visitor moves between the Italian portal and its English translation in Chromium: the
language switcher leads to the counterpart page, or to the "not available" page; alias pages
say that their content is Italian. axe finds nothing to fix, and it all works without
JavaScript (the switcher is plain links)."""

import re
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.models import Locale

from cdp_pages import roles
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def bilingual(portal, translate):
    """The `portal` translated into English, an Italian lesson added afterwards and not
    translated, and an Italian card shown in English through an alias."""
    english = Locale.objects.get(language_code="en")
    translate(portal.home, subtree=True)
    untranslated = publish(
        factories.LessonLearnedPageFactory(parent=portal.lessons, title="Lezione solo italiana")
    )
    aliased = publish(
        factories.SolutionCardPageFactory(parent=portal.solutions, title="Cartelli nei paesi")
    )
    alias = aliased.copy_for_translation(english, copy_parents=True, alias=True)
    return SimpleNamespace(
        portal=portal,
        card=portal.card,
        card_en=portal.card.get_translation(english),
        untranslated=untranslated,
        aliased=aliased,
        alias=alias,
    )


def switch_to(page, code):
    """Click the switcher's link to a language (its name starts with the code)."""
    page.locator("nav.language-switcher").get_by_role(
        "link", name=re.compile(rf"^{code.upper()}\b")
    ).click()


def url_of(path):
    return re.compile(re.escape(path) + "$")


def test_switching_to_the_counterpart_and_back(page, axe, bilingual):
    page.goto(bilingual.card.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Incontri in cascina")
    switch_to(page, "en")
    expect(page).to_have_url(url_of(bilingual.card_en.url))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Incontri in cascina (EN)")
    expect(page.locator(".language-notice")).to_have_count(0)
    axe(page)

    switch_to(page, "it")
    expect(page).to_have_url(url_of(bilingual.card.url))
    expect(page.get_by_role("heading", level=1)).to_have_text("Incontri in cascina")

    page.goto("/en/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("(EN)")
    axe(page)


def test_an_untranslated_page_leads_to_the_not_available_page(page, axe, bilingual):
    lesson = bilingual.untranslated
    page.goto(lesson.url)
    switch_to(page, "en")
    expect(page).to_have_url(url_of(f"/en/not-translated/{lesson.pk}/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "This page is not available in English yet"
    )
    main = page.get_by_role("main")
    expect(main.get_by_role("link", name="Go to the home page")).to_have_attribute("href", "/en/")
    expect(main.get_by_role("link", name="Search the portal")).to_have_attribute(
        "href", "/en/search/"
    )
    original = main.get_by_role("link", name="Lezione solo italiana")
    expect(original).to_have_attribute("lang", "it")
    expect(original).to_have_attribute("hreflang", "it")
    axe(page)

    original.click()
    expect(page).to_have_url(url_of(lesson.url))
    expect(page.get_by_role("heading", level=1)).to_have_text("Lezione solo italiana")


def test_an_alias_says_it_shows_the_italian_original(page, axe, bilingual):
    page.goto(bilingual.alias.url)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    main = page.get_by_role("main")
    expect(main.locator(".language-notice")).to_have_text(
        "This page has not been translated into English yet: you are reading the Italian original."
    )
    expect(main.locator('[lang="it"]').get_by_role("heading", level=1)).to_have_text(
        "Cartelli nei paesi"
    )
    axe(page)
    switch_to(page, "it")
    expect(page).to_have_url(url_of(bilingual.aliased.url))


def test_the_switcher_works_without_javascript(browser, live_server, bilingual):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        page.goto(bilingual.card.url)
        switch_to(page, "en")
        expect(page).to_have_url(url_of(bilingual.card_en.url))
        switch_to(page, "it")
        expect(page).to_have_url(url_of(bilingual.card.url))

        page.goto(bilingual.untranslated.url)
        switch_to(page, "en")
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "This page is not available in English yet"
        )
        page.get_by_role("main").get_by_role("link", name="Lezione solo italiana").click()
        expect(page).to_have_url(url_of(bilingual.untranslated.url))
    finally:
        context.close()


def test_an_editor_reads_the_translation_status_report(page, axe, bilingual, live_server):
    """The report in the admin (in Italian, the browser's language) lists the card as
    translated into English, the lesson added afterwards as missing; axe finds nothing."""
    client = Client()
    client.force_login(factories.UserFactory(username="elena", groups=[roles.EDITORS]))
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page.goto(reverse("translation_status:index"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Stato delle traduzioni")
    table = page.get_by_role("table")
    card_row = table.get_by_role("row").filter(has_text="Incontri in cascina")
    expect(card_row).to_contain_text("Aggiornata")
    lesson_row = table.get_by_role("row").filter(has_text="Lezione solo italiana")
    expect(lesson_row).to_contain_text("Mancante")
    axe(page)
