"""Who may do what with translations, through the real admin views.

Translators translate and publish in the translated locales only and never change the
structure; Editors submit and sync; the other roles do neither. The matrix runs each action
for each role on the same content, rolled back between roles.
"""

from http import HTTPStatus
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from cdp_pages import roles
from cdp_pages.models import CommunityPage, HomePage, ThemePage, Topic
from tests import factories
from tests.translation.test_workflow import (
    edit_url,
    put_string,
    refused,
    submit_url,
    sync_url,
    theme_form,
    translation_of,
)

ROLES = ["anonymous", "partner", "editor", "moderator", "translator", "superuser"]


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def superuser(db):
    return factories.UserFactory(username="admin", is_superuser=True)


@pytest.fixture
def users(partner, editor, moderator, translator, superuser):
    return {
        "anonymous": None,
        "partner": partner,
        "editor": editor,
        "moderator": moderator,
        "translator": translator,
        "superuser": superuser,
    }


def topic_edit_url(topic):
    return reverse("wagtailsnippets_cdp_pages_topic:edit", args=[topic.pk])


def add_theme_url(parent):
    return reverse("wagtailadmin_pages:add", args=["cdp_pages", "themepage", parent.pk])


def admin_form(client, url, form_id):
    """A form of the admin as a superuser sees it, ready to post back."""
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    data = querydict_from_html(response.content.decode(), form_id=form_id)
    for key in [key for key in data if "__prefix__" in key]:
        del data[key]
    return data


@pytest.fixture
def tree(portal, translate, english, superuser):
    """The portal's community translated into English with its subtree, the habitat topic
    translated too; the English meeting is a draft, waiting to be published, and a second
    English community is there to move pages to."""
    community_en = translate(portal.community, subtree=True)
    topic_en = translate(portal.habitat, strings={"Zone umide": "Wetlands"})
    meeting_en = portal.meeting.get_translation(english)
    meeting_en.unpublish()
    other_community_en = factories.CommunityPageFactory(
        parent=community_en.get_parent(), title="Another community", slug="another"
    )
    assert other_community_en.locale == english

    admin = Client()
    admin.force_login(superuser)
    theme_data = theme_form(admin, portal.theme)
    add_data = admin_form(admin, add_theme_url(community_en), "page-edit-form")
    add_data.update(
        nested_form_data(
            {"title": "A new theme", "slug": "a-new-theme", "external_experiences": streamfield([])}
        )
    )
    return SimpleNamespace(
        portal=portal,
        community_en=community_en,
        theme_it=portal.theme,
        theme_en=portal.theme.get_translation(english),
        meeting_en=meeting_en,
        other_community_en=other_community_en,
        topic_it=portal.habitat,
        topic_en=topic_en,
        theme_data=theme_data,
        add_data=add_data,
        english=english,
    )


# The actions: each makes its requests, and returns them with a check of whether the change
# happened (called once wagtail-localize's on-commit publishing has run). -------------------


def open_english_editor(client, tree):
    response = client.get(edit_url(tree.theme_en))
    shown = response.status_code == HTTPStatus.OK and (
        "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]
    )
    return [response], lambda: shown


def save_a_translation(client, tree):
    translation = translation_of(tree.theme_it, tree.english)
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    response = put_string(client, translation, segment, "Farmers, engaged")
    return [response], lambda: StringTranslation.objects.filter(
        translation_of=segment.string, locale=tree.english, data="Farmers, engaged"
    ).exists()


def publish_english_page(client, tree):
    response = client.post(edit_url(tree.meeting_en), {"action": "publish"})
    return [response], lambda: Page.objects.get(pk=tree.meeting_en.pk).live


def edit_italian_page(client, tree):
    data = tree.theme_data.copy()
    data["title"] = "Coinvolgere gli agricoltori, d'inverno"
    response = client.post(edit_url(tree.theme_it), data)
    return (
        [response],
        lambda: (
            ThemePage.objects.get(pk=tree.theme_it.pk).latest_revision.object_str
            == "Coinvolgere gli agricoltori, d'inverno"
        ),
    )


