"""Editors submit pages and subtrees for translation and sync them; translators translate and
publish; all through wagtail-localize's admin views.

wagtail-localize publishes on commit: the requests that publish run inside
`django_capture_on_commit_callbacks(execute=True)`.
"""

from http import HTTPStatus

import pytest
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from cdp_pages.models import ThemePage

KNOWLEDGE = (
    "<p>Gli agricoltori partecipano se l'incontro è in cascina.</p>"
    "<p>Le sere d'inverno sono il momento migliore.</p>"
    "<p>Serve una persona di fiducia che li inviti.</p>"
)
ENGLISH = {
    "Coinvolgere gli agricoltori": "Engaging farmers",
    "coinvolgere-gli-agricoltori": "engaging-farmers",
    "Come coinvolgere gli agricoltori.": "How to engage farmers.",
    "Gli agricoltori partecipano se l'incontro è in cascina.": (
        "Farmers take part when the meeting is at the farm."
    ),
    "Le sere d'inverno sono il momento migliore.": "Winter evenings are the best time.",
    "Serve una persona di fiducia che li inviti.": "Someone they trust has to invite them.",
    "Le criticità.": "The critical issues.",
    "Le evoluzioni prevedibili.": "The foreseeable evolutions.",
}


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


def refused(response):
    """Wagtail's admin refuses with a redirect to the dashboard (with a message), or to the
    login page for anonymous visitors; wagtail-localize's editing API answers 403."""
    if response.status_code == HTTPStatus.FORBIDDEN:
        return True
    return response.status_code == HTTPStatus.FOUND and (
        response["Location"] == reverse("wagtailadmin_home")
        or response["Location"].startswith(reverse("wagtailadmin_login"))
    )


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def sync_url(source):
    return reverse("wagtail_localize:update_translations", args=[source.pk])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def translation_of(page, locale):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def put_string(client, translation, segment, value):
    """Save one string in wagtail-localize's editor, as its JavaScript does."""
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(
        url, encode_multipart(BOUNDARY, {"value": value}), content_type=MULTIPART_CONTENT
    )


def translate_in_editor(client, translation, strings):
    """A translator fills every string of `translation` in the editor."""
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    for segment in segments:
        response = put_string(client, translation, segment, strings[segment.string.data])
        assert response.status_code in (HTTPStatus.OK, HTTPStatus.CREATED), response.content
    return segments.count()


def publish_in_editor(client, page):
    """The editor's "Publish in English" button."""
    return client.post(edit_url(page), {"action": "publish"})


def theme_form(client, theme, **changes):
    """The theme's edit form as the editor sees it, with `changes`, ready to post back."""
    response = client.get(edit_url(theme))
    assert response.status_code == HTTPStatus.OK
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for key in [key for key in data if "__prefix__" in key]:
        del data[key]
    # The stream field is rendered by JavaScript: an empty one is posted back.
    data.update(nested_form_data({"external_experiences": streamfield([])}))
    for name, value in changes.items():
        data[name] = value
    return data


# Submitting a subtree ---------------------------------------------------------------------


