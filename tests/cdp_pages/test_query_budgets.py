"""Query budgets of the listing pages: as many queries for 50 items as for 5.

Each test renders the real page (templates included) with 5 items, then with 50, and
compares the number of queries; an absolute budget caps both. Each page is requested once
before measuring, so that one-off work (image renditions, caches) is not counted.

About 13 queries are the same on every page: the site and locale, routing to the page, view
restrictions, the language switcher, the main navigation and the breadcrumbs. The budgets
below leave one or two queries of room above what each page does today.
"""

import datetime
from http import HTTPStatus

import pytest
import wagtail_factories
from django.utils import timezone

from cdp_pages.models import ProjectIssue, ProjectPartner, ThemeLessonLink, ThemeSolutionLink
from tests import factories

SMALL, LARGE = 5, 50

BUDGETS = {
    "solution_index": 20,
    "solution_index_filtered": 21,
    "lesson_index": 18,
    "community_index": 15,
    "community": 30,
    # The discussion adds two queries: the thread, and the comments on the translations.
    "theme": 28,
}


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Images and renditions go to a temporary folder."""
    settings.MEDIA_ROOT = tmp_path


def image():
    return wagtail_factories.ImageFactory()


def measure(client, url, budget, django_assert_max_num_queries):
    """The SQL of one request to `url`, after a first request that warms things up."""
    assert client.get(url).status_code == HTTPStatus.OK
    with django_assert_max_num_queries(budget) as context:
        response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return [query["sql"] for query in context.captured_queries]


def assert_same_count(small, large):
    extra = [sql for sql in large if sql not in small]
    assert len(large) == len(small), (
        f"{len(small)} queries with {SMALL} items, {len(large)} with {LARGE}; "
        "queries that are new with more items:\n" + "\n".join(extra)
    )


def check_budget(client, url, grow, budget, django_assert_max_num_queries):
    grow(0, SMALL)
    small = measure(client, url, budget, django_assert_max_num_queries)
    grow(SMALL, LARGE)
    large = measure(client, url, budget, django_assert_max_num_queries)
    assert_same_count(small, large)


# Builders: each adds the items numbered from `start` to `stop` ----------------------------


def add_solution_cards(portal, start, stop, **links):
    cards = []
    for number in range(start, stop):
        card = factories.SolutionCardPageFactory(
            parent=portal.solutions,
            title=f"Soluzione numero {number}",
            listing_image=image(),
            first_published_at=timezone.now() - datetime.timedelta(hours=number),
        )
        card.topics.add(portal.habitat, factories.TopicFactory(name=f"Tecnica {number}"))
        card.themes.add(links.get("theme", portal.theme))
        card.projects.add(links.get("project", portal.project))
        card.contacts.add(factories.PersonFactory())
        card.save()
        cards.append(card)
    return cards


def add_lessons(portal, start, stop, **links):
    lessons = []
    for number in range(start, stop):
        lesson = factories.LessonLearnedPageFactory(
            parent=portal.lessons,
            title=f"Lezione numero {number}",
            source_meeting=portal.meeting,
            listing_image=image(),
            first_published_at=timezone.now() - datetime.timedelta(hours=number),
        )
        lesson.themes.add(links.get("theme", portal.theme))
        lesson.projects.add(links.get("project", portal.project))
        lesson.save()
        lessons.append(lesson)
    return lessons


def add_project(community, number, habitat, shared_partner):
    project = factories.ProjectPageFactory(
        parent=community, title=f"Progetto numero {number}", listing_image=image()
    )
    project.habitats.add(habitat, factories.TopicFactory(name=f"Habitat {number}"))
    project.save()
    own = factories.OrganizationFactory(name=f"Ente numero {number}")
    ProjectPartner.objects.create(page=project, organization=own, role="lead")
    ProjectPartner.objects.create(page=project, organization=shared_partner, role="partner")
    ProjectIssue.objects.create(
        page=project,
        kind="critical" if number % 2 else "strength",
        category=ProjectIssue.Category.values[number % len(ProjectIssue.Category.values)],
        text="Una criticità.",
    )
    return project


def add_meeting(community, number, theme=None):
    # Half in the past, half to come.
    start = timezone.now() + datetime.timedelta(days=(number + 1) * (1 if number % 2 else -1))
    meeting = factories.MeetingPageFactory(
        parent=community,
        title=f"Incontro numero {number}",
        start=start,
        end=start + datetime.timedelta(hours=2),
        online_link="https://example.org/webinar",
    )
    if theme is not None:
        meeting.themes.add(theme)
        meeting.save()
    return meeting


# The listing pages --------------------------------------------------------------------------


def test_solution_index(client, portal, django_assert_max_num_queries):
    def grow(start, stop):
        add_solution_cards(portal, start, stop)

    check_budget(
        client, portal.solutions.url, grow, BUDGETS["solution_index"], django_assert_max_num_queries
    )


def test_solution_index_filtered(client, portal, django_assert_max_num_queries):
    def grow(start, stop):
        add_solution_cards(portal, start, stop)

    url = f"{portal.solutions.url}?maturity=tested&topic={portal.habitat.pk}"
    check_budget(
        client, url, grow, BUDGETS["solution_index_filtered"], django_assert_max_num_queries
    )


def test_lesson_index(client, portal, django_assert_max_num_queries):
    def grow(start, stop):
        add_lessons(portal, start, stop)

    check_budget(
        client, portal.lessons.url, grow, BUDGETS["lesson_index"], django_assert_max_num_queries
    )


def test_community_index(client, portal, django_assert_max_num_queries):
    def grow(start, stop):
        for number in range(start, stop):
            community = factories.CommunityPageFactory(
                parent=portal.communities,
                title=f"Comunità numero {number}",
                edition=2017 + number % 3,
                listing_image=image(),
            )
            factories.ProjectPageFactory(parent=community, title=f"Progetto {number}")

    check_budget(
        client,
        portal.communities.url,
        grow,
        BUDGETS["community_index"],
        django_assert_max_num_queries,
    )


def test_community(client, portal, django_assert_max_num_queries):
    community = portal.community
    park = portal.organizations[0]

    def grow(start, stop):
        for number in range(start, stop):
            project = add_project(community, number, portal.habitat, park)
            theme = factories.ThemePageFactory(parent=community, title=f"Tema numero {number}")
            add_meeting(community, number)
            add_solution_cards(portal, number, number + 1, project=project, theme=theme)
            add_lessons(portal, number, number + 1, project=project, theme=theme)
            community.facilitators.add(factories.PersonFactory())
        community.save()

    check_budget(client, community.url, grow, BUDGETS["community"], django_assert_max_num_queries)


def test_theme(client, portal, django_assert_max_num_queries):
    theme = portal.theme
    park = portal.organizations[0]

    def grow(start, stop):
        cards = add_solution_cards(portal, start, stop)
        lessons = add_lessons(portal, start, stop)
        for number, (card, lesson) in enumerate(zip(cards, lessons, strict=True), start):
            add_meeting(portal.community, number, theme=theme)
            theme.projects.add(add_project(portal.community, number, portal.habitat, park))
            ThemeSolutionLink.objects.create(page=theme, solution=card, note=f"Nota {number}")
            ThemeLessonLink.objects.create(page=theme, lesson=lesson, note=f"Nota {number}")
        theme.save()

    check_budget(client, theme.url, grow, BUDGETS["theme"], django_assert_max_num_queries)
