"""Editors curate learning paths in the admin: creating a path with its steps, the validation
of a step, the warning about broken steps in the editor, the pages' usage, and the report of
broken steps across paths (who sees it, what it lists, its export and its query budget)."""

import csv
import io
from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, ReferenceIndex
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from learning_paths.models import LearningPathPage, LearningPathStep
from tests.admin_pages import sidebar_names

from .conftest import add_path

pytestmark = pytest.mark.django_db

REPORT = "broken_path_steps:index"


def admin_text(message):
    """A message as the admin renders it, in the default language."""
    with translation.override(settings.LANGUAGE_CODE):
        return gettext(message)


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=["learning_paths", "learningpathpage", index.pk])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def blank_step(**fields):
    return {
        "module": "",
        "page": "",
        "document": "",
        "url": "",
        "title": "",
        "note": "",
        "question": "",
        "minutes": "10",
        **fields,
    }


def path_form(steps, **fields):
    return nested_form_data(
        {
            "title": "Leggere il territorio",
            "slug": "leggere-il-territorio",
            "introduction": rich_text("<p>Per chi comincia.</p>"),
            "audience": "Tecnici comunali",
            "level": LearningPathPage.Level.INTRODUCTORY,
            "objectives": rich_text("<ul><li>Leggere una carta</li></ul>"),
            "cover_image": "",
            "steps": inline_formset(steps, min=1),
            "comments": inline_formset([]),
            **fields,
        }
    )


# Creating a path --------------------------------------------------------------------------


def test_editor_opens_the_add_form_with_the_steps_panel(client, editor, paths_index):
    client.force_login(editor)
    response = client.get(add_url(paths_index))
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    # Wagtail's inline panel: orderable forms, each with a page and a document chooser.
    assert 'id="id_steps-TOTAL_FORMS"' in html
    assert 'name="steps-__prefix__-page"' in html
    assert 'name="steps-__prefix__-document"' in html
    assert 'name="steps-__prefix__-ORDER"' in html
    # A new path has no broken steps to warn about.
    assert "broken-steps" not in html


def test_editor_creates_and_publishes_a_path(client, editor, portal, paths_index, document):
    client.force_login(editor)
    data = path_form(
        [
            blank_step(module="Il contesto", page=portal.project.pk, minutes="15"),
            blank_step(document=document.pk, title="La scheda", note="Compilatela."),
            blank_step(
                url="https://example.org/guida",
                title="La guida regionale",
                question="Che cosa cambiereste?",
                minutes="25",
            ),
        ],
        **{"action-publish": "action-publish"},
    )
    # The editor dragged the address before the document.
    data["steps-1-ORDER"], data["steps-2-ORDER"] = "3", "2"
    response = client.post(add_url(paths_index), data)
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors

    path = LearningPathPage.objects.get(slug="leggere-il-territorio")
    assert path.live
    assert path.get_parent().pk == paths_index.pk
    assert path.owner == editor
    steps = path.ordered_steps()
    assert [(step.kind, step.display_title) for step in steps] == [
        ("page", "Rane e risaie"),
        ("url", "La guida regionale"),
        ("document", "La scheda"),
    ]
    assert steps[0].module == "Il contesto"
    assert steps[1].question == "Che cosa cambiereste?"
    assert all(step.locale_id == path.locale_id for step in steps)
    assert path.minutes == 50


@pytest.mark.parametrize(
    "targets",
    [{}, {"page": True, "url": "https://example.org/"}, {"page": True, "document": True}],
    ids=["no-target", "page-and-address", "page-and-document"],
)
def test_a_step_needs_exactly_one_target(client, editor, portal, paths_index, document, targets):
    client.force_login(editor)
    step = blank_step(
        title="Un passo",
        page=portal.card.pk if targets.get("page") else "",
        document=document.pk if targets.get("document") else "",
        url=targets.get("url", ""),
    )
    response = client.post(add_url(paths_index), path_form([step]))
    assert response.status_code == HTTPStatus.OK
    message = admin_text(
        "Choose exactly one target for the step: a page, a document or an address."
    )
    (form,) = response.context["form"].formsets["steps"].forms
    assert form.non_field_errors() == [message]
    assert message in response.content.decode()
    assert not LearningPathPage.objects.filter(slug="leggere-il-territorio").exists()


