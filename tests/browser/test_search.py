"""Searching in Chromium: the header box, the results, a facet, the sort and the empty state,
without JavaScript of our own; axe finds nothing to fix."""

import re
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from search import index
from search.models import SearchEntry

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

COUNT = re.compile(r"^\s*(\d+)\b")


@pytest.fixture
def indexed_portal(full_portal):
    """The full portal, every live page in the index (factories make live pages without
    publishing them, and only publishing indexes a page)."""
    index.rebuild()
    assert SearchEntry.objects.filter(page=full_portal.article).exists()
    return full_portal


def result_count(page):
    return int(COUNT.match(page.locator("#results-title").inner_text()).group(1))


def test_search_from_the_header_filter_and_sort(page, axe, indexed_portal):
    full_portal = indexed_portal
    page.goto(full_portal.card.url)
    header_form = page.locator("header.site-header form[role=search]")
    box = header_form.get_by_role("searchbox")
    expect(box).to_be_visible()
    box.fill("risaie")
    box.press("Enter")

    expect(page).to_have_url(re.compile(r"/it/search/\?q=risaie$"))
    expect(page.locator("html")).to_have_attribute("lang", "it")
    expect(page).to_have_title(re.compile(r"^risaie · "))
    main = page.get_by_role("main")
    expect(main.get_by_role("searchbox")).to_have_value("risaie")
    results = main.locator("ol.search-results > li")
    expect(results.first).to_be_visible()
    expect(main.get_by_role("link", name="Rane e risaie")).to_be_visible()
    expect(main.get_by_role("link", name="Le risaie come habitat")).to_be_visible()
    everything = result_count(page)
    assert results.count() == everything >= 2
    axe(page)

    # Tick a facet in the aside and apply it.
    facets = page.locator("aside.search-facets")
    article = facets.locator("input[name=type][value=article]")
    label = facets.locator(f'label[for="{article.get_attribute("id")}"]')
    expect(label).to_contain_text("(1)")
    article.check()
    facets.get_by_role("button").click()
    expect(page).to_have_url(re.compile(r"[?&]type=article(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]q=risaie(&|$)"))
    expect(facets.locator("input[name=type][value=article]")).to_be_checked()
    expect(results).to_have_count(1)
    expect(results.first).to_contain_text("Le risaie come habitat")
    assert result_count(page) == 1 < everything
    expect(facets.get_by_role("link")).to_have_attribute("href", "/it/search/?q=risaie")
    axe(page)

    # Sort by date: the filter stays.
    main.locator("#search-sort").select_option("date")
    main.locator("form.search-form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"[?&]sort=date(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]type=article(&|$)"))
    expect(main.locator("#search-sort")).to_have_value("date")
    expect(results).to_have_count(1)

    # Clear the filters: every result again, still sorted by date.
    facets.get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/it/search/\?q=risaie&sort=date$"))
    expect(results).to_have_count(everything)


def test_empty_state_and_start_page(page, axe, indexed_portal):
    page.goto("/it/search/?q=xqzwv+ranocchiette")
    main = page.get_by_role("main")
    expect(main.locator(".search-empty")).to_be_visible()
    expect(main.locator("ol.search-results")).to_have_count(0)
    assert result_count(page) == 0
    axe(page)

    page.goto("/it/search/")
    expect(main.locator(".search-start")).to_be_visible()
    types = page.locator("aside.search-facets fieldset").first
    expect(types.locator("input[type=checkbox]").first).to_be_visible()
    axe(page)


def test_the_header_search_box_on_a_phone(page, axe, indexed_portal):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/it/")
    box = page.locator("header.site-header").get_by_role("searchbox")
    expect(box).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    button = page.locator("header.site-header form[role=search] button")
    box_rect, button_rect = box.bounding_box(), button.bounding_box()
    assert box_rect["width"] >= 180
    assert button_rect["x"] + button_rect["width"] <= 360
    box.focus()
    page.keyboard.type("cascina")
    page.keyboard.press("Tab")
    expect(button).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/it/search/\?q=cascina$"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    axe(page)


def test_hostile_queries_stay_text_in_the_browser(page, indexed_portal):
    from tests.hostile_input import INJECTED_SELECTORS, MARKER, PAYLOADS

    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for payload in PAYLOADS:
        page.goto("/it/search/?" + urlencode({"q": payload.text, "topic": payload.text}))
        expect(page.get_by_role("main").get_by_role("searchbox")).to_be_visible()
        assert page.evaluate(f"typeof window.{MARKER}") == "undefined", payload.name
        for selector in INJECTED_SELECTORS:
            assert page.locator(selector).count() == 0, (payload.name, selector)
    assert dialogs == []
