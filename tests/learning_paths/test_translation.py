"""Learning paths translated with wagtail-localize: the steps keep their identity and their
targets, their texts are translated, their pages follow the language, and a change to the
source reaches the translation when an editor syncs it."""

from http import HTTPStatus

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_localize.models import StringSegment, TranslationSource

from cdp_pages.translation import status
from learning_paths.models import LearningPathPage
from tests.learning_paths.test_admin import blank_step
from tests.translation.test_workflow import (
    edit_url,
    publish_in_editor,
    put_string,
    sync_url,
    translation_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


def english_path(path, english):
    return LearningPathPage.objects.get(pk=path.get_translation(english).pk)


def translate_path(translate, learning_path, english):
    """The index and its path, translated and published in English."""
    translate(learning_path.index, subtree=True)
    return english_path(learning_path.page, english)


def targets(path):
    return [step.page_id or step.document_id or step.url for step in path.ordered_steps()]


def translation_status(page, language_code="en"):
    annotated = status.annotate_translation_status(Page.objects.filter(pk=page.pk), [language_code])
    return getattr(annotated.get(), status.field(language_code, "status"))


# Translating a path -----------------------------------------------------------------------


def test_a_translated_path_keeps_its_steps_and_translates_their_texts(
    learning_path, translate, english
):
    path = learning_path.page
    path_en = translate_path(translate, learning_path, english)

    assert path_en.live
    assert path_en.title == "Coinvolgere gli agricoltori (EN)"
    assert path_en.get_parent().pk == learning_path.index.get_translation(english).pk
    steps, steps_en = path.ordered_steps(), path_en.ordered_steps()
    assert [step.pk for step in steps_en] != [step.pk for step in steps]
    # Each step keeps its identity: learners' progress and the Moodle export rely on it.
    assert [step.key for step in steps_en] == [step.key for step in steps]
    assert {step.locale_id for step in steps_en} == {english.pk}
    # Synchronized: the kind, the target, the estimate.
    for step, step_en in zip(steps, steps_en, strict=True):
        assert (step_en.kind, step_en.url, step_en.document_id, step_en.minutes) == (
            step.kind,
            step.url,
            step.document_id,
            step.minutes,
        )
    assert path_en.minutes == path.minutes == 100
    # Translated: the module titles, the titles, the notes and the questions.
    assert [module.title for module in path_en.modules()] == [
        "Capire il contesto (EN)",
        "Mettere in pratica (EN)",
    ]
    first, _theme, card, document, address = steps_en
    assert first.note == "Leggete come il progetto ha lavorato con le risaie. (EN)"
    assert first.question == "Chi sono gli agricoltori del vostro territorio? (EN)"
    assert card.note == "La soluzione in breve. (EN)"
    assert document.title == "Scheda da compilare (EN)"
    assert address.title == "Guida regionale per gli agricoltori (EN)"
    assert address.question == "Quale misura potreste proporre? (EN)"
    # An empty text stays empty, and a step without a title of its own shows its target's.
    assert card.title == ""
    assert card.display_title == "Incontri in cascina"

    contexts = set(
        StringSegment.objects.filter(source__object_id=path.translation_key).values_list(
            "context__path", flat=True
        )
    )
    key = steps[0].key
    assert {f"steps.{key}.module", f"steps.{key}.note", f"steps.{key}.question"} <= contexts
    # Targets are not for translators.
    assert not {path for path in contexts if path.endswith((".url", ".page", ".minutes"))}


def test_the_steps_lead_to_the_pages_of_their_language(learning_path, portal, translate, english):
    """The pages translated before the path are its English targets at once; a page
    translated later becomes one when it is published; until then the step leads to the
    Italian page, and it does so again when the English page is unpublished."""
    translate(portal.communities, subtree=True)
    project_en = portal.project.get_translation(english)
    theme_en = portal.theme.get_translation(english)
    assert project_en.live
    assert theme_en.live

    path_en = translate_path(translate, learning_path, english)
    document, address = learning_path.document.pk, "https://www.example.org/guida-agricoltori"
    assert targets(path_en) == [project_en.pk, theme_en.pk, portal.card.pk, document, address]
    assert [step.problem for step in path_en.ordered_steps()] == [""] * 5
    assert path_en.ordered_steps()[0].display_title == "Rane e risaie (EN)"
    # The Italian path keeps the Italian pages.
    assert targets(learning_path.page)[:3] == [portal.project.pk, portal.theme.pk, portal.card.pk]

    translate(portal.solutions, subtree=True)
    card_en = portal.card.get_translation(english)
    assert card_en.live
    path_en = english_path(learning_path.page, english)
    assert targets(path_en)[:3] == [project_en.pk, theme_en.pk, card_en.pk]

    theme_en.specific.unpublish()
    path_en = english_path(learning_path.page, english)
    assert targets(path_en)[:3] == [project_en.pk, portal.theme.pk, card_en.pk]
    assert path_en.broken_steps() == []


def test_the_english_path_in_the_api(client, learning_path, translate, english):
    path_en = translate_path(translate, learning_path, english)
    response = client.get("/api/v2/pages/?type=learning_paths.LearningPathPage&locale=en&fields=*")
    assert response.status_code == HTTPStatus.OK
    (item,) = response.json()["items"]
    assert item["id"] == path_en.pk
    assert item["meta"]["locale"] == "en"
    steps = [step for module in item["modules"] for step in module["steps"]]
    assert [step["id"] for step in steps] == [
        str(step.key) for step in learning_path.page.ordered_steps()
    ]
    assert steps[0]["note"] == "Leggete come il progetto ha lavorato con le risaie. (EN)"


def test_the_report_names_the_language_of_a_broken_step(
    client, editor, learning_path, translate, english
):
    translate_path(translate, learning_path, english)
    learning_path.document.delete()
    client.force_login(editor)
    response = client.get(reverse("broken_path_steps:index"), {"export": "csv"})
    rows = b"".join(response.streaming_content).decode().splitlines()[1:]
    assert len(rows) == 2
    assert {row.split(",")[2] for row in rows} == {
        str(english.get_display_name()),
        str(Locale.objects.get(language_code="it").get_display_name()),
    }


# Changing the source ----------------------------------------------------------------------


def path_form(client, path):
    """The path's edit form as the editor sees it, ready to post back."""
    response = client.get(edit_url(path))
    assert response.status_code == HTTPStatus.OK
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for key in [key for key in data if "__prefix__" in key]:
        del data[key]
    return data


def add_step(data, **fields):
    number = int(data["steps-TOTAL_FORMS"])
    data["steps-TOTAL_FORMS"] = str(number + 1)
    values = blank_step(ORDER=str(number + 1), DELETE="", id="", **fields)
    for name, value in values.items():
        data[f"steps-{number}-{name}"] = value


def publish_source(client, path, data, django_capture_on_commit_callbacks):
    data["action-publish"] = "action-publish"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(path), data)
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors


