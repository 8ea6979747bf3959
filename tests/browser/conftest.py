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
