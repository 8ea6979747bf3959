import datetime
import os
from types import SimpleNamespace

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.operations import translate_object, translate_page_subtree

from cdp_pages import roles
from cdp_pages.models import HomePage
from tests import factories


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


@pytest.fixture(autouse=True)
def clear_cache():
    """Rate-limit counters and other cached values never leak from one test to the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_it(db):
    return HomePage.objects.get(locale=Locale.objects.get(language_code="it"))


@pytest.fixture
def home_en(db):
    return HomePage.objects.get(locale=Locale.objects.get(language_code="en"))


@pytest.fixture
def portal(home_it):
    """A small published portal in Italian: indexes, a community with a project, a theme,
    a meeting, a solution card and a lesson, linked to each other."""

    communities = factories.CommunityIndexPageFactory(parent=home_it)
    community = factories.CommunityPageFactory(parent=communities, edition=2018)
    habitat = factories.TopicFactory(name="Zone umide")
    lead = factories.OrganizationFactory(name="Parco Regionale Immaginario")
    partner = factories.OrganizationFactory(name="Associazione Rane Felici")
    project = factories.ProjectPageFactory(parent=community, title="Rane e risaie")
    project.habitats.add(habitat)
    project.partners.create(organization=lead, role="lead")
    project.partners.create(organization=partner, role="partner")
    project.issues.create(kind="critical", text="Pochi volontari", category="engagement")
    project.achievements.create(
        date=datetime.date(2019, 5, 1), title="Prima pozza scavata", text="<p>Fatto.</p>"
    )
    project.save_revision().publish()
    theme = factories.ThemePageFactory(parent=community, title="Coinvolgere gli agricoltori")
    meeting = factories.MeetingPageFactory(parent=community, title="Plenaria di primavera")
    # Published through revisions, as editors do: the search index follows publishing.
    theme.save_revision().publish()
    meeting.save_revision().publish()
    solutions = factories.SolutionIndexPageFactory(parent=home_it)
    card = factories.SolutionCardPageFactory(parent=solutions, title="Incontri in cascina")
    card.projects.add(project)
    card.themes.add(theme)
    card.topics.add(habitat)
    card.save_revision().publish()
    lessons = factories.LessonIndexPageFactory(parent=home_it)
    lesson = factories.LessonLearnedPageFactory(parent=lessons, source_meeting=meeting)
    lesson.projects.add(project)
    lesson.themes.add(theme)
    lesson.save_revision().publish()
    return SimpleNamespace(
        home=home_it,
        communities=communities,
        community=community,
        project=project,
        theme=theme,
        meeting=meeting,
        solutions=solutions,
        card=card,
        lessons=lessons,
        lesson=lesson,
        habitat=habitat,
        organizations=[lead, partner],
    )


# One user per role. The partner works on the portal's project.


@pytest.fixture
def partner(portal):
    user = factories.UserFactory(
        username="paolo", first_name="Paolo", last_name="Prati", groups=[roles.PARTNERS]
    )
    roles.add_project_partner(user, portal.project)
    return user


@pytest.fixture
def editor(db):
    return factories.UserFactory(username="elena", groups=[roles.EDITORS])


@pytest.fixture
def moderator(db):
    return factories.UserFactory(username="marta", groups=[roles.MODERATORS])


@pytest.fixture
def translator(db):
    return factories.UserFactory(username="tom", groups=[roles.TRANSLATORS])


# Translations -----------------------------------------------------------------------------


def fake_translation(text, path, language_code="en"):
    """A recognisable translation of a source string: slugs stay slugs."""
    return f"{text}-{language_code}" if path == "slug" else f"{text} ({language_code.upper()})"


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """Translate a page (with `subtree=True`, its descendants too) or a snippet through
    wagtail-localize, as an editor submits and a translator translates: every string is
    translated, by `strings` (source text -> translation) or else by `fake_translation`.

    Returns the translated instance. With `publish=False` the translations stay drafts.
    """

    def translate(instance, language_code="en", strings=None, *, subtree=False, publish=True):
        strings = strings or {}
        locale = Locale.objects.get(language_code=language_code)
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(instance, [locale])
            if subtree:
                translate_page_subtree(instance.pk, [locale], None, None)
            keys = [instance.translation_key]
            if subtree:
                keys += list(
                    Page.objects.descendant_of(instance).values_list("translation_key", flat=True)
                )
            for translation in Translation.objects.filter(
                source__object_id__in=keys, target_locale=locale
            ).select_related("source"):
                for segment in StringSegment.objects.filter(
                    source=translation.source
                ).select_related("string", "context"):
                    text, path = segment.string.data, segment.context.path
                    segment.string.translations.update_or_create(
                        locale=locale,
                        context=segment.context,
                        defaults={
                            "data": strings.get(text) or fake_translation(text, path, language_code)
                        },
                    )
                translation.save_target(publish=publish)
        return instance.get_translation(locale)

    return translate
