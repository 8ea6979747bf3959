"""Who may write and publish the Quaderni and their articles, through Wagtail's admin views.

Only Editors publish Quaderni; partners draft the articles they co-author (an author whose
person is linked to their account) or that they created, and submit them to the Editors.
"""

from http import HTTPStatus
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import GroupPagePermission, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from cdp_pages import roles
from cdp_pages.models import ArticleAuthor, ArticlePage, QuadernoPage
from tests import factories


@pytest.fixture
def other_partner(portal):
    """A partner of another project, who co-authors nothing."""
    project = factories.ProjectPageFactory(parent=portal.community, title="Api e prati")
    user = factories.UserFactory(username="giulia", groups=[roles.PARTNERS])
    roles.add_project_partner(user, project)
    return user


def add_authors(article, *people):
    for person in people:
        article.authors.add(ArticleAuthor(person=person))
    article.save()


@pytest.fixture
def quaderno(portal, partner, editor):
    """A published Quaderno with a live article that the partner co-authors (second author,
    after a person with no account) and a live article by other authors."""
    index = factories.PublicationIndexPageFactory(parent=portal.home)
    quaderno = factories.QuadernoPageFactory(
        parent=index, title="Quaderno 1", series_number=1, owner=editor
    )
    paolo = factories.PersonFactory(name="Paolo Prati", user=partner)
    anna = factories.PersonFactory(name="Anna Bianchi")
    shared = factories.ArticlePageFactory(
        parent=quaderno, title="Risaie e anfibi", slug="risaie-e-anfibi", owner=editor
    )
    add_authors(shared, anna, paolo)
    shared.save_revision().publish()
    others = factories.ArticlePageFactory(
        parent=quaderno, title="Prati stabili", slug="prati-stabili", owner=editor
    )
    add_authors(others, anna)
    others.save_revision().publish()
    return SimpleNamespace(
        index=index, quaderno=quaderno, shared=shared, others=others, paolo=paolo, anna=anna
    )


# Helpers ----------------------------------------------------------------------------------


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def is_denied(response, url):
    """Wagtail answers a refused admin view with a 403 or a redirect elsewhere."""
    if response.status_code == HTTPStatus.FOUND:
        return response["Location"] != url
    return response.status_code == HTTPStatus.FORBIDDEN


# The article's stream fields are drawn by JavaScript: their (empty) data is posted as is.
EMPTY_STREAMS = nested_form_data(
    {name: streamfield([]) for name in ("body", "footnotes", "references")}
)


def page_form(client, url):
    """The create or edit form of a page as the user sees it, ready to post back."""
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for key in [key for key in data if "__prefix__" in key]:
        del data[key]
    for key, value in EMPTY_STREAMS.items():
        data.setdefault(key, value)
    return data


def new_article(client, quaderno, title, slug, person, action):
    """Post the create form of an article under `quaderno`, with `person` as its author."""
    data = page_form(client, add_url(ArticlePage, quaderno))
    data.update(
        {
            "title": title,
            "slug": slug,
            "abstract": "Come le risaie ospitano gli anfibi.",
            "authors-TOTAL_FORMS": "1",
            "authors-0-person": str(person.pk),
            "authors-0-affiliation": "",
            "authors-0-id": "",
            "authors-0-ORDER": "1",
            "authors-0-DELETE": "",
            action: action,
        }
    )
    return client.post(add_url(ArticlePage, quaderno), data)


def edit_title(client, page, title, action):
    data = page_form(client, edit_url(page))
    data.update({"title": title, action: action})
    return client.post(edit_url(page), data)


def draft_title(page):
    return page.get_latest_revision_as_object().title


# Roles ------------------------------------------------------------------------------------


def test_partners_hold_add_on_each_quaderno_and_nothing_on_the_index(quaderno):
    partners = Group.objects.get(name=roles.PARTNERS)
    grants = GroupPagePermission.objects.filter(group=partners)
    assert [grant.permission.codename for grant in grants.filter(page=quaderno.quaderno)] == [
        "add_page"
    ]
    assert not grants.filter(page=quaderno.index).exists()
    # ensure_roles keeps it.
    roles.ensure_roles()
    assert grants.filter(page=quaderno.quaderno).count() == 1


# Partners ---------------------------------------------------------------------------------