def publish_italian_page(client, tree):
    data = tree.theme_data.copy()
    data.update({"summary": "Nuovo riassunto.", "action-publish": "action-publish"})
    response = client.post(edit_url(tree.theme_it), data)
    return [
        response
    ], lambda: ThemePage.objects.get(pk=tree.theme_it.pk).summary == "Nuovo riassunto."


def add_english_child(client, tree):
    response = client.post(add_theme_url(tree.community_en), tree.add_data)
    return [
        response
    ], lambda: ThemePage.objects.child_of(tree.community_en).filter(slug="a-new-theme").exists()


def delete_english_page(client, tree):
    response = client.post(reverse("wagtailadmin_pages:delete", args=[tree.theme_en.pk]))
    return [response], lambda: not Page.objects.filter(pk=tree.theme_en.pk).exists()


def move_english_page(client, tree):
    destination = tree.other_community_en
    url = reverse("wagtailadmin_pages:move_confirm", args=[tree.theme_en.pk, destination.pk])
    response = client.post(url)
    return [
        response
    ], lambda: Page.objects.get(pk=tree.theme_en.pk).get_parent().pk == destination.pk


def submit_for_translation(client, tree):
    card = tree.portal.card
    response = client.post(submit_url(card), {"locales": [tree.english.pk]})
    return [response], lambda: card.get_translation_or_none(tree.english) is not None


def sync_translations(client, tree):
    source = TranslationSource.objects.get(object_id=tree.theme_it.translation_key)
    response = client.post(sync_url(source), {"publish_translations": "on"})
    return [
        response
    ], lambda: TranslationSource.objects.get(pk=source.pk).last_updated_at > source.last_updated_at


def edit_english_topic(client, tree):
    """In the translation editor: open it, translate the name, publish."""
    translation = translation_of(tree.topic_it, tree.english)
    segment = StringSegment.objects.get(source=translation.source, context__path="name")
    url = topic_edit_url(tree.topic_en)
    responses = [
        client.get(url),
        put_string(client, translation, segment, "Wetland habitats"),
        client.post(url, {"action": "publish"}),
    ]
    return responses, lambda: Topic.objects.get(pk=tree.topic_en.pk).name == "Wetland habitats"


def edit_italian_topic(client, tree):
    url = topic_edit_url(tree.topic_it)
    responses = [
        client.get(url),
        client.post(url, {"name": "Zone umide interne", "kind": "habitat", "description": ""}),
    ]
    return responses, lambda: Topic.objects.get(pk=tree.topic_it.pk).name == "Zone umide interne"


YES, NO = "allowed", "refused"
# action: (anonymous, partner, editor, moderator, translator, superuser)
MATRIX = {
    open_english_editor: (NO, NO, YES, NO, YES, YES),
    save_a_translation: (NO, NO, YES, NO, YES, YES),
    publish_english_page: (NO, NO, YES, NO, YES, YES),
    edit_italian_page: (NO, NO, YES, NO, NO, YES),
    publish_italian_page: (NO, NO, YES, NO, NO, YES),
    add_english_child: (NO, NO, YES, NO, NO, YES),
    delete_english_page: (NO, NO, YES, NO, NO, YES),
    move_english_page: (NO, NO, YES, NO, NO, YES),
    submit_for_translation: (NO, NO, YES, NO, NO, YES),
    sync_translations: (NO, NO, YES, NO, NO, YES),
    edit_english_topic: (NO, NO, YES, NO, YES, YES),
    edit_italian_topic: (NO, NO, YES, NO, NO, YES),
}


@pytest.mark.parametrize("action", MATRIX, ids=lambda action: action.__name__)
def test_permission_matrix(action, tree, users, django_capture_on_commit_callbacks):
    outcomes = {}
    for role in ROLES:
        client = Client()
        if users[role] is not None:
            client.force_login(users[role])
        with transaction.atomic():
            with django_capture_on_commit_callbacks(execute=True):
                responses, check = action(client, tree)
            happened = check()
            transaction.set_rollback(True)
        # Allowed: the change happened and no request was refused; refused: every request
        # was, and nothing changed. Anything else is reported as it is.
        if happened and not any(refused(response) for response in responses):
            outcomes[role] = YES
        elif not happened and all(refused(response) for response in responses):
            outcomes[role] = NO
        else:
            outcomes[role] = f"happened={happened}, " + ", ".join(
                f"{response.status_code} {response.get('Location', '')}" for response in responses
            )
    assert outcomes == dict(zip(ROLES, MATRIX[action], strict=True))