def test_a_step_to_an_address_needs_a_title(client, editor, paths_index):
    client.force_login(editor)
    response = client.post(
        add_url(paths_index), path_form([blank_step(url="https://example.org/guida")])
    )
    assert response.status_code == HTTPStatus.OK
    message = admin_text("Give a title to a step that leads to an address.")
    (form,) = response.context["form"].formsets["steps"].forms
    assert form.errors["title"] == [message]
    assert message in response.content.decode()
    assert not LearningPathPage.objects.filter(slug="leggere-il-territorio").exists()


def test_a_published_path_needs_a_step(client, editor, paths_index):
    """A draft may wait for its steps (Wagtail defers required fields of drafts)."""
    client.force_login(editor)
    data = path_form([], **{"action-publish": "action-publish"})
    response = client.post(add_url(paths_index), data)
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].formsets["steps"].non_form_errors()
    assert not LearningPathPage.objects.filter(slug="leggere-il-territorio").exists()


def test_a_wrong_number_of_minutes_is_a_form_error(client, editor, portal, paths_index):
    client.force_login(editor)
    response = client.post(
        add_url(paths_index), path_form([blank_step(page=portal.card.pk, minutes="0")])
    )
    assert response.status_code == HTTPStatus.OK
    (form,) = response.context["form"].formsets["steps"].forms
    assert "minutes" in form.errors


# The editor's warning ---------------------------------------------------------------------


def warning(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find(id=lambda value: value and value.endswith("broken-steps"))


def test_the_editor_warns_about_broken_steps(client, editor, learning_path):
    portal = learning_path.portal
    portal.theme.unpublish()
    portal.card.delete()
    learning_path.document.delete()

    client.force_login(editor)
    response = client.get(edit_url(learning_path.page))
    assert response.status_code == HTTPStatus.OK
    found = warning(response)
    assert found is not None
    assert found["role"] == "status"
    assert "help-warning" in found["class"]
    items = {int(item["data-step"]): item for item in found.find_all("li")}
    assert sorted(items) == [2, 3, 4]

    theme = items[2]
    assert "Coinvolgere gli agricoltori" in theme.get_text()
    assert admin_text("The page is not published.") in theme.get_text()
    assert theme.find("a")["href"] == edit_url(portal.theme)

    card = items[3]
    assert admin_text("Missing target") in card.get_text()
    assert admin_text("The page was deleted.") in card.get_text()
    assert card.find("a") is None

    document = items[4]
    assert "Scheda da compilare" in document.get_text()
    assert admin_text("The document was deleted.") in document.get_text()
    assert document.find("a") is None


def test_the_editor_says_nothing_when_every_step_works(client, editor, learning_path):
    client.force_login(editor)
    response = client.get(edit_url(learning_path.page))
    assert response.status_code == HTTPStatus.OK
    assert warning(response) is None


def test_the_warning_follows_the_draft(client, editor, learning_path):
    """The editor shows the latest draft: a step removed there no longer warns, and a step
    added there to an unpublished page does."""
    portal = learning_path.portal
    portal.theme.unpublish()
    portal.lesson.unpublish()
    path = learning_path.page
    steps = [step for step in path.steps.all() if step.page_id != portal.theme.pk]
    # As the form adds it: cleaned, so of the page kind.
    steps.append(LearningPathStep(kind="page", page=portal.lesson, sort_order=99, minutes=5))
    path.steps = steps
    path.save_revision()

    client.force_login(editor)
    found = warning(client.get(edit_url(path)))
    assert [int(item["data-step"]) for item in found.find_all("li")] == [5]
    assert portal.lesson.title in found.get_text()


def test_the_warning_stays_after_a_failed_save(client, editor, learning_path):
    learning_path.portal.theme.unpublish()
    client.force_login(editor)
    response = client.post(edit_url(learning_path.page), path_form([blank_step()]))
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors or response.context["form"].formsets["steps"].errors
    assert warning(response) is not None


# The pages' usage -------------------------------------------------------------------------


def test_a_page_lists_the_paths_that_lead_to_it(client, editor, learning_path):
    """Wagtail's reference index records the steps' pages and documents through the path,
    so unpublishing or deleting a target shows where it is used."""
    portal = learning_path.portal
    path = learning_path.page
    references = ReferenceIndex.get_references_to(portal.theme)
    assert {(ref.object_id, ref.model_path) for ref in references} == {
        (str(path.pk), "steps.item.page")
    }
    assert ReferenceIndex.get_references_to(learning_path.document).exists()

    client.force_login(editor)
    usage = client.get(reverse("wagtailadmin_pages:usage", args=[portal.theme.pk]))
    assert usage.status_code == HTTPStatus.OK
    assert edit_url(path) in usage.content.decode()
    assert path.title in usage.content.decode()

    for view in ("unpublish", "delete"):
        confirm = client.get(reverse(f"wagtailadmin_pages:{view}", args=[portal.theme.pk]))
        assert confirm.status_code == HTTPStatus.OK
        assert reverse("wagtailadmin_pages:usage", args=[portal.theme.pk]) in (
            confirm.content.decode()
        )


# The report -------------------------------------------------------------------------------


def report_rows(response):
    table = BeautifulSoup(response.content, "html.parser").find("table", id="broken-path-steps")
    if table is None:
        return []
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in table.tbody.find_all("tr")
    ]