def test_partner_drafts_an_article_and_submits_it_to_the_editors(client, quaderno, partner):
    client.force_login(partner)
    response = new_article(
        client,
        quaderno.quaderno,
        "Le rane di risaia",
        "le-rane-di-risaia",
        quaderno.paolo,
        "action-submit",
    )
    assert response.status_code == HTTPStatus.FOUND

    article = ArticlePage.objects.get(slug="le-rane-di-risaia")
    assert article.get_parent().pk == quaderno.quaderno.pk
    assert article.owner == partner
    assert not article.live
    assert [author.person for author in article.ordered_authors()] == [quaderno.paolo]
    state = WorkflowState.objects.get(object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == partner
    task = state.current_task_state.task.specific
    assert [group.name for group in task.groups.all()] == [roles.EDITORS]

    # The owner edits the draft again, and still cannot publish it.
    client.force_login(partner)
    edit_title(client, article, "Le rane di risaia, rivisto", "action-publish")
    article.refresh_from_db()
    assert not article.live
    assert article.first_published_at is None


def test_partner_cannot_publish_a_new_article(client, quaderno, partner):
    client.force_login(partner)
    new_article(
        client,
        quaderno.quaderno,
        "Pubblicato da solo",
        "pubblicato-da-solo",
        quaderno.paolo,
        "action-publish",
    )
    article = ArticlePage.objects.get(slug="pubblicato-da-solo")
    assert not article.live
    assert article.first_published_at is None


def test_co_author_edits_an_article_through_moderation(client, quaderno, partner, editor):
    article = quaderno.shared
    assert article.owner == editor
    client.force_login(partner)
    response = edit_title(client, article, "Risaie, anfibi e aironi", "action-submit")
    assert response.status_code == HTTPStatus.FOUND

    article = ArticlePage.objects.get(pk=article.pk)
    assert article.title == "Risaie e anfibi"
    assert draft_title(article) == "Risaie, anfibi e aironi"
    state = article.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == partner

    # An editor approves, and the change goes live.
    client.force_login(editor)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[article.pk, "approve", state.current_task_state.pk],
        )
    )
    assert response.status_code == HTTPStatus.FOUND
    assert ArticlePage.objects.get(pk=article.pk).title == "Risaie, anfibi e aironi"


def test_co_author_cannot_publish_unpublish_delete_nor_move(client, quaderno, partner):
    article = quaderno.shared
    perms = ArticlePage.objects.get(pk=article.pk).permissions_for_user(partner)
    assert perms.can_edit()
    assert not perms.can_publish()
    assert not perms.can_unpublish()

    client.force_login(partner)
    edit_title(client, article, "Pubblicato dal coautore", "action-publish")
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.title == "Risaie e anfibi"
    assert article.live

    url = reverse("wagtailadmin_pages:unpublish", args=[article.pk])
    assert is_denied(client.post(url), url)
    url = reverse("wagtailadmin_pages:delete", args=[article.pk])
    assert is_denied(client.post(url), url)
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live


def test_partner_never_deletes_nor_moves_a_draft_article_they_own(client, quaderno, partner):
    """Wagtail would let an owner delete a draft; a co-author's work would go with it."""
    other_quaderno = factories.QuadernoPageFactory(
        parent=quaderno.index, title="Quaderno 2", series_number=2
    )
    client.force_login(partner)
    new_article(client, quaderno.quaderno, "Bozza", "bozza", quaderno.paolo, "action-save-draft")
    article = ArticlePage.objects.get(slug="bozza")
    assert article.owner == partner

    # Wagtail's own permissions would allow both: the hooks refuse them.
    perms = article.permissions_for_user(partner)
    assert perms.can_delete()
    assert perms.can_move_to(other_quaderno)
    url = reverse("wagtailadmin_pages:delete", args=[article.pk])
    assert is_denied(client.get(url), url)
    assert is_denied(client.post(url), url)
    url = reverse("wagtailadmin_pages:move_confirm", args=[article.pk, other_quaderno.pk])
    assert is_denied(client.post(url), url)
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.get_parent().pk == quaderno.quaderno.pk


def test_partner_who_is_not_a_co_author_cannot_edit(client, quaderno, partner, other_partner):
    # The partner co-authors one article only.
    client.force_login(partner)
    url = edit_url(quaderno.others)
    assert is_denied(client.get(url), url)

    # Another partner co-authors none: the shared article is refused too, unchanged.
    client.force_login(other_partner)
    article = quaderno.shared
    revisions = article.revisions.count()
    url = edit_url(article)
    assert is_denied(client.get(url), url)
    response = client.post(url, {"title": "Preso", "action-submit": "action-submit"})
    assert is_denied(response, url)
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.title == "Risaie e anfibi"
    assert draft_title(article) == "Risaie e anfibi"
    assert article.revisions.count() == revisions


def test_unlinking_the_person_takes_the_right_away(client, quaderno, partner):
    quaderno.paolo.user = None
    quaderno.paolo.save()
    client.force_login(partner)
    url = edit_url(quaderno.shared)
    assert is_denied(client.get(url), url)


def test_co_author_does_not_edit_the_translation(client, quaderno, partner, home_en):
    """Translations are the Translators' work."""
    index = factories.PublicationIndexPageFactory(parent=home_en, slug="publications")
    english = factories.QuadernoPageFactory(parent=index, title="Booklet 1")
    article = factories.ArticlePageFactory(parent=english, title="Rice fields and amphibians")
    add_authors(article, quaderno.anna, quaderno.paolo)
    client.force_login(partner)
    url = edit_url(article)
    assert is_denied(client.get(url), url)