# Translators never change the structure -------------------------------------------------


def test_translators_hold_change_and_publish_on_the_translated_homes(home_it, home_en):
    roles.ensure_roles()
    translators = Group.objects.get(name=roles.TRANSLATORS)
    grants = GroupPagePermission.objects.filter(group=translators)
    assert sorted((grant.page_id, grant.permission.codename) for grant in grants) == [
        (home_en.pk, "change_page"),
        (home_en.pk, "publish_page"),
    ]
    assert translators.permissions.filter(codename="change_topic").exists()
    assert not translators.permissions.filter(codename__in=["add_topic", "delete_topic"]).exists()


def test_translator_does_not_unpublish(client, tree, translator, editor):
    url = reverse("wagtailadmin_pages:unpublish", args=[tree.theme_en.pk])
    client.force_login(translator)
    assert refused(client.post(url))
    assert Page.objects.get(pk=tree.theme_en.pk).live

    client.force_login(editor)
    assert client.post(url).status_code == HTTPStatus.FOUND
    assert not Page.objects.get(pk=tree.theme_en.pk).live


def test_translator_does_not_copy(client, tree, translator):
    client.force_login(translator)
    url = reverse("wagtailadmin_pages:copy", args=[tree.theme_en.pk])
    response = client.post(
        url,
        {
            "new_title": "Copia",
            "new_slug": "copia",
            "new_parent_page": tree.community_en.pk,
            "publish_copies": "on",
        },
    )
    assert refused(response)
    assert not Page.objects.filter(slug="copia").exists()


def test_translator_does_not_convert_aliases(client, tree, translator, editor):
    """Neither an alias into a page (Wagtail) nor a translation into an alias
    (wagtail-localize)."""
    communities_en = tree.community_en.get_parent()
    assert communities_en.alias_of_id == tree.portal.communities.pk
    to_page = reverse("wagtailadmin_pages:convert_alias", args=[communities_en.pk])
    to_alias = reverse("wagtail_localize:convert_to_alias", args=[tree.theme_en.pk])

    client.force_login(translator)
    assert refused(client.post(to_page))
    assert refused(client.post(to_alias))
    assert Page.objects.get(pk=communities_en.pk).alias_of_id == tree.portal.communities.pk
    assert Page.objects.get(pk=tree.theme_en.pk).alias_of_id is None
    assert translation_of(tree.theme_it, tree.english).enabled

    client.force_login(editor)
    assert client.post(to_page).status_code == HTTPStatus.FOUND
    assert Page.objects.get(pk=communities_en.pk).alias_of_id is None
    assert client.post(to_alias).status_code == HTTPStatus.FOUND
    assert Page.objects.get(pk=tree.theme_en.pk).alias_of_id == tree.theme_it.pk


@pytest.mark.parametrize("action", ["delete", "unpublish", "move"])
def test_translator_does_not_change_the_structure_in_bulk(client, tree, translator, action):
    pages = [
        tree.theme_en,
        Page.objects.get(pk=tree.portal.project.get_translation(tree.english).pk),
    ]
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    query = "?" + "&".join(f"id={page.pk}" for page in pages) + f"&childOf={tree.community_en.pk}"
    client.force_login(translator)
    if action == "move":
        # Wagtail lists them as pages the user may not move there (no "add" in the tree).
        response = client.post(url + query, {"chooser": tree.other_community_en.pk})
        assert response.status_code == HTTPStatus.OK
        refusals = response.context["pages_without_destination_access"]
        assert {refusal["item"].pk for refusal in refusals} == {page.pk for page in pages}
    else:
        assert refused(client.post(url + query))
    for page in pages:
        page = Page.objects.get(pk=page.pk)
        assert page.live
        assert page.get_parent().pk == tree.community_en.pk


