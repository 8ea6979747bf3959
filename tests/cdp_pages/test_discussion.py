"""The threaded discussion on the portal's pages: posting, confirmation, moderation rules,
threading, feedback, notifications, the rate limit, counts, digest and query budgets."""

import re
from http import HTTPStatus
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.utils import translation
from django_comments.models import CommentFlag
from django_comments_xtd.models import LIKEDIT_FLAG, XtdComment

from cdp_pages.discussion import community_digest, count_comments, thread
from tests import factories

pytestmark = pytest.mark.django_db


def page_form(client, page_url, **fields):
    """The comment form as rendered on a page (or a reply page), filled with `fields`."""
    response = client.get(page_url)
    assert response.status_code == HTTPStatus.OK
    form = BeautifulSoup(response.content, "html.parser").select_one("form.comment-form")
    data = {
        field["name"]: field.get("value", "")
        for field in form.select("input")
        if field.get("name") and field.get("type") != "checkbox"
    }
    data.update(fields)
    return form["action"], data


def post_comment(client, page_url, **fields):
    action, data = page_form(client, page_url, **fields)
    return client.post(action, data)


def link_in(message):
    """The path of the first link to this site in an email."""
    match = re.search(r"http://localhost(/\S+)", message.body.split("\n\n", 3)[-1])
    return match.group(1)


# Posting -----------------------------------------------------------------------------------


def test_a_signed_in_user_posts_at_once(client, portal, partner):
    client.force_login(partner)
    response = post_comment(client, portal.card.url, comment="Lo abbiamo provato a Lodi: funziona.")
    comment = XtdComment.objects.get()
    assert comment.is_public
    assert comment.user == partner
    assert comment.user_name == "Paolo Prati"
    # The redirects end on the page, at the comment.
    response = client.get(response["Location"], follow=True)
    assert response.redirect_chain[-1][0].endswith(portal.card.url)
    assert f'id="c{comment.pk}"' in response.content.decode()
    assert "Lo abbiamo provato a Lodi: funziona." in response.content.decode()
    assert not mail.outbox


def test_signed_in_users_are_not_asked_for_name_and_email(client, portal, partner):
    client.force_login(partner)
    html = client.get(portal.card.url).content.decode()
    form = BeautifulSoup(html, "html.parser").select_one("form.comment-form")
    assert form.select_one("[name=name]") is None
    assert form.select_one("[name=email]") is None
    assert form.select_one("textarea[name=comment]") is not None


def test_an_anonymous_comment_is_published_only_through_the_emailed_link(client, portal):
    # An address already approved, and no link: the comment needs no moderator.
    factories.CommentFactory(page=portal.theme, user_email="anna@example.org")
    response = post_comment(
        client,
        portal.card.url,
        name="Anna Bassi",
        email="anna@example.org",
        comment="Ottima scheda, grazie.",
    )
    assert not XtdComment.objects.filter(object_pk=str(portal.card.pk)).exists()
    html = client.get(response["Location"]).content.decode()
    assert portal.card.url in html  # The "check your email" page links back.
    [message] = mail.outbox
    assert message.to == ["anna@example.org"]
    assert portal.card.title in message.body
    response = client.get(link_in(message), follow=True)
    comment = XtdComment.objects.get(object_pk=str(portal.card.pk))
    assert comment.is_public
    assert comment.user is None
    assert "Ottima scheda, grazie." in response.content.decode()
    # The link works once: following it again does not duplicate the comment.
    client.get(link_in(message))
    assert XtdComment.objects.filter(object_pk=str(portal.card.pk)).count() == 1


