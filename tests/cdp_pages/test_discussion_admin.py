"""Comment moderation in the Wagtail admin: the list by status, the actions, who may use them,
the menu item and the dashboard panel."""

from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import ERROR, SUCCESS, WARNING, get_messages
from django.contrib.sites.models import Site
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext
from django_comments.models import CommentFlag
from django_comments_xtd.models import LIKEDIT_FLAG, XtdComment

from tests import factories
from tests.admin_pages import sidebar_names

INDEX = "comment_moderation:index"
ACTIONS = ["approve", "remove", "restore", "dismiss"]
ACTIONS_BY_STATUS = {
    "pending": ["approve", "remove"],
    "flagged": ["dismiss", "remove"],
    "published": ["remove"],
    "removed": ["restore"],
}


# Users ------------------------------------------------------------------------------------


@pytest.fixture
def readers(db):
    return [factories.UserFactory(username=f"lettore{n}") for n in range(3)]


# Helpers ----------------------------------------------------------------------------------


def add_comment(page, text, *, name="Anna Rossi", email="anna@example.org", **fields):
    fields.setdefault("is_public", True)
    fields.setdefault("site_id", settings.SITE_ID)
    return XtdComment.objects.create(
        content_type=ContentType.objects.get_for_model(page.specific_class),
        object_pk=str(page.pk),
        user_name=name,
        user_email=email,
        comment=text,
        **fields,
    )


def flag(comment, user, kind=CommentFlag.SUGGEST_REMOVAL):
    return CommentFlag.objects.create(comment=comment, user=user, flag=kind)


def index_url(status=None):
    url = reverse(INDEX)
    return f"{url}?status={status}" if status else url


def action_url(action, comment):
    return reverse(f"comment_moderation:{action}", args=[comment.pk])


def state(comment):
    """What the actions may change: the comment's flags and status."""
    row = XtdComment.norel_objects.values("is_public", "is_removed").get(pk=comment.pk)
    flags = sorted(CommentFlag.objects.filter(comment_id=comment.pk).values_list("flag", "user"))
    return row, flags


def rows(response):
    """The listed comments: {comment id: the text of its row}."""
    soup = BeautifulSoup(response.content, "html.parser")
    table = soup.find("table", id="comment-moderation-list")
    if table is None:
        return {}
    return {
        int(row["id"].removeprefix("comment-")): row.get_text(" ", strip=True)
        for row in table.tbody.find_all("tr")
    }


def live_page(page):
    """The public page, as an anonymous visitor sees it in the page's language (Italian)."""
    response = Client().get(page.url)
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


def admin_ngettext(singular, plural, count):
    """A `blocktranslate count` text as the admin renders it, in the default language."""
    with translation.override(settings.LANGUAGE_CODE):
        return ngettext(singular, plural, count) % {"counter": count}


def last_message_level(response):
    """The level of the message the request added (earlier unread ones are still stored)."""
    return list(get_messages(response.wsgi_request))[-1].level


# The list ---------------------------------------------------------------------------------


def test_moderator_sees_pending_comments_with_their_page(client, moderator, portal):
    pending = add_comment(
        portal.theme, "Visitate il mio sito", is_public=False, email="spam@example.org"
    )
    published = add_comment(portal.card, "Ottima soluzione")
    client.force_login(moderator)

    response = client.get(reverse(INDEX))

    assert response.status_code == HTTPStatus.OK
    listed = rows(response)
    assert list(listed) == [pending.pk]
    assert "Visitate il mio sito" in listed[pending.pk]
    assert "Anna Rossi" in listed[pending.pk]
    assert "spam@example.org" in listed[pending.pk]
    assert portal.theme.title in listed[pending.pk]
    assert "IT" in listed[pending.pk]
    content = response.content.decode()
    assert f'href="{portal.theme.url}#c{pending.pk}"' in content
    assert f'action="{action_url("approve", pending)}"' in content
    assert f'action="{action_url("remove", pending)}"' in content
    assert f'action="{action_url("dismiss", pending)}"' not in content
    assert published.comment not in content