def test_partner_never_creates_nor_edits_a_quaderno(client, quaderno, partner):
    client.force_login(partner)
    for url in (
        add_url(QuadernoPage, quaderno.index),
        reverse("wagtailadmin_pages:add_subpage", args=[quaderno.index.pk]),
    ):
        assert is_denied(client.get(url), url)
    response = client.post(
        add_url(QuadernoPage, quaderno.index),
        {"title": "Quaderno pirata", "slug": "quaderno-pirata", "series_number": "9"},
    )
    assert is_denied(response, add_url(QuadernoPage, quaderno.index))
    assert not QuadernoPage.objects.filter(slug="quaderno-pirata").exists()

    page = quaderno.quaderno
    perms = QuadernoPage.objects.get(pk=page.pk).permissions_for_user(partner)
    assert not perms.can_edit()
    assert not perms.can_publish()
    assert not perms.can_delete()
    url = edit_url(page)
    assert is_denied(client.get(url), url)
    response = client.post(url, {"title": "Rinominato", "action-publish": "action-publish"})
    assert is_denied(response, url)
    assert QuadernoPage.objects.get(pk=page.pk).title == "Quaderno 1"
    for name in ("unpublish", "delete"):
        url = reverse(f"wagtailadmin_pages:{name}", args=[page.pk])
        assert is_denied(client.post(url), url)
    assert QuadernoPage.objects.get(pk=page.pk).live


# Editors and the other roles --------------------------------------------------------------


def test_editor_adds_edits_publishes_and_unpublishes_quaderni_and_articles(
    client, quaderno, editor
):
    client.force_login(editor)
    data = page_form(client, add_url(QuadernoPage, quaderno.index))
    data.update(
        {
            "title": "Quaderno 2",
            "slug": "quaderno-2",
            "series_number": "2",
            "action-publish": "action-publish",
        }
    )
    response = client.post(add_url(QuadernoPage, quaderno.index), data)
    assert response.status_code == HTTPStatus.FOUND
    second = QuadernoPage.objects.get(slug="quaderno-2")
    assert second.live

    response = new_article(
        client,
        second,
        "Il capitale naturale",
        "il-capitale-naturale",
        quaderno.anna,
        "action-publish",
    )
    assert response.status_code == HTTPStatus.FOUND
    article = ArticlePage.objects.get(slug="il-capitale-naturale")
    assert article.live

    for page, title in ((second, "Quaderno 2, seconda edizione"), (article, "Il capitale")):
        assert edit_title(client, page, title, "action-publish").status_code == HTTPStatus.FOUND
        page = page.specific_class.objects.get(pk=page.pk)
        assert page.title == title
        response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
        assert response.status_code == HTTPStatus.FOUND
        assert not page.specific_class.objects.get(pk=page.pk).live

    # And they edit and publish a partner's article.
    assert edit_title(client, quaderno.shared, "Rane", "action-publish").status_code == (
        HTTPStatus.FOUND
    )
    assert ArticlePage.objects.get(pk=quaderno.shared.pk).title == "Rane"


def test_editor_deletes_an_article(client, quaderno, editor):
    client.force_login(editor)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[quaderno.others.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert not ArticlePage.objects.filter(pk=quaderno.others.pk).exists()


@pytest.mark.parametrize("role", ["moderator", "translator"])
def test_other_roles_neither_add_nor_edit_italian_publications(client, quaderno, role, request):
    user = request.getfixturevalue(role)
    client.force_login(user)
    for url in (
        add_url(ArticlePage, quaderno.quaderno),
        add_url(QuadernoPage, quaderno.index),
        edit_url(quaderno.shared),
        edit_url(quaderno.quaderno),
    ):
        assert is_denied(client.get(url), url)


def test_partner_chooses_the_authors(client, quaderno, partner):
    client.force_login(partner)
    response = client.get(reverse("wagtailsnippetchoosers_cdp_pages_person:choose"))
    assert response.status_code == HTTPStatus.OK
    assert "Anna Bianchi" in response.content.decode()


def listing(client, user, quaderno):
    """The Quaderno's page listing as `user` sees it, and the queries it took."""
    client.force_login(user)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("wagtailadmin_explore", args=[quaderno.pk]))
    assert response.status_code == HTTPStatus.OK
    return response.content.decode(), len(queries)


def test_the_quaderno_listing_looks_up_co_authorship_once(client, quaderno, partner, other_partner):
    """A co-author's listing of a Quaderno offers to edit their articles, and costs the same
    queries as anyone else's but the two that find the articles they co-author: once per
    request, not once per article."""
    for number in range(10):
        article = factories.ArticlePageFactory(parent=quaderno.quaderno, title=f"Articolo {number}")
        add_authors(article, quaderno.paolo)
    html, co_author = listing(client, partner, quaderno.quaderno)
    assert edit_url(article) in html
    assert edit_url(quaderno.others) not in html
    html, other = listing(client, other_partner, quaderno.quaderno)
    assert edit_url(article) not in html
    assert co_author <= other + 2