@pytest.mark.parametrize(
    ("approved_before", "text", "website"),
    [
        (False, "Una prima domanda, senza link.", ""),
        (True, "Guardate www.esempio-spam.com per saperne di più", ""),
        (True, "Un commento senza link nel testo.", "https://esempio.org"),
    ],
    ids=["new-address", "link-in-text", "website"],
)
def test_anonymous_comments_wait_for_a_moderator(client, portal, approved_before, text, website):
    if approved_before:
        factories.CommentFactory(page=portal.theme, user_email="bruno@example.org")
    post_comment(
        client, portal.card.url, name="Bruno", email="bruno@example.org", comment=text, url=website
    )
    response = client.get(link_in(mail.outbox[0]))
    comment = XtdComment.objects.get(object_pk=str(portal.card.pk))
    assert not comment.is_public
    assert response.status_code == HTTPStatus.OK
    assert text not in client.get(portal.card.url).content.decode()


def test_a_tampered_confirmation_link_gets_a_clear_page(client, portal):
    post_comment(client, portal.card.url, name="Ca", email="ca@example.org", comment="Ciao")
    path = link_in(mail.outbox[0])
    response = client.get(path[:-6] + "XXXXX/")
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Questo link non funziona" in response.content.decode()
    assert not XtdComment.objects.exists()