def test_moderator_sees_flagged_comments_with_the_flag_count(client, moderator, portal, readers):
    flagged = add_comment(portal.lesson, "Siete tutti incompetenti")
    flag(flagged, readers[0])
    flag(flagged, readers[1])
    flag(flagged, readers[2], kind=LIKEDIT_FLAG)  # A like is not a removal suggestion.
    liked = add_comment(portal.lesson, "Grazie per la lezione")
    flag(liked, readers[0], kind=LIKEDIT_FLAG)
    client.force_login(moderator)

    response = client.get(index_url("flagged"))

    listed = rows(response)
    assert list(listed) == [flagged.pk]
    assert "Siete tutti incompetenti" in listed[flagged.pk]
    assert portal.lesson.title in listed[flagged.pk]
    assert (
        admin_ngettext("%(counter)s suggestion", "%(counter)s suggestions", 2) in listed[flagged.pk]
    )
    content = response.content.decode()
    assert f'action="{action_url("dismiss", flagged)}"' in content
    assert f'action="{action_url("remove", flagged)}"' in content
    assert f'action="{action_url("approve", flagged)}"' not in content


def test_the_tabs_list_each_status(client, moderator, portal, readers):
    pending = add_comment(portal.theme, "In attesa", is_public=False)
    published = add_comment(portal.theme, "Pubblicato")
    flagged = add_comment(portal.theme, "Segnalato")
    flag(flagged, readers[0])
    removed = add_comment(portal.theme, "Rimosso", is_removed=True)
    client.force_login(moderator)

    listed = {status: set(rows(client.get(index_url(status)))) for status in ACTIONS_BY_STATUS}

    assert listed == {
        "pending": {pending.pk},
        "flagged": {flagged.pk},
        "published": {published.pk, flagged.pk},
        "removed": {removed.pk},
    }
    # An unknown status falls back to the comments awaiting approval.
    assert set(rows(client.get(index_url("everything")))) == {pending.pk}


def test_only_comments_on_discussable_pages_of_this_site_are_listed(client, moderator, portal):
    mine = add_comment(portal.meeting, "Ci sarò", is_public=False)
    add_comment(portal.project, "Commento su un progetto", is_public=False)
    other_site = Site.objects.create(domain="altro.example.org", name="Altro sito")
    add_comment(portal.meeting, "Da un altro sito", is_public=False, site_id=other_site.pk)
    client.force_login(moderator)

    response = client.get(reverse(INDEX))

    assert list(rows(response)) == [mine.pk]
    content = response.content.decode()
    assert "Commento su un progetto" not in content
    assert "Da un altro sito" not in content


def test_the_comment_text_is_escaped_and_shortened(client, moderator, portal):
    script = add_comment(portal.theme, "<script>alert(1)</script>", is_public=False)
    long_text = " ".join(f"parola{n}" for n in range(200))
    long = add_comment(portal.theme, long_text, is_public=False)
    client.force_login(moderator)

    response = client.get(reverse(INDEX))

    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    listed = rows(response)
    assert script.pk in listed
    assert long_text[:250] in listed[long.pk]
    assert long_text not in content
    assert "parola199" not in content


def test_the_page_editor_link_is_for_those_who_may_edit_the_page(client, moderator, portal):
    add_comment(portal.theme, "Domanda", is_public=False)
    edit = reverse("wagtailadmin_pages:edit", args=[portal.theme.pk])

    client.force_login(moderator)
    assert edit not in client.get(reverse(INDEX)).content.decode()

    superuser = factories.UserFactory(username="admin", is_superuser=True)
    client.force_login(superuser)
    assert f'href="{edit}"' in client.get(reverse(INDEX)).content.decode()


def test_the_list_is_paginated(client, moderator, portal):
    comments = [add_comment(portal.theme, f"Commento {n}", is_public=False) for n in range(52)]
    client.force_login(moderator)

    first = rows(client.get(reverse(INDEX)))
    second = rows(client.get(reverse(INDEX), {"status": "pending", "p": 2}))

    assert len(first) == 50
    assert len(second) == 2
    assert set(first) | set(second) == {comment.pk for comment in comments}
    # The newest first.
    assert list(second) == [comments[1].pk, comments[0].pk]


def test_the_list_query_count_does_not_grow_with_the_comments(
    client, moderator, portal, readers, django_assert_max_num_queries
):
    pages = [portal.theme, portal.meeting, portal.card, portal.lesson]

    def add_comments(count):
        for n in range(count):
            comment = add_comment(
                pages[n % len(pages)], f"Segnalazione {n}", email=f"autore{n}@example.org"
            )
            flag(comment, readers[n % len(readers)])
            add_comment(pages[n % len(pages)], f"Attesa {n}", is_public=False)

    client.force_login(moderator)
    add_comments(3)
    client.get(index_url("flagged"))  # Warm the caches: content types, site root paths.
    with CaptureQueriesContext(connection) as few:
        response = client.get(index_url("flagged"))
    assert len(rows(response)) == 3

    add_comments(27)
    for status in ("flagged", "pending"):
        with django_assert_max_num_queries(len(few)):
            response = client.get(index_url(status))
        assert len(rows(response)) == 30


