"""Learning paths in the read-only API v2: the path's fields, its duration, its modules and
their steps, its prerequisites; live paths only, and a query budget."""

from http import HTTPStatus

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from learning_paths.models import LearningPathPage

from .conftest import add_path

pytestmark = pytest.mark.django_db

LISTING = "/api/v2/pages/?type=learning_paths.LearningPathPage"


def get(client, url, status=HTTPStatus.OK):
    response = client.get(url)
    assert response.status_code == status, response.content
    return response.json()


def detail(client, page, status=HTTPStatus.OK):
    return get(client, f"/api/v2/pages/{page.pk}/", status)


@pytest.fixture
def paths(learning_path, portal, paths_index):
    """The learning path, with a first path as its prerequisite."""
    first = add_path(paths_index, "Primi passi", [{"page": portal.theme, "minutes": 12}])
    path = learning_path.page
    path.prerequisites.add(first)
    path.save_revision().publish()
    return LearningPathPage.objects.get(pk=path.pk), first


def test_the_detail_carries_the_path_its_duration_and_its_modules(client, paths, learning_path):
    path, first = paths
    portal = learning_path.portal
    data = detail(client, path)

    assert data["meta"]["type"] == "learning_paths.LearningPathPage"
    assert data["meta"]["parent"]["id"] == learning_path.index.pk
    assert data["title"] == "Coinvolgere gli agricoltori"
    assert data["audience"] == "Guardiaparco e tecnici comunali"
    assert data["level"] == "introductory"
    assert data["introduction"] == "<p>Un percorso tra le esperienze.</p>"
    assert "Riconoscere i problemi" in data["objectives"]
    assert data["minutes"] == 100
    assert [(item["id"], item["title"]) for item in data["prerequisites"]] == [
        (first.pk, "Primi passi")
    ]

    modules = data["modules"]
    assert [(module["title"], module["minutes"]) for module in modules] == [
        ("Capire il contesto", 45),
        ("Mettere in pratica", 55),
    ]
    assert sum(module["minutes"] for module in modules) == data["minutes"]
    steps = [step for module in modules for step in module["steps"]]
    keys = [str(step.key) for step in path.ordered_steps()]
    assert [step["id"] for step in steps] == keys
    assert [step["number"] for step in steps] == [1, 2, 3, 4, 5]

    project, theme, card, document, address = steps
    assert project == {
        "id": keys[0],
        "number": 1,
        "kind": "page",
        "available": True,
        "title": "Rane e risaie",
        "page": portal.project.pk,
        "document": None,
        "url": "",
        "note": "Leggete come il progetto ha lavorato con le risaie.",
        "question": "Chi sono gli agricoltori del vostro territorio?",
        "minutes": 15,
    }
    assert (theme["kind"], theme["page"], theme["title"]) == (
        "page",
        portal.theme.pk,
        "Coinvolgere gli agricoltori",
    )
    assert card["note"] == "La soluzione in breve."
    assert document == {
        "id": keys[3],
        "number": 4,
        "kind": "document",
        "available": True,
        "title": "Scheda da compilare",
        "page": None,
        "document": learning_path.document.pk,
        "url": "",
        "note": "",
        "question": "",
        "minutes": 30,
    }
    assert address == {
        "id": keys[4],
        "number": 5,
        "kind": "url",
        "available": True,
        "title": "Guida regionale per gli agricoltori",
        "page": None,
        "document": None,
        "url": "https://www.example.org/guida-agricoltori",
        "note": "",
        "question": "Quale misura potreste proporre?",
        "minutes": 25,
    }
    # The step's page and document lead on through the API.
    assert detail(client, portal.project)["title"] == "Rane e risaie"
    document_data = get(client, f"/api/v2/documents/{learning_path.document.pk}/")
    assert document_data["title"] == "Scheda di monitoraggio"


def test_the_listing_carries_every_field(client, paths):
    path, first = paths
    data = get(client, f"{LISTING}&fields=*")
    assert data["meta"]["total_count"] == 2
    by_id = {item["id"]: item for item in data["items"]}
    assert set(by_id) == {path.pk, first.pk}
    assert by_id[path.pk]["minutes"] == 100
    assert len(by_id[path.pk]["modules"]) == 2
    assert by_id[first.pk]["minutes"] == 12
    # Steps before any module title form a module named after the path.
    assert [module["title"] for module in by_id[first.pk]["modules"]] == ["Primi passi"]
    assert by_id[first.pk]["prerequisites"] == []