def report_links(response):
    table = BeautifulSoup(response.content, "html.parser").find("table", id="broken-path-steps")
    return [link["href"] for link in table.find_all("a")]


@pytest.fixture
def broken(learning_path, portal, paths_index):
    """The learning path with an unpublished page, a deleted page and a deleted document;
    another live path with a broken step; a draft path with one, which is not reported."""
    other = add_path(
        paths_index,
        "Acqua e risaie",
        [{"page": portal.meeting, "minutes": 10}, {"page": portal.lesson, "minutes": 5}],
    )
    draft = add_path(paths_index, "Bozza", [{"page": portal.meeting, "minutes": 10}])
    draft.unpublish()
    portal.theme.unpublish()
    portal.card.delete()
    learning_path.document.delete()
    portal.meeting.unpublish()
    return learning_path.page, other


def test_the_report_lists_broken_steps_of_live_paths(client, editor, portal, broken):
    path, other = broken
    client.force_login(editor)
    response = client.get(reverse(REPORT))
    assert response.status_code == HTTPStatus.OK
    italian = Locale.objects.get(language_code="it").get_display_name()
    with translation.override(settings.LANGUAGE_CODE):
        italian = str(italian)
    assert report_rows(response) == [
        [
            "Acqua e risaie",
            italian,
            "1",
            "Plenaria di primavera",
            admin_text("The page is not published."),
            "Plenaria di primavera",
        ],
        [
            "Coinvolgere gli agricoltori",
            italian,
            "2",
            "Coinvolgere gli agricoltori",
            admin_text("The page is not published."),
            "Coinvolgere gli agricoltori",
        ],
        [
            "Coinvolgere gli agricoltori",
            italian,
            "3",
            admin_text("Missing target"),
            admin_text("The page was deleted."),
            f"— {admin_text('No target')}",
        ],
        [
            "Coinvolgere gli agricoltori",
            italian,
            "4",
            "Scheda da compilare",
            admin_text("The document was deleted."),
            f"— {admin_text('No target')}",
        ],
    ]
    assert report_links(response) == [
        edit_url(other),
        edit_url(portal.meeting),
        edit_url(path),
        edit_url(portal.theme),
        edit_url(path),
        edit_url(path),
    ]