# The actions ------------------------------------------------------------------------------


def test_approve_publishes_the_comment_on_the_live_page(client, moderator, portal):
    pending = add_comment(portal.theme, "Proposta di visita in cascina", is_public=False)
    assert "Proposta di visita in cascina" not in live_page(portal.theme)
    client.force_login(moderator)

    response = client.post(action_url("approve", pending), {"status": "pending", "p": "1"})

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse(INDEX) + "?status=pending&p=1"
    assert last_message_level(response) == SUCCESS
    assert state(pending)[0] == {"is_public": True, "is_removed": False}
    assert "Proposta di visita in cascina" in live_page(portal.theme)
    assert pending.pk not in rows(client.get(index_url("pending")))
    assert pending.pk in rows(client.get(index_url("published")))


def test_approve_tells_the_followers_of_the_page(client, moderator, portal, mailoutbox):
    follow = {"followup": True}
    add_comment(portal.card, "Seguo", name="Sara", email="sara@example.org", **follow)
    add_comment(portal.card, "Non seguo", name="Luca", email="luca@example.org")
    add_comment(portal.theme, "Seguo altrove", name="Ivo", email="ivo@example.org", **follow)
    pending = add_comment(portal.card, "Funziona anche da noi", is_public=False)
    client.force_login(moderator)

    client.post(action_url("approve", pending))

    assert [mail.to for mail in mailoutbox] == [["sara@example.org"]]
    body = mailoutbox[0].body
    assert "Funziona anche da noi" in body
    assert portal.card.title in body
    assert f"#c{pending.pk}" in body

    # Approving again changes nothing and sends nothing.
    response = client.post(action_url("approve", pending))
    assert last_message_level(response) == WARNING
    assert len(mailoutbox) == 1


def test_remove_leaves_a_placeholder_and_keeps_the_replies(client, moderator, portal):
    parent = add_comment(portal.theme, "Questo progetto è una truffa")
    reply = add_comment(
        portal.theme, "Non sono d'accordo, ha funzionato", name="Bruno", parent_id=parent.pk
    )
    assert reply.level == 1
    client.force_login(moderator)

    response = client.post(action_url("remove", parent), {"status": "published"})

    assert response["Location"] == reverse(INDEX) + "?status=published"
    assert last_message_level(response) == SUCCESS
    assert state(parent)[0] == {"is_public": True, "is_removed": True}
    assert state(reply)[0] == {"is_public": True, "is_removed": False}
    content = live_page(portal.theme)
    assert "Questo progetto è una truffa" not in content
    assert "Non sono d&#x27;accordo, ha funzionato" in content
    with translation.override("it"):
        assert gettext("Comment removed by a moderator.") in content
    assert parent.pk in rows(client.get(index_url("removed")))


def test_restore_publishes_a_removed_comment_again(client, moderator, portal):
    removed = add_comment(portal.meeting, "Porto le stivali di gomma", is_removed=True)
    assert "Porto le stivali di gomma" not in live_page(portal.meeting)
    client.force_login(moderator)

    response = client.post(action_url("restore", removed), {"status": "removed"})

    assert response["Location"] == reverse(INDEX) + "?status=removed"
    assert last_message_level(response) == SUCCESS
    assert state(removed)[0] == {"is_public": True, "is_removed": False}
    assert "Porto le stivali di gomma" in live_page(portal.meeting)
    assert removed.pk not in rows(client.get(index_url("removed")))


def test_dismiss_deletes_the_removal_suggestions_only(client, moderator, portal, readers):
    flagged = add_comment(portal.lesson, "Un parere diverso")
    flag(flagged, readers[0])
    flag(flagged, readers[1])
    flag(flagged, readers[2], kind=LIKEDIT_FLAG)
    client.force_login(moderator)

    response = client.post(action_url("dismiss", flagged), {"status": "flagged"})

    assert response["Location"] == reverse(INDEX) + "?status=flagged"
    assert last_message_level(response) == SUCCESS
    assert state(flagged) == (
        {"is_public": True, "is_removed": False},
        [(LIKEDIT_FLAG, readers[2].pk)],
    )
    assert flagged.pk not in rows(client.get(index_url("flagged")))
    assert "Un parere diverso" in live_page(portal.lesson)


def test_the_redirect_keeps_only_a_known_status_and_page_number(client, moderator, portal):
    comment = add_comment(portal.theme, "Commento", is_public=False)
    client.force_login(moderator)

    response = client.post(
        action_url("approve", comment), {"status": "https://evil.example.org", "p": "2x"}
    )

    assert response["Location"] == reverse(INDEX)