def test_an_editor_who_also_translates_keeps_the_editors_rights(client, tree, editor):
    editor.groups.add(Group.objects.get(name=roles.TRANSLATORS))
    client.force_login(editor)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[tree.theme_en.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert not Page.objects.filter(pk=tree.theme_en.pk).exists()
    response = client.post(
        topic_edit_url(tree.topic_it),
        {"name": "Zone umide interne", "kind": "habitat", "description": ""},
    )
    assert response.status_code == HTTPStatus.FOUND
    assert Topic.objects.get(pk=tree.topic_it.pk).name == "Zone umide interne"


def test_translator_neither_creates_nor_deletes_topics(client, tree, translator):
    client.force_login(translator)
    add = reverse("wagtailsnippets_cdp_pages_topic:add")
    assert refused(client.get(add))
    assert refused(client.post(add, {"name": "Prati aridi", "kind": "habitat"}))
    assert not Topic.objects.filter(name="Prati aridi").exists()
    for topic in (tree.topic_it, tree.topic_en):
        url = reverse("wagtailsnippets_cdp_pages_topic:delete", args=[topic.pk])
        assert refused(client.post(url))
        assert Topic.objects.filter(pk=topic.pk).exists()


def test_translator_sees_the_topics_to_translate(client, tree, translator):
    client.force_login(translator)
    response = client.get(reverse("wagtailsnippets_cdp_pages_topic:list") + "?locale=en")
    assert response.status_code == HTTPStatus.OK
    assert "Wetlands" in response.content.decode()
    policy_instances = roles.TopicPermissionPolicy(Topic).instances_user_has_permission_for(
        translator, "change"
    )
    assert list(policy_instances) == [tree.topic_en]


# A new language -------------------------------------------------------------------------


@pytest.fixture
def french(settings, db):
    """French, added to the settings after migrate."""
    settings.LANGUAGES = [*settings.LANGUAGES, ("fr", "French")]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    return "fr"


def test_a_new_languages_home_is_the_translators_at_once(
    client, portal, editor, translator, french, django_capture_on_commit_callbacks
):
    """The first translation into French creates its home, which translators translate and
    publish without another migrate."""
    locale = Locale.objects.create(language_code=french)
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submit_url(portal.home), {"locales": [locale.pk]})
    assert response.status_code == HTTPStatus.FOUND
    home_fr = HomePage.objects.get(locale=locale)
    assert home_fr.depth == 2
    assert not home_fr.live

    perms = home_fr.permissions_for_user(translator)
    assert perms.can_edit()
    assert perms.can_publish()
    assert not perms.can_add_subpage()
    client.force_login(translator)
    response = client.get(edit_url(home_fr))
    assert response.status_code == HTTPStatus.OK
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(home_fr), {"action": "publish"})
    assert response.status_code == HTTPStatus.FOUND
    assert HomePage.objects.get(pk=home_fr.pk).live


def test_a_language_synchronised_from_italian_gives_the_translators_its_home(
    client, portal, superuser, translator, french, django_capture_on_commit_callbacks
):
    """Settings → Locales → Add, with "Synchronise from Italian": the French tree starts as
    aliases of the Italian pages, its home among them."""
    italian = Locale.objects.get(language_code="it")
    client.force_login(superuser)
    prefix = "component-wagtail_localize_localesynchronization"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtaillocales:add"),
            {"language_code": french, f"{prefix}-enabled": "on", f"{prefix}-sync_from": italian.pk},
        )
    assert response.status_code == HTTPStatus.FOUND
    home_fr = HomePage.objects.get(locale__language_code=french)
    assert home_fr.alias_of_id == portal.home.pk
    assert CommunityPage.objects.filter(locale__language_code=french).exists()

    perms = home_fr.permissions_for_user(translator)
    assert perms.can_edit()
    assert perms.can_publish()
    translators = Group.objects.get(name=roles.TRANSLATORS)
    assert set(
        GroupPagePermission.objects.filter(group=translators, page=home_fr).values_list(
            "permission__codename", flat=True
        )
    ) == {"change_page", "publish_page"}