def test_the_listing_selects_fields(client, paths):
    path, _first = paths
    data = get(client, f"{LISTING}&fields=minutes,modules&order=title")
    item = next(item for item in data["items"] if item["id"] == path.pk)
    assert set(item) == {"id", "meta", "title", "minutes", "modules"}
    assert data["items"][0]["title"] == "Coinvolgere gli agricoltori"


def test_the_listing_filters_by_level(client, paths):
    path, first = paths
    path.level = LearningPathPage.Level.ADVANCED
    path.save_revision().publish()
    data = get(client, f"{LISTING}&level=advanced")
    assert [item["id"] for item in data["items"]] == [path.pk]


def test_the_api_follows_the_editors_order(client, paths):
    path, _first = paths
    steps = list(path.steps.all())
    steps[0].sort_order, steps[-1].sort_order = steps[-1].sort_order, steps[0].sort_order
    path.steps = steps
    path.save_revision().publish()
    data = detail(client, path)
    titles = [step["title"] for module in data["modules"] for step in module["steps"]]
    assert titles[0] == "Guida regionale per gli agricoltori"
    assert titles[-1] == "Rane e risaie"
    # The address now opens the path, before the first module title.
    assert data["modules"][0]["title"] == path.title


def test_a_deleted_target_leaves_an_empty_step(client, learning_path):
    learning_path.portal.card.delete()
    learning_path.document.delete()
    data = detail(client, learning_path.page)
    steps = [step for module in data["modules"] for step in module["steps"]]
    card, document = steps[2], steps[3]
    assert (card["kind"], card["page"], card["available"]) == ("page", None, False)
    with translation.override(settings.LANGUAGE_CODE):
        assert card["title"] == gettext("Missing target")
    assert (document["kind"], document["document"], document["title"]) == (
        "document",
        None,
        "Scheda da compilare",
    )


def test_only_live_paths_and_their_published_steps(client, paths, portal):
    path, first = paths
    # A draft with one more step: the API keeps to the published version.
    path.steps.add(path.steps.model(kind="page", page=portal.lesson, sort_order=99, minutes=5))
    path.save_revision()
    data = detail(client, path)
    assert data["minutes"] == 100
    assert sum(len(module["steps"]) for module in data["modules"]) == 5

    first.unpublish()
    detail(client, first, HTTPStatus.NOT_FOUND)
    data = get(client, f"{LISTING}&fields=*")
    assert [item["id"] for item in data["items"]] == [path.pk]


def test_an_unpublished_prerequisite_is_not_listed(client, paths):
    path, first = paths
    first.unpublish()
    assert detail(client, path)["prerequisites"] == []


@pytest.mark.parametrize(
    "query",
    ["type=learning_paths.Nothing", "type=learning_paths.LearningPathPage&fields=nothing"],
)
def test_bad_queries_are_refused_with_a_message(client, paths, query):
    data = get(client, f"/api/v2/pages/?{query}", HTTPStatus.BAD_REQUEST)
    assert data["message"]


def test_the_detail_of_a_long_path_has_a_query_budget(
    client, portal, paths_index, document, django_assert_max_num_queries
):
    targets = [portal.project, portal.theme, portal.card, portal.lesson, portal.meeting]
    steps = [
        {"page": targets[number % 5], "module": "Modulo" if number % 6 == 0 else ""}
        for number in range(28)
    ]
    steps += [{"document": document}, {"url": "https://example.org/", "title": "Altrove"}]
    path = add_path(paths_index, "Un percorso lungo", steps)
    with django_assert_max_num_queries(15):
        data = detail(client, path)
    assert data["minutes"] == 300
    assert sum(len(module["steps"]) for module in data["modules"]) == 30


@pytest.mark.parametrize("count", [1, 6])
def test_the_listing_costs_a_few_queries_per_path(
    client, portal, paths_index, count, django_assert_max_num_queries
):
    steps = [{"page": portal.theme}, {"page": portal.card, "module": "Due"}]
    for number in range(count):
        add_path(paths_index, f"Percorso {number}", steps * 5)
    # Wagtail's API serializes each page on its own: a path costs its steps, its duration and
    # its live and public prerequisites, whatever the number of steps.
    with django_assert_max_num_queries(11 + 5 * count):
        data = get(client, f"{LISTING}&fields=*")
    assert data["meta"]["total_count"] == count
