import os

import pytest
from wagtail.models import Locale

from cdp_pages.models import HomePage


def _collects_browser_tests(session):
    return any("browser" in item.path.parts for item in session.items)


@pytest.fixture(scope="session")
def playwright(request):
    """Playwright's sync API, started before the test database when browser tests run.

    Playwright runs an event loop in the test thread. Database connections made before it
    starts are not the ones the tests see afterwards, and the serialized copy of the test
    database that browser tests restore after each flush would be lost with them.
    """
    if not _collects_browser_tests(request.session):
        yield None
        return
    # The live server does its database work in its own thread; the event loop in this
    # one does not make Django's ORM calls unsafe.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as instance:
        yield instance


@pytest.fixture(scope="session")
def django_db_setup(playwright, django_db_setup):
    """pytest-django's test database, created once Playwright runs (see `playwright`)."""
    return django_db_setup


@pytest.fixture
def home_it(db):
    return HomePage.objects.get(locale=Locale.objects.get(language_code="it"))


@pytest.fixture
def home_en(db):
    return HomePage.objects.get(locale=Locale.objects.get(language_code="en"))