def test_the_report_says_when_nothing_is_broken(client, editor, learning_path):
    client.force_login(editor)
    response = client.get(reverse(REPORT))
    assert response.status_code == HTTPStatus.OK
    assert report_rows(response) == []
    assert admin_text("Visitors can follow every step of the published paths.") in (
        response.content.decode()
    )


def test_the_report_exports_csv_and_xlsx(client, editor, broken):
    path, _other = broken
    client.force_login(editor)
    response = client.get(reverse(REPORT), {"export": "csv"})
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "text/csv"
    assert "broken-path-steps-" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == [
        admin_text(heading)
        for heading in (
            "Path ID",
            "Path",
            "Language",
            "Step",
            "Step title",
            "Problem",
            "Target page ID",
        )
    ]
    assert [row[0] for row in rows[1:]].count(str(path.pk)) == 3
    assert rows[3][3:] == [
        "3",
        admin_text("Missing target"),
        admin_text("The page was deleted."),
        "",
    ]

    response = client.get(reverse(REPORT), {"export": "xlsx"})
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )


def test_the_report_paginates(client, editor, broken):
    client.force_login(editor)
    assert client.get(reverse(REPORT), {"p": "2"}).status_code == HTTPStatus.OK
    assert client.get(reverse(REPORT), {"p": "x"}).status_code == HTTPStatus.OK
    results = client.get(reverse("broken_path_steps:results"))
    assert results.status_code == HTTPStatus.OK
    assert len(report_rows(results)) == 4


@pytest.mark.parametrize("role", ["editor", "admin_user"])
def test_editors_and_superusers_see_the_report(client, request, role, learning_path):
    client.force_login(request.getfixturevalue(role))
    response = client.get(reverse(REPORT))
    assert response.status_code == HTTPStatus.OK
    assert "broken-path-steps" in sidebar_names(client.get(reverse("wagtailadmin_home")))


@pytest.mark.parametrize("role", ["partner", "translator", "moderator"])
def test_other_roles_do_not_see_the_report(client, request, role, learning_path):
    client.force_login(request.getfixturevalue(role))
    for response in (
        client.get(reverse(REPORT)),
        client.get(reverse(REPORT), {"export": "csv"}),
        client.get(reverse("broken_path_steps:results")),
    ):
        assert response.status_code == HTTPStatus.FOUND
        assert response["Location"] == reverse("wagtailadmin_home")
    assert "broken-path-steps" not in sidebar_names(client.get(reverse("wagtailadmin_home")))


def test_anonymous_visitors_are_sent_to_the_login(client, learning_path):
    response = client.get(reverse(REPORT))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


BUDGET = 20


@pytest.mark.parametrize("count", [2, 12])
def test_the_report_has_a_query_budget(
    client, editor, portal, paths_index, count, django_assert_max_num_queries
):
    portal.theme.unpublish()
    for number in range(count):
        add_path(
            paths_index,
            f"Percorso {number}",
            [
                {"page": portal.project, "minutes": 5},
                {"page": portal.theme, "minutes": 5},
                {"url": "https://example.org/", "title": "Esterno", "minutes": 5},
                {"page": portal.theme, "module": "Ancora", "minutes": 5},
            ],
        )
    client.force_login(editor)
    client.get(reverse("wagtailadmin_home"))
    with django_assert_max_num_queries(BUDGET):
        response = client.get(reverse(REPORT))
    assert len(report_rows(response)) == 2 * count
    assert {row[2] for row in report_rows(response)} == {"2", "4"}
    with django_assert_max_num_queries(BUDGET):
        response = client.get(reverse(REPORT), {"export": "csv"})
        assert len(list(response.streaming_content)) == 1 + 2 * count