def sync(client, path, django_capture_on_commit_callbacks, publish=True):
    source = TranslationSource.objects.get(object_id=path.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync_url(source), {"publish_translations": "on"} if publish else {})
    assert response.status_code == HTTPStatus.FOUND


def test_a_new_step_reaches_the_translation_when_the_editor_syncs(
    client, editor, translator, learning_path, portal, translate, english,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    path = learning_path.page
    translate(portal.communities, subtree=True)
    path_en = translate_path(translate, learning_path, english)
    theme_en = portal.theme.get_translation(english)
    assert translation_status(path) == status.UP_TO_DATE

    client.force_login(editor)
    data = path_form(client, path)
    add_step(data, page=str(portal.theme.pk), note="Rileggete il tema alla fine.", minutes="5")
    publish_source(client, path, data, django_capture_on_commit_callbacks)
    path = LearningPathPage.objects.get(pk=path.pk)
    new = path.ordered_steps()[-1]
    assert (new.number, new.note) == (6, "Rileggete il tema alla fine.")
    assert translation_status(path) == status.OUT_OF_DATE
    assert len(english_path(path, english).ordered_steps()) == 5

    sync(client, path, django_capture_on_commit_callbacks)
    path_en = english_path(path, english)
    steps_en = path_en.ordered_steps()
    assert len(steps_en) == 6
    new_en = steps_en[-1]
    assert new_en.key == new.key
    assert (new_en.kind, new_en.page_id, new_en.minutes) == ("page", theme_en.pk, 5)
    # Published at once: the new note shows in Italian until it is translated.
    assert new_en.note == "Rileggete il tema alla fine."
    assert steps_en[0].note == "Leggete come il progetto ha lavorato con le risaie. (EN)"
    assert path_en.minutes == 105
    assert translation_status(path) == status.INCOMPLETE

    # The translator translates the one new string and publishes.
    translation = translation_of(path, english)
    (segment,) = (
        StringSegment.objects.filter(source__object_id=path.translation_key)
        .annotate_translation(english)
        .filter(translation__isnull=True)
    )
    assert segment.context.path == f"steps.{new.key}.note"
    client.force_login(translator)
    response = put_string(client, translation, segment, "Read the theme again at the end.")
    assert response.status_code == HTTPStatus.CREATED
    with django_capture_on_commit_callbacks(execute=True):
        response = publish_in_editor(client, path_en)
    assert response.status_code == HTTPStatus.FOUND
    new_en = english_path(path, english).ordered_steps()[-1]
    assert new_en.note == "Read the theme again at the end."
    assert new_en.page_id == theme_en.pk
    assert translation_status(path) == status.UP_TO_DATE


def test_a_changed_target_and_a_removed_step_reach_the_translation(
    client, editor, learning_path, portal, translate, english, django_capture_on_commit_callbacks
):
    path = learning_path.page
    translate_path(translate, learning_path, english)
    keys = [step.key for step in path.ordered_steps()]

    client.force_login(editor)
    data = path_form(client, path)
    # The second step now leads to an address; the third one goes.
    data["steps-1-page"] = ""
    data["steps-1-url"] = "https://example.org/agricoltori"
    data["steps-1-title"] = "Agricoltori e biodiversità"
    data["steps-2-DELETE"] = "1"
    publish_source(client, path, data, django_capture_on_commit_callbacks)
    sync(client, path, django_capture_on_commit_callbacks)

    steps_en = english_path(path, english).ordered_steps()
    assert [step.key for step in steps_en] == [keys[0], keys[1], keys[3], keys[4]]
    changed = steps_en[1]
    assert (changed.kind, changed.page_id, changed.url) == (
        "url",
        None,
        "https://example.org/agricoltori",
    )
    assert changed.problem == ""
    # Its new title waits for the translator, in Italian meanwhile.
    assert changed.title == "Agricoltori e biodiversità"