def test_an_unknown_comment_is_not_found(client, moderator, portal):
    other = add_comment(portal.project, "Su una pagina senza discussione", is_public=False)
    client.force_login(moderator)
    unknown = reverse("comment_moderation:approve", args=[999999])

    # Django's LocaleMiddleware answers a 404 outside the language prefix with a redirect to
    # the same path under /it/, where Wagtail's page catch-all then answers 404.
    assert client.post(unknown, follow=True).status_code == HTTPStatus.NOT_FOUND
    response = client.post(action_url("approve", other), follow=True)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert state(other)[0] == {"is_public": False, "is_removed": False}


@pytest.mark.parametrize("action", ACTIONS)
def test_actions_refuse_get(client, moderator, portal, action):
    comment = add_comment(portal.theme, "Commento", is_public=False)
    client.force_login(moderator)
    before = state(comment)

    response = client.get(action_url(action, comment))

    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert state(comment) == before


def test_actions_need_the_csrf_token(moderator, portal):
    comment = add_comment(portal.theme, "Commento", is_public=False)
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)

    response = client.post(action_url("approve", comment))

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert state(comment)[0] == {"is_public": False, "is_removed": False}


# Other roles ------------------------------------------------------------------------------


@pytest.fixture(params=["editor", "partner", "translator"])
def not_a_moderator(request):
    return request.getfixturevalue(request.param)


def test_other_roles_cannot_see_the_list(client, portal, not_a_moderator):
    add_comment(portal.theme, "Un commento in attesa", is_public=False)
    client.force_login(not_a_moderator)

    for status in [None, *ACTIONS_BY_STATUS]:
        response = client.get(index_url(status))
        assert response.status_code == HTTPStatus.FOUND
        assert response["Location"] == reverse("wagtailadmin_home")
        assert last_message_level(response) == ERROR
        assert "Un commento in attesa" not in response.content.decode()


def test_other_roles_cannot_moderate(client, portal, readers, not_a_moderator):
    pending = add_comment(portal.theme, "In attesa", is_public=False)
    flagged = add_comment(portal.theme, "Segnalato")
    flag(flagged, readers[0])
    removed = add_comment(portal.theme, "Rimosso", is_removed=True)
    targets = {"approve": pending, "remove": flagged, "dismiss": flagged, "restore": removed}
    before = {action: state(comment) for action, comment in targets.items()}
    client.force_login(not_a_moderator)

    for action, comment in targets.items():
        response = client.post(action_url(action, comment), {"status": "pending"})
        assert response.status_code == HTTPStatus.FOUND
        assert response["Location"] == reverse("wagtailadmin_home")
        assert last_message_level(response) == ERROR

    assert {action: state(comment) for action, comment in targets.items()} == before


def test_anonymous_visitors_are_sent_to_the_login(client, portal):
    pending = add_comment(portal.theme, "In attesa", is_public=False)

    response = client.post(action_url("approve", pending))

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert state(pending)[0] == {"is_public": False, "is_removed": False}


# Menu and dashboard -----------------------------------------------------------------------


def test_moderator_has_the_menu_item_and_the_dashboard_panel(client, moderator, portal, readers):
    add_comment(portal.theme, "Primo", is_public=False)
    add_comment(portal.card, "Secondo", is_public=False)
    flagged = add_comment(portal.lesson, "Terzo")
    flag(flagged, readers[0])
    flag(flagged, readers[1])
    client.force_login(moderator)

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == HTTPStatus.OK
    assert "comment-moderation" in sidebar_names(response)
    content = response.content.decode()
    assert f'"{reverse(INDEX)}"' in content  # The menu item's URL, in the sidebar's props.
    panel = BeautifulSoup(response.content, "html.parser").find(id="comment-moderation-section")
    assert panel is not None
    pending_link = panel.find("a", href=index_url("pending"))
    flagged_link = panel.find("a", href=index_url("flagged"))
    assert pending_link.get_text(strip=True) == admin_ngettext(
        "%(counter)s comment awaiting approval", "%(counter)s comments awaiting approval", 2
    )
    assert flagged_link.get_text(strip=True) == admin_ngettext(
        "%(counter)s comment flagged for removal", "%(counter)s comments flagged for removal", 1
    )


def test_editor_has_neither_the_menu_item_nor_the_dashboard_panel(client, editor, portal):
    add_comment(portal.theme, "Primo", is_public=False)
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == HTTPStatus.OK
    assert "comment-moderation" not in sidebar_names(response)
    content = response.content.decode()
    assert 'id="comment-moderation-section"' not in content
    assert reverse(INDEX) not in content
