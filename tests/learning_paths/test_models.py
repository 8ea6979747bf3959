"""Learning paths: the order of the steps, their modules, the duration, the kind of a step and
what keeps a visitor from following it."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext

from learning_paths.models import LearningPathPage, LearningPathStep

from .conftest import add_path

pytestmark = pytest.mark.django_db


def titles(steps):
    return [step.display_title for step in steps]


# Order ------------------------------------------------------------------------------------


def test_steps_follow_their_sort_order_and_are_numbered_from_one(learning_path):
    path = learning_path.page
    steps = path.ordered_steps()
    assert titles(steps) == [
        "Rane e risaie",
        "Coinvolgere gli agricoltori",
        "Incontri in cascina",
        "Scheda da compilare",
        "Guida regionale per gli agricoltori",
    ]
    assert [step.number for step in steps] == [1, 2, 3, 4, 5]
    assert all(step.path is path for step in steps)

    # The editor drags the address first: the sort order decides, not the creation order.
    last = steps[-1]
    last.sort_order = -1
    last.save()
    steps = LearningPathPage.objects.get(pk=path.pk).ordered_steps()
    assert steps[0].pk == last.pk
    assert [step.number for step in steps] == [1, 2, 3, 4, 5]


def test_a_draft_keeps_the_editors_order(learning_path):
    """A revision (a draft, a preview) holds its steps in memory, in the order of the form."""
    path = learning_path.page
    steps = list(path.steps.all())
    # The form numbers the steps as the editor dragged them.
    steps[0].sort_order, steps[1].sort_order = steps[1].sort_order, steps[0].sort_order
    path.steps = steps
    path.save_revision()

    draft = LearningPathPage.objects.get(pk=path.pk).get_latest_revision_as_object()
    assert titles(draft.ordered_steps())[:2] == ["Coinvolgere gli agricoltori", "Rane e risaie"]
    # The live path has not changed.
    live = LearningPathPage.objects.get(pk=path.pk).ordered_steps()
    assert titles(live)[:2] == ["Rane e risaie", "Coinvolgere gli agricoltori"]


def test_ordered_steps_fetch_their_targets_in_one_query(learning_path, django_assert_num_queries):
    path = learning_path.page
    with django_assert_num_queries(1):
        steps = path.ordered_steps()
        assert [step.problem for step in steps] == [""] * 5
        assert titles(steps)[0] == "Rane e risaie"


# Modules and duration ---------------------------------------------------------------------


def test_steps_group_into_modules(learning_path):
    modules = learning_path.page.modules()
    assert [module.title for module in modules] == ["Capire il contesto", "Mettere in pratica"]
    assert [[step.number for step in module.steps] for module in modules] == [[1, 2, 3], [4, 5]]
    assert [module.minutes for module in modules] == [45, 55]


def test_steps_before_the_first_module_title_form_a_module_named_after_the_path(
    portal, paths_index
):
    path = add_path(
        paths_index,
        "Le zone umide in breve",
        [
            {"page": portal.theme, "minutes": 5},
            {"page": portal.card, "minutes": 5},
            {"module": "Approfondire", "page": portal.lesson, "minutes": 20},
        ],
    )
    modules = path.modules()
    assert [module.title for module in modules] == ["Le zone umide in breve", "Approfondire"]
    assert [len(module.steps) for module in modules] == [2, 1]


def test_a_path_without_module_titles_is_one_module(portal, paths_index):
    path = add_path(paths_index, "Un solo passo", [{"page": portal.project, "minutes": 12}])
    (module,) = path.modules()
    assert module.title == "Un solo passo"
    assert module.minutes == 12


def test_the_duration_is_the_sum_of_the_steps(learning_path, portal, paths_index):
    assert learning_path.page.minutes == 15 + 20 + 10 + 30 + 25
    short = add_path(paths_index, "Breve", [{"page": portal.card, "minutes": 7}])
    assert short.minutes == 7


# Kind and validation ----------------------------------------------------------------------


def step(**fields):
    return LearningPathStep(minutes=10, **fields)


def test_clean_sets_the_kind_from_the_target(portal, document):
    for fields, kind in [
        ({"page": portal.card}, LearningPathStep.Kind.PAGE),
        ({"document": document}, LearningPathStep.Kind.DOCUMENT),
        ({"url": "https://example.org/", "title": "Esempio"}, LearningPathStep.Kind.URL),
    ]:
        candidate = step(**fields)
        candidate.clean()
        assert candidate.kind == kind


def test_save_sets_the_kind_when_clean_did_not(learning_path, portal, document):
    path = learning_path.page
    created = [
        LearningPathStep(path=path, sort_order=10, page=portal.lesson),
        LearningPathStep(path=path, sort_order=11, document=document),
        LearningPathStep(path=path, sort_order=12, url="https://example.org/", title="Esempio"),
    ]
    for item in created:
        item.save()
    assert [item.kind for item in created] == ["page", "document", "url"]
    assert all(item.locale_id == path.locale_id for item in created)


def in_italian(message):
    with translation.override("it"):
        return gettext(message)


@pytest.mark.parametrize(
    "targets",
    [{}, {"page": True, "url": "https://example.org/"}, {"page": True, "document": True}],
    ids=["none", "page-and-address", "page-and-document"],
)
def test_a_step_needs_exactly_one_target(portal, document, targets):
    fields = {
        "page": portal.card if targets.get("page") else None,
        "document": document if targets.get("document") else None,
        "url": targets.get("url", ""),
        "title": "Un titolo",
    }
    with translation.override("it"), pytest.raises(ValidationError) as error:
        step(**fields).clean()
    assert error.value.messages == [
        in_italian("Choose exactly one target for the step: a page, a document or an address.")
    ]


def test_a_step_to_an_address_needs_a_title():
    with pytest.raises(ValidationError) as error:
        step(url="https://example.org/").clean()
    assert error.value.message_dict == {
        "title": [gettext("Give a title to a step that leads to an address.")]
    }


# Broken steps -----------------------------------------------------------------------------


def reloaded(path):
    return LearningPathPage.objects.get(pk=path.pk)


def test_a_healthy_path_has_no_broken_steps(learning_path):
    assert learning_path.page.broken_steps() == []


def test_a_step_to_an_unpublished_page_is_broken(learning_path, portal):
    portal.theme.unpublish()
    (broken,) = reloaded(learning_path.page).broken_steps()
    assert broken.number == 2
    assert broken.problem == gettext("The page is not published.")
    # The step keeps its target, and its title, for the editor to decide.
    assert broken.page_id == portal.theme.pk
    assert broken.display_title == "Coinvolgere gli agricoltori"


def test_a_step_to_a_deleted_page_is_broken(learning_path, portal):
    portal.card.delete()
    (broken,) = reloaded(learning_path.page).broken_steps()
    assert broken.number == 3
    assert broken.kind == LearningPathStep.Kind.PAGE
    assert broken.page_id is None
    assert broken.problem == gettext("The page was deleted.")
    assert broken.display_title == gettext("Missing target")
    assert broken.target_url == ""


def test_a_step_to_a_deleted_document_is_broken(learning_path):
    learning_path.document.delete()
    (broken,) = reloaded(learning_path.page).broken_steps()
    assert broken.number == 4
    assert broken.problem == gettext("The document was deleted.")
    # An editor's title still names the step.
    assert broken.display_title == "Scheda da compilare"


def test_every_broken_step_is_listed_in_order(learning_path, portal):
    portal.card.delete()
    portal.project.unpublish()
    learning_path.document.delete()
    broken = reloaded(learning_path.page).broken_steps()
    assert [(item.number, item.problem) for item in broken] == [
        (1, gettext("The page is not published.")),
        (3, gettext("The page was deleted.")),
        (4, gettext("The document was deleted.")),
    ]


def test_addresses_are_never_broken(learning_path):
    address = reloaded(learning_path.page).ordered_steps()[-1]
    assert address.kind == LearningPathStep.Kind.URL
    assert address.problem == ""
    assert address.target is None
    assert address.target_url == "https://www.example.org/guida-agricoltori"