def test_a_page_that_takes_no_comments_refuses_them(client, portal):
    action, data = page_form(client, portal.card.url, comment="Ciao", name="A", email="a@b.it")
    data["content_type"] = "cdp_pages.projectpage"
    data["object_pk"] = str(portal.project.pk)
    response = client.post(action, data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Questa pagina non accetta commenti" in response.content.decode()
    assert not XtdComment.objects.exists()


# Bad input ---------------------------------------------------------------------------------


def test_invalid_input_is_shown_back_with_the_text_kept(client, portal):
    long_text = "Lunghissimo. " * 400
    response = post_comment(
        client, portal.card.url, name="", email="non-una-email", comment=long_text
    )
    assert response.status_code == HTTPStatus.OK
    soup = BeautifulSoup(response.content, "html.parser")
    errors = soup.select_one("#comment-errors").get_text(" ", strip=True)
    assert "Nome" in errors
    assert "Email" in errors
    assert "Commento" in errors
    assert soup.select_one("textarea[name=comment]").get_text().strip() == long_text.strip()
    assert not XtdComment.objects.exists()
    assert not mail.outbox


def test_null_bytes_are_refused_with_a_message(client, portal, partner):
    client.force_login(partner)
    response = post_comment(client, portal.card.url, comment="prima\x00dopo")
    assert response.status_code == HTTPStatus.OK
    assert BeautifulSoup(response.content, "html.parser").select_one("#comment-errors")
    assert not XtdComment.objects.exists()


def test_an_expired_form_comes_back_renewed_with_the_text(client, portal, partner):
    client.force_login(partner)
    action, data = page_form(client, portal.card.url, comment="Scritto con calma.")
    data["timestamp"] = str(int(data["timestamp"]) - 3 * 3600)
    response = client.post(action, data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("textarea[name=comment]").get_text().strip() == "Scritto con calma."
    renewed = {field["name"]: field.get("value") for field in soup.select("input[type=hidden]")}
    assert int(renewed["timestamp"]) > int(data["timestamp"])
    # Sending the renewed form works.
    renewed["comment"] = "Scritto con calma."
    client.post(action, renewed)
    assert XtdComment.objects.get().comment == "Scritto con calma."


def test_the_honeypot_refuses_spam(client, portal):
    response = post_comment(
        client, portal.card.url, name="Bot", email="bot@example.org", comment="x", honeypot="y"
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "spam" in response.content.decode()
    assert not mail.outbox
    assert not XtdComment.objects.exists()


def test_anonymous_posts_are_rate_limited_per_ip(client, portal, partner, settings):
    settings.COMMENTS_RATE_LIMIT = 3
    for n in range(3):
        response = post_comment(
            client, portal.card.url, name="Rita", email="rita@example.org", comment=f"n. {n}"
        )
        assert response.status_code == HTTPStatus.FOUND
    response = post_comment(
        client, portal.card.url, name="Rita", email="rita@example.org", comment="ancora"
    )
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "Troppi commenti in poco tempo" in response.content.decode()
    assert len(mail.outbox) == 3
    # Another address is not limited, and neither are signed-in users.
    action, data = page_form(
        client, portal.card.url, name="Rita", email="rita@example.org", comment="altra rete"
    )
    assert client.post(action, data, REMOTE_ADDR="10.0.0.9").status_code == HTTPStatus.FOUND
    client.force_login(partner)
    assert post_comment(client, portal.card.url, comment="Io posso").status_code == HTTPStatus.FOUND


# Threads -----------------------------------------------------------------------------------


def test_replies_nest_three_levels_deep_and_no_deeper(client, portal, partner):
    client.force_login(partner)
    root = factories.CommentFactory(page=portal.card, comment="Livello uno")
    reply = factories.CommentFactory(page=portal.card, parent_id=root.pk, comment="Livello due")
    deepest = factories.CommentFactory(page=portal.card, parent_id=reply.pk, comment="Livello tre")
    assert (root.level, reply.level, deepest.level) == (0, 1, 2)
    soup = BeautifulSoup(client.get(portal.card.url).content, "html.parser")
    nested = soup.select_one(f"#c{root.pk} > ol.comment-replies > #c{reply.pk}")
    assert nested.select_one(f"ol.comment-replies > #c{deepest.pk}") is not None
    assert soup.select_one(f"#c{reply.pk} a.comment-reply") is not None
    assert soup.select_one(f"#c{deepest.pk} a.comment-reply") is None
    # The reply page of the deepest comment refuses, and so does a crafted post.
    response = client.get(f"/it/comments/reply/{deepest.pk}/")
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "tre livelli" in response.content.decode()
    action, data = page_form(client, f"/it/comments/reply/{reply.pk}/", comment="Quarto")
    data["reply_to"] = str(deepest.pk)
    response = client.post(action, data)
    assert "non può andare più a fondo" in response.content.decode()
    assert XtdComment.objects.count() == 3


def test_replying_through_the_reply_page(client, portal, partner):
    client.force_login(partner)
    root = factories.CommentFactory(page=portal.card, comment="Domanda sui costi")
    action, data = page_form(client, f"/it/comments/reply/{root.pk}/", comment="Circa 2000 euro")
    assert data["reply_to"] == str(root.pk)
    client.post(action, data)
    reply = XtdComment.objects.get(comment="Circa 2000 euro")
    assert (reply.parent_id, reply.level, reply.thread_id) == (root.pk, 1, root.pk)


def test_a_reply_to_a_comment_of_another_page_is_refused(client, portal, partner):
    client.force_login(partner)
    elsewhere = factories.CommentFactory(page=portal.theme)
    action, data = page_form(client, portal.card.url, comment="Fuori posto")
    data["reply_to"] = str(elsewhere.pk)
    response = client.post(action, data)
    assert "non è più disponibile" in response.content.decode()
    assert XtdComment.objects.count() == 1


def test_a_removed_comment_keeps_its_replies_readable(client, portal):
    root = factories.CommentFactory(page=portal.card, comment="Testo offensivo")
    factories.CommentFactory(page=portal.card, parent_id=root.pk, comment="Risposta utile")
    lonely = factories.CommentFactory(page=portal.card, comment="Spam solitario")
    XtdComment.objects.filter(pk__in=[root.pk, lonely.pk]).update(is_removed=True)
    html = client.get(portal.card.url).content.decode()
    assert "Testo offensivo" not in html
    assert "Spam solitario" not in html
    assert "Risposta utile" in html
    assert "Commento rimosso da un moderatore." in html
    nodes = thread(portal.card)
    assert [node.removed for node in nodes] == [True]
    assert count_comments(nodes) == 1


def test_comment_text_is_escaped_and_links_get_nofollow_ugc(client, portal):
    factories.CommentFactory(
        page=portal.card,
        user_name="<b>Nome</b>",
        comment='<script>alert(1)</script> Vedi https://esempio.org/pagina e <a href="x">qui</a>',
        user_url="javascript:alert(1)",
    )
    html = client.get(portal.card.url).content.decode()
    section = html[html.index('id="discussion"') :]
    assert "<script>alert(1)</script>" not in section
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in section
    assert "&lt;b&gt;Nome&lt;/b&gt;" in section
    assert (
        '<a href="https://esempio.org/pagina" rel="nofollow ugc">https://esempio.org/pagina</a>'
        in section
    )
    assert 'href="javascript:' not in section


def test_a_comment_permalink_leads_to_the_comment(client, portal):
    comment = factories.CommentFactory(page=portal.card)
    response = client.get(comment.get_absolute_url())
    assert response.status_code == HTTPStatus.FOUND
    assert urlsplit(response["Location"]).path == portal.card.url


# Feedback and flags ------------------------------------------------------------------------


def test_signed_in_users_like_and_flag_comments(client, portal, partner, moderator):
    comment = factories.CommentFactory(page=portal.card, comment="Discutibile")
    client.force_login(partner)
    next_url = f"{portal.card.url}#c{comment.pk}"
    response = client.post(f"/it/comments/like/{comment.pk}/", {"next": next_url})
    assert response["Location"] == f"{portal.card.url}?c={comment.pk}#c{comment.pk}"
    html = client.get(portal.card.url).content.decode()
    assert "1 mi piace" in html
    assert 'aria-pressed="true"' in html
    client.post(f"/it/comments/flag/{comment.pk}/", {"next": next_url})
    assert CommentFlag.objects.filter(
        comment=comment, user=partner, flag=CommentFlag.SUGGEST_REMOVAL
    ).exists()
    [message] = mail.outbox
    assert message.to == [moderator.email]
    assert "Discutibile" in message.body
    assert "/admin/comments/?status=flagged" in message.body
    # Liking again withdraws the like.
    client.post(f"/it/comments/like/{comment.pk}/", {"next": next_url})
    assert not CommentFlag.objects.filter(flag=LIKEDIT_FLAG).exists()


def test_anonymous_visitors_cannot_flag_or_like(client, portal):
    comment = factories.CommentFactory(page=portal.card)
    for action in ("flag", "like", "dislike"):
        response = client.post(f"/it/comments/{action}/{comment.pk}/")
        assert response.status_code == HTTPStatus.FOUND
        assert response["Location"].startswith("/admin/login/")
    assert not CommentFlag.objects.exists()
    assert "comments/flag/" not in client.get(portal.card.url).content.decode()


# Notifications -----------------------------------------------------------------------------


def test_followers_are_notified_and_can_unsubscribe(client, portal, partner):
    follower = factories.CommentFactory(
        page=portal.card, user_name="Franca", user_email="franca@example.org", followup=True
    )
    client.force_login(partner)
    post_comment(client, portal.card.url, comment="Una novità sul tema.")
    [message] = mail.outbox
    assert message.to == ["franca@example.org"]
    assert "Una novità sul tema." in message.body
    mute = link_in(message)
    assert "/comments/mute/" in mute
    # The link asks before acting, so that a mail scanner does not unsubscribe anyone.
    client.logout()
    response = client.get(mute)
    assert response.status_code == HTTPStatus.OK
    follower.refresh_from_db()
    assert follower.followup
    client.post(mute)
    follower.refresh_from_db()
    assert not follower.followup
    client.force_login(partner)
    post_comment(client, portal.card.url, comment="Un'altra novità.")
    assert len(mail.outbox) == 1


def test_a_broken_unsubscribe_link_gets_a_clear_page(client, portal):
    response = client.get("/it/comments/mute/not-a-key/")
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Questo link non funziona" in response.content.decode()


# Counts, translations and digest ------------------------------------------------------------


def test_listing_cards_show_their_comment_count(client, portal):
    factories.CommentFactory.create_batch(2, page=portal.card)
    factories.CommentFactory(page=portal.card, is_public=False)
    card = BeautifulSoup(client.get(portal.solutions.url).content, "html.parser").select_one(
        ".card"
    )
    assert card.select_one(".comment-count").get_text(" ", strip=True).startswith("2 commenti")
    assert card.select_one(".comment-count")["href"] == f"{portal.card.url}#discussion"


def test_a_page_shows_the_comments_of_its_translations(client, portal, home_en):
    translation_page = portal.card.copy_for_translation(home_en.locale, copy_parents=True)
    translation_page.save_revision().publish()
    factories.CommentFactory.create_batch(3, page=translation_page)
    soup = BeautifulSoup(client.get(portal.card.url).content, "html.parser")
    elsewhere = soup.select_one(".discussion-elsewhere a")
    assert elsewhere["href"] == f"{translation_page.url}#discussion"
    assert elsewhere.get_text(strip=True) == "3 comments"
    # Each page counts only its own comments.
    assert "0 commenti" in soup.select_one(".discussion-count").get_text()


def test_the_community_digest_and_its_feed(client, portal):
    factories.CommentFactory(page=portal.theme, comment="Sul tema <em>agricoltori</em>")
    newest = factories.CommentFactory(page=portal.card, user_name="Lia", comment="Sulla scheda")
    other_community = factories.CommunityPageFactory(parent=portal.communities, edition=2019)
    outsider = factories.ThemePageFactory(parent=other_community)
    factories.CommentFactory(page=outsider, comment="Altrove")
    digest = community_digest(portal.community)
    assert [comment.comment for comment in digest] == [
        "Sulla scheda",
        "Sul tema <em>agricoltori</em>",
    ]
    html = client.get(portal.community.url).content.decode()
    section = html[html.index('id="discussion-digest"') :]
    assert f'href="{portal.card.url}#c{newest.pk}"' in section
    assert "Sul tema &lt;em&gt;agricoltori&lt;/em&gt;" in section
    assert "Altrove" not in section
    response = client.get(portal.community.url + "discussion/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    items = ElementTree.fromstring(response.content).findall("channel/item")
    assert len(items) == 2
    assert items[0].findtext("link") == f"{portal.card.full_url}#c{newest.pk}"
    assert items[0].findtext("title") == "Lia su “Incontri in cascina”"


# Query budgets -----------------------------------------------------------------------------


def count_queries(client, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(40) as context:
        response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return len(context.captured_queries)


def add_threads(page, count):
    """`count` comments in threads of three levels, some liked by a user."""
    user = factories.UserFactory(username="liker")
    made = 0
    while made < count:
        root = factories.CommentFactory(page=page)
        reply = factories.CommentFactory(page=page, parent_id=root.pk)
        factories.CommentFactory(page=page, parent_id=reply.pk)
        CommentFlag.objects.create(comment=root, user=user, flag=LIKEDIT_FLAG)
        made += 3


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "signed-in"])
def test_a_page_with_200_comments_needs_no_more_queries_than_with_20(
    client, portal, partner, django_assert_max_num_queries, signed_in
):
    if signed_in:
        client.force_login(partner)
    add_threads(portal.card, 21)
    client.get(portal.card.url)  # Warm up caches (content types, site root paths).
    small = count_queries(client, portal.card.url, django_assert_max_num_queries)
    add_threads(portal.card, 180)
    assert XtdComment.objects.count() >= 200
    html = client.get(portal.card.url).content.decode()
    assert html.count('class="comment"') >= 200
    large = count_queries(client, portal.card.url, django_assert_max_num_queries)
    assert large == small


def test_the_discussion_adds_no_query_per_card(client, portal, django_assert_max_num_queries):
    for _ in range(6):
        card = factories.SolutionCardPageFactory(parent=portal.solutions)
        factories.CommentFactory(page=card)
    client.get(portal.solutions.url)
    small = count_queries(client, portal.solutions.url, django_assert_max_num_queries)
    for _ in range(6):
        card = factories.SolutionCardPageFactory(parent=portal.solutions)
        factories.CommentFactory.create_batch(2, page=card)
    assert count_queries(client, portal.solutions.url, django_assert_max_num_queries) == small


def test_comments_target_the_specific_page(portal):
    comment = factories.CommentFactory(page=portal.card)
    assert comment.content_type == ContentType.objects.get_for_model(type(portal.card))
    with translation.override("it"):
        assert comment.content_object.get_absolute_url() == portal.card.full_url