def test_editor_submits_a_community_with_its_subtree_and_a_translator_publishes_a_page(
    client, portal, editor, translator, english, home_en, django_capture_on_commit_callbacks
):
    theme = ThemePage.objects.get(pk=portal.theme.pk)
    theme.knowledge = KNOWLEDGE
    theme.save_revision().publish()
    community = portal.community
    italian = [community, *Page.objects.descendant_of(community).specific()]
    assert {page.title for page in italian[1:]} == {
        "Rane e risaie",
        "Coinvolgere gli agricoltori",
        "Plenaria di primavera",
    }

    client.force_login(editor)
    form = client.get(submit_url(community))
    assert form.status_code == HTTPStatus.OK
    include_subtree = form.context["form"]["include_subtree"]
    assert not include_subtree.is_hidden
    assert "(3 " in include_subtree.label  # "Include subtree (3 pages)"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            submit_url(community), {"locales": [english.pk], "include_subtree": "on"}
        )
    community_en = community.get_translation(english)
    # A single locale leads to the new translation's editor.
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == edit_url(community_en)

    for page in italian:
        target = page.get_translation(english).specific
        assert type(target) is type(page)
        assert target.title == page.title  # not translated yet: the source text
        assert target.slug == page.slug
        assert target.url_path.startswith(home_en.url_path)
        assert target.url_path.endswith(page.url_path.removeprefix(portal.home.url_path))
        assert not target.live
        assert target.alias_of_id is None
        assert translation_of(page, english).enabled
    # The Italian index above the community came along, as an alias of the source.
    assert community_en.get_parent().specific.alias_of_id == portal.communities.pk
    assert Page.objects.descendant_of(community_en).count() == 3

    # A translator translates the theme in the editor and publishes it.
    theme_en = theme.get_translation(english)
    translation = translation_of(theme, english)

    client.force_login(translator)
    response = client.get(edit_url(theme_en))
    assert response.status_code == HTTPStatus.OK
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]
    assert translate_in_editor(client, translation, ENGLISH) == 8
    assert translation.get_progress() == (8, 8)
    with django_capture_on_commit_callbacks(execute=True):
        response = publish_in_editor(client, theme_en)
    assert response.status_code == HTTPStatus.FOUND

    theme_en = ThemePage.objects.get(pk=theme_en.pk)
    assert theme_en.live
    assert theme_en.title == "Engaging farmers"
    assert theme_en.slug == "engaging-farmers"
    assert "Winter evenings are the best time." in theme_en.knowledge
    assert theme_en.live_revision.user == translator
    # The other translations stay drafts until they are translated.
    assert not community.get_translation(english).live
    assert not portal.meeting.get_translation(english).live

    page = client.get(theme_en.get_url())
    assert page.status_code == HTTPStatus.OK
    html = page.content.decode()
    assert "Engaging farmers" in html
    assert "Farmers take part when the meeting is at the farm." in html
    assert "Coinvolgere gli agricoltori" not in html


def test_submitting_a_page_alone_leaves_its_children_untranslated(
    client, portal, editor, english, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submit_url(portal.community), {"locales": [english.pk]})
    assert response.status_code == HTTPStatus.FOUND
    community_en = portal.community.get_translation(english)
    assert not community_en.live
    assert not community_en.get_children().exists()
    assert portal.theme.get_translation_or_none(english) is None


def test_submitting_without_a_language_says_so(client, portal, editor):
    client.force_login(editor)
    response = client.post(submit_url(portal.card), {"locales": []})
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["locales"]
    assert not Translation.objects.exists()
    assert portal.card.get_translations().count() == 0


# Synchronisation --------------------------------------------------------------------------


@pytest.fixture
def translated_theme(portal, translate, english):
    """The theme with three paragraphs of knowledge, translated and published in English."""
    theme = ThemePage.objects.get(pk=portal.theme.pk)
    theme.knowledge = KNOWLEDGE
    theme.save_revision().publish()
    theme_en = translate(theme, strings=ENGLISH)
    assert theme_en.live
    assert translation_of(theme, english).get_progress() == (8, 8)
    return theme


def change_second_paragraph(client, editor, theme, django_capture_on_commit_callbacks):
    """The editor rewrites one paragraph of the Italian theme and publishes it."""
    client.force_login(editor)
    knowledge = KNOWLEDGE.replace(
        "Le sere d'inverno sono il momento migliore.",
        "Le sere d'inverno, dopo la mungitura, sono il momento migliore.",
    )
    data = theme_form(
        client, theme, knowledge=rich_text(knowledge), **{"action-publish": "action-publish"}
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(theme), data)
    assert response.status_code == HTTPStatus.FOUND
    theme.refresh_from_db()
    assert "dopo la mungitura" in theme.knowledge


def is_out_of_date(theme):
    source = TranslationSource.objects.get(object_id=theme.translation_key)
    return source.last_updated_at < theme.last_published_at


