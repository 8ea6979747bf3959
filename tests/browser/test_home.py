"""A visitor opens the home page, switches language and back; axe finds nothing to fix."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_home_in_both_languages_with_switcher(page, axe):
    page.goto("/it/")
    expect(page.locator("html")).to_have_attribute("lang", "it")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Comunità di pratica")
    axe(page)

    page.get_by_role("navigation", name="Lingua").get_by_role("link", name=re.compile("EN")).click()
    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Communities of practice")
    axe(page)

    page.get_by_role("navigation", name="Language").get_by_role(
        "link", name=re.compile("IT")
    ).click()
    expect(page).to_have_url(re.compile(r"/it/$"))


def test_skip_link_moves_focus_to_main(page):
    page.goto("/en/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    skip.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))


def test_404_is_accessible(page, axe):
    response = page.goto("/en/no-such-page/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    axe(page)


def test_accessibility_helper_reports_violations(browser, axe):
    # The helper itself must fail on a real problem, or every green run above means nothing.
    tab = browser.new_page()
    tab.set_content(
        '<html lang="en"><body><main><img src="x.png"><a href="/"></a></main></body></html>'
    )
    with pytest.raises(AssertionError, match="image-alt"):
        axe(tab)
    tab.close()