@pytest.mark.parametrize("publish", [False, True], ids=["draft", "publish"])
def test_editor_syncs_after_changing_one_paragraph(
    client, editor, translator, english, translated_theme, publish,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    theme = translated_theme
    theme_en = theme.get_translation(english)
    published_en = theme_en.live_revision_id
    assert not is_out_of_date(theme)

    change_second_paragraph(client, editor, theme, django_capture_on_commit_callbacks)
    # The source changed after the translation was made, which has not followed yet.
    assert is_out_of_date(theme)
    translation = translation_of(theme, english)
    assert translation.get_progress() == (8, 8)

    source = TranslationSource.objects.get(object_id=theme.translation_key)
    form = client.get(sync_url(source))
    assert form.status_code == HTTPStatus.OK
    assert "publish_translations" in form.context["form"].fields
    data = {"publish_translations": "on"} if publish else {}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync_url(source), data)
    assert response.status_code == HTTPStatus.FOUND
    assert not is_out_of_date(theme)

    # Only the rewritten paragraph is left to translate.
    assert translation.get_progress() == (8, 7)
    missing = (
        StringSegment.objects.filter(source=source)
        .annotate_translation(english)
        .filter(translation__isnull=True)
    )
    assert [segment.string.data for segment in missing] == [
        "Le sere d'inverno, dopo la mungitura, sono il momento migliore."
    ]
    assert StringTranslation.objects.filter(
        translation_of__data="Serve una persona di fiducia che li inviti.", locale=english
    ).exists()

    theme_en = ThemePage.objects.get(pk=theme_en.pk)
    assert theme_en.live
    assert theme_en.title == "Engaging farmers"
    assert "Farmers take part when the meeting is at the farm." in theme_en.knowledge
    assert "Someone they trust has to invite them." in theme_en.knowledge
    if publish:
        # Published at once: the new paragraph shows in Italian until it is translated.
        assert theme_en.live_revision_id != published_en
        assert "Le sere d'inverno, dopo la mungitura, sono il momento migliore." in (
            theme_en.knowledge
        )
        assert "Winter evenings are the best time." not in theme_en.knowledge
    else:
        # Not published: the English page stays as it was, whole.
        assert theme_en.live_revision_id == published_en
        assert "Winter evenings are the best time." in theme_en.knowledge
        assert "dopo la mungitura" not in theme_en.knowledge

    # The translator translates the one missing paragraph and publishes.
    client.force_login(translator)
    (segment,) = missing
    response = put_string(
        client, translation, segment, "Winter evenings, after milking, are the best time."
    )
    assert response.status_code == HTTPStatus.CREATED
    assert translation.get_progress() == (8, 8)
    with django_capture_on_commit_callbacks(execute=True):
        response = publish_in_editor(client, theme_en)
    assert response.status_code == HTTPStatus.FOUND
    theme_en = ThemePage.objects.get(pk=theme_en.pk)
    assert "Winter evenings, after milking, are the best time." in theme_en.knowledge
    assert "Farmers take part when the meeting is at the farm." in theme_en.knowledge
    assert "mungitura" not in theme_en.knowledge


# Who may submit and sync ------------------------------------------------------------------


@pytest.mark.parametrize("role", ["partner", "moderator", "translator"])
def test_only_editors_submit_and_sync(
    client, request, role, portal, translated_theme, english, django_capture_on_commit_callbacks
):
    user = request.getfixturevalue(role)
    client.force_login(user)
    translations = Translation.objects.count()
    sources = TranslationSource.objects.count()
    pages_en = Page.objects.filter(locale=english).count()

    for page in (portal.card, portal.community):
        assert refused(client.get(submit_url(page)))
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                submit_url(page), {"locales": [english.pk], "include_subtree": "on"}
            )
        assert refused(response)
        assert not Translation.objects.filter(source__object_id=page.translation_key).exists()
    assert portal.card.get_translation_or_none(english) is None

    source = TranslationSource.objects.get(object_id=translated_theme.translation_key)
    synced_at = source.last_updated_at
    theme_en = translated_theme.get_translation(english)
    revision = theme_en.latest_revision_id
    assert refused(client.get(sync_url(source)))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync_url(source), {"publish_translations": "on"})
    assert refused(response)
    source.refresh_from_db()
    assert source.last_updated_at == synced_at
    theme_en.refresh_from_db()
    assert theme_en.latest_revision_id == revision

    assert Translation.objects.count() == translations
    assert TranslationSource.objects.count() == sources
    assert Page.objects.filter(locale=english).count() == pages_en
