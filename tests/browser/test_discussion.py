"""The discussion in Chromium: posting and replying as a signed-in user, the email confirmation
of visitors' comments, and hostile input that must stay text (tests/hostile_input.py)."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.utils import timezone
from django_comments_xtd.models import XtdComment
from playwright.sync_api import expect
from wagtail.models import Site

from cdp_pages.roles import EDITORS, PARTNERS
from tests import factories
from tests.hostile_input import (
    FORBIDDEN_TAGS,
    INJECTED_SELECTORS,
    MARKER,
    PAYLOADS,
    URL_PAYLOADS,
    by_name,
    short,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

COMMENT = "form.comment-form textarea[name=comment]"
SEND = "form.comment-form button[name=post]"
PREVIEW = "form.comment-form button[name=preview]"
REPLY = re.compile("Rispondi|Reply")


@pytest.fixture
def live_site(live_server):
    """The Wagtail site served by the live server, so that the full URLs the portal builds
    (comment permalinks, links in emails) lead back to it; and no rate limit left over from
    other tests' anonymous posts."""
    origin = urlsplit(live_server.url)
    Site.objects.filter(is_default_site=True).update(hostname=origin.hostname, port=origin.port)
    cache.clear()
    yield live_server
    cache.clear()


def sign_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )


def on_live_server(url, live_server):
    """A link from an email, with the live server's origin and the link's path."""
    parts = urlsplit(url)
    return live_server.url + parts.path + (f"?{parts.query}" if parts.query else "")


def comment_id(page):
    match = re.search(r"#c(\d+)$", page.url)
    assert match, page.url
    return int(match.group(1))


# Signed-in users ----------------------------------------------------------------------------


def test_signed_in_user_comments_and_replies(page, axe, portal, live_site):
    user = factories.UserFactory(
        username="anna", first_name="Anna", last_name="Bianchi", groups=[PARTNERS]
    )
    sign_in(page, live_site, user)
    card = portal.card
    page.goto(card.url)
    discussion = page.locator("section#discussion")
    expect(discussion.get_by_role("heading", level=2)).to_have_text(
        re.compile("Discussione|Discussion")
    )
    expect(discussion.locator("ol.comment-thread")).to_have_count(0)
    # Signed-in users are not asked for a name or an address.
    expect(discussion.locator("form.comment-form input[name=name]")).to_have_count(0)

    text = "Abbiamo provato gli incontri serali: funzionano meglio in inverno."
    page.locator(COMMENT).fill(text)
    page.locator(SEND).click()
    expect(page).to_have_url(re.compile(re.escape(card.url) + r"#c\d+$"))
    first = comment_id(page)
    comment = page.locator(f"ol.comment-thread > li.comment#c{first}")
    expect(comment.locator(".comment-text")).to_have_text(text)
    expect(comment.locator(".comment-author")).to_have_text("Anna Bianchi")
    expect(comment.locator(".comment-permalink")).to_have_attribute("href", f"#c{first}")
    axe(page)

    reply_link = comment.locator("a.comment-reply")
    expect(reply_link).to_contain_text(REPLY)
    expect(reply_link).to_contain_text("Anna Bianchi")  # For screen readers: to whom.
    reply_link.click()
    expect(page).to_have_url(re.compile(rf"/it/comments/reply/{first}/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Anna Bianchi")
    expect(page.locator("blockquote .comment-text")).to_have_text(text)
    expect(page.locator("form.comment-form input[name=reply_to]")).to_have_value(str(first))
    axe(page)

    # An empty reply comes back with the errors, announced and linked to the field.
    page.locator(SEND).click()
    errors = page.locator("#comment-errors")
    expect(errors).to_be_visible()
    expect(errors.locator('a[href="#id_comment"]')).to_be_visible()
    expect(page.locator("form.comment-form input[name=reply_to]")).to_have_value(str(first))
    axe(page)

    reply = "Da noi anche a fine estate, dopo la trebbiatura."
    page.locator(COMMENT).fill(reply)
    page.locator(SEND).click()
    expect(page).to_have_url(re.compile(re.escape(card.url) + r"#c\d+$"))
    second = comment_id(page)
    assert second != first
    nested = page.locator(f"li.comment#c{first} > ol.comment-replies > li.comment#c{second}")
    expect(nested.locator(".comment-text")).to_have_text(reply)
    expect(page.locator("ol.comment-thread > li.comment")).to_have_count(1)
    expect(page.locator("section#discussion .discussion-count")).to_contain_text("2")
    axe(page)


# Visitors confirm their comments by email ---------------------------------------------------


def fill_as_visitor(form, name, email, text, website=""):
    form.locator("input[name=name]").fill(name)
    form.locator("input[name=email]").fill(email)
    form.locator("input[name=url]").fill(website)
    form.locator("textarea[name=comment]").fill(text)
    form.locator("button[name=post]").click()


def post_as_visitor(page, url, name, email, text):
    page.goto(url)
    fill_as_visitor(page.locator("section#discussion form.comment-form"), name, email, text)


def confirmation_link(message, live_server):
    match = re.search(r"https?://[^/\s]+(/\S*/comments/confirm/[^/\s]+/)", message.body)
    assert match, message.body
    return on_live_server(match.group(0), live_server)


def test_visitor_from_a_new_address_waits_for_a_moderator(page, axe, portal, live_site, mailoutbox):
    card = portal.card
    dialogs = record_dialogs(page)
    # A first try with hostile values and a website that is not a web address comes back with
    # the errors, and with every value as it was typed: in the fields, not in the markup.
    name, website, hostile = (
        by_name("break-double-quote"),
        by_name("url-javascript"),
        by_name("break-textarea"),
    )
    page.goto(card.url)
    form = page.locator("section#discussion form.comment-form")
    fill_as_visitor(form, name.text, "marta@example.org", hostile.text, website.text)
    expect(page.locator('#comment-errors a[href="#id_url"]')).to_be_visible()
    form = page.locator("form.comment-form")
    expect(form.locator("input[name=name]")).to_have_value(name.text)
    expect(form.locator("input[name=url]")).to_have_value(website.text)
    expect(form.locator("textarea[name=comment]")).to_have_value(hostile.text)
    assert_inert(page, dialogs)
    axe(page)

    text = "Nel nostro parco le cascine aprono volentieri le porte."
    fill_as_visitor(form, "Marta Neri", "marta@example.org", text)

    expect(page).to_have_url(re.compile(r"/it/comments/sent/\?c="))
    expect(page.locator(f'main a[href="{card.url}#discussion"]')).to_be_visible()
    assert not XtdComment.objects.exists()
    axe(page)

    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["marta@example.org"]
    assert text in message.body
    page.goto(confirmation_link(message, live_site))
    expect(page.get_by_role("heading", level=1)).to_contain_text(re.compile("moderat", re.I))
    comment = XtdComment.objects.get()
    assert (comment.user_email, comment.is_public) == ("marta@example.org", False)
    axe(page)

    page.goto(card.url)
    expect(page.locator("section#discussion ol.comment-thread")).to_have_count(0)
    expect(page.locator("section#discussion")).not_to_contain_text(text)


def test_visitor_with_an_approved_address_is_published_on_confirmation(
    page, portal, live_site, mailoutbox
):
    XtdComment.objects.create(
        content_type=ContentType.objects.get_for_model(portal.theme.specific_class),
        object_pk=str(portal.theme.pk),
        site_id=settings.SITE_ID,
        user_name="Luca Gialli",
        user_email="luca@example.org",
        comment="Un commento già approvato.",
        submit_date=timezone.now() - datetime.timedelta(days=3),
        is_public=True,
    )
    card = portal.card
    text = "Confermo: le serate in cascina portano anche i giovani."
    post_as_visitor(page, card.url, "Luca Gialli", "luca@example.org", text)
    expect(page).to_have_url(re.compile(r"/it/comments/sent/\?c="))
    assert len(mailoutbox) == 1

    page.goto(confirmation_link(mailoutbox[0], live_site))
    expect(page).to_have_url(re.compile(re.escape(card.url) + r"#c\d+$"))
    comment = page.locator(f"ol.comment-thread > li.comment#c{comment_id(page)}")
    expect(comment.locator(".comment-text")).to_have_text(text)
    expect(comment.locator(".comment-author")).to_have_text("Luca Gialli")

    # The link works once: following it again leads to the same comment.
    page.goto(confirmation_link(mailoutbox[0], live_site))
    expect(page.locator("ol.comment-thread > li.comment")).to_have_count(1)


# Hostile input ------------------------------------------------------------------------------

# Descendants allowed in the parts of a page that show visitors' text.
TEXT_REGIONS = {
    "section#discussion .comment-text": ["P", "BR", "A"],
    "section#discussion .comment-author": ["A"],
    "#discussion-digest ul.digest li": ["P", "A", "TIME"],
    "blockquote.comment-quoted": ["P", "BR", "A", "TIME", "DIV"],
    ".comment-preview .comment-text": ["P", "BR", "A"],
}
SAFE_SCHEMES = ["http:", "https:", "mailto:", "tel:"]

CHECK_DOM = """({regions, forbidden, safeSchemes}) => {
    const problems = [];
    const describe = (element) => element.outerHTML.slice(0, 160);
    for (const [selector, allowed] of Object.entries(regions)) {
        for (const region of document.querySelectorAll(selector)) {
            for (const element of region.querySelectorAll("*")) {
                if (!allowed.includes(element.tagName) || forbidden.includes(element.localName)) {
                    problems.push(`unexpected element in ${selector}: ${describe(element)}`);
                }
            }
        }
    }
    for (const element of document.querySelectorAll("*")) {
        for (const attribute of element.attributes) {
            if (attribute.name.startsWith("on")) {
                problems.push(`event handler: ${describe(element)}`);
            }
        }
    }
    for (const element of document.querySelectorAll(
        "[href], [src], [action], [formaction], [data], [srcdoc]"
    )) {
        if (element.hasAttribute("srcdoc")) problems.push(`srcdoc: ${describe(element)}`);
        for (const name of ["href", "src", "action", "formaction", "data"]) {
            const value = element.getAttribute(name);
            if (value === null) continue;
            let scheme;
            try {
                scheme = new URL(value, document.baseURI).protocol;
            } catch (error) {
                continue;  // Not a URL at all: the browser will not follow it.
            }
            if (!safeSchemes.includes(scheme)) {
                problems.push(`${scheme} URL in ${name}: ${describe(element)}`);
            }
        }
    }
    return problems;
}"""

# Waits for handlers that fire after the load event (ontoggle, onfocus) to have had their turn.
SETTLE = "() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 150)))"


def record_dialogs(page):
    dialogs = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return dialogs


def normalized(text):
    return " ".join(text.split())


def assert_inert(page, dialogs, shown=(), region="main"):
    """Nothing ran and nothing was injected; each text of `shown` is on the page as text."""
    page.evaluate(SETTLE)
    assert dialogs == [], f"{page.url}: dialogs opened: {dialogs}"
    assert page.evaluate(f"() => '{MARKER}' in window") is False, f"{page.url}: script ran"
    for selector in INJECTED_SELECTORS:
        assert page.locator(selector).count() == 0, f"{page.url}: {selector} on the page"
    problems = page.evaluate(
        CHECK_DOM,
        {"regions": TEXT_REGIONS, "forbidden": list(FORBIDDEN_TAGS), "safeSchemes": SAFE_SCHEMES},
    )
    assert problems == [], f"{page.url}:\n" + "\n".join(problems)
    for link in page.locator(
        "section#discussion .comment-text a, section#discussion .comment-author a"
    ).all():
        assert set((link.get_attribute("rel") or "").split()) >= {"nofollow", "ugc"}, link.evaluate(
            "(a) => a.outerHTML"
        )
    text = normalized(page.locator(region).text_content())
    missing = [item for item in shown if normalized(item) not in text]
    assert missing == [], f"{page.url}: not shown as text: {missing}"


def create_comment(page, comment, name, when, url="", parent=None):
    return XtdComment.objects.create(
        content_type=ContentType.objects.get_for_model(page.specific_class),
        object_pk=str(page.pk),
        site_id=settings.SITE_ID,
        user_name=name,
        user_email="ospite@example.org",
        user_url=url,
        comment=comment,
        submit_date=when,
        is_public=True,
        parent_id=parent.pk if parent else 0,
    )


def test_hostile_comments_stay_text(page, portal, live_site):
    """Every payload as a comment, a name or a website, in a thread with replies, on the page,
    in the community's digest and on the reply page."""
    theme = portal.theme
    # PostgreSQL refuses NUL characters in text; SQLite stores them.
    payloads = [p for p in PAYLOADS if not (p.has_nul and connection.vendor == "postgresql")]
    names = short(50)
    urls = [payload.text for payload in URL_PAYLOADS] + [""]
    start = timezone.now() - datetime.timedelta(hours=1)
    comments = []  # (comment, payload)
    roots = 0
    for index, payload in enumerate(payloads):
        # Two of every three comments answer the one before: replies and replies to replies.
        previous = comments[-1][0] if comments else None
        parent = previous if index % 3 and previous.level < 2 else None
        comment = create_comment(
            theme,
            payload.text,
            names[index % len(names)].text,
            start + datetime.timedelta(seconds=index),
            url=urls[index % len(urls)],
            parent=parent,
        )
        comments.append((comment, payload))
        roots += parent is None
    # A harmless comment with a link and a website, to check the links that are made.
    create_comment(
        theme,
        "Il resoconto è su https://example.org/rane-e-risaie, con le foto.",
        "Paola Rosa",
        start + datetime.timedelta(minutes=5),
        url="https://example.org/paola",
    )
    assert {comment.level for comment, _ in comments} == {0, 1, 2}

    dialogs = record_dialogs(page)
    page.goto(theme.url)
    thread = page.locator("section#discussion ol.comment-thread")
    expect(thread.locator("li.comment")).to_have_count(len(payloads) + 1)
    expect(thread.locator("> li.comment")).to_have_count(roots + 1)
    expect(
        thread.locator("ol.comment-replies ol.comment-replies > li.comment").first
    ).to_be_attached()
    expect(thread.locator('a[href^="https://example.org/rane-e-risaie"]')).to_have_attribute(
        "rel", "nofollow ugc"
    )
    expect(thread.locator('.comment-author a[href="https://example.org/paola"]')).to_have_attribute(
        "rel", "nofollow ugc"
    )
    shown = [payload.shown for payload in payloads]
    shown += [payload.text for payload in names]
    assert_inert(page, dialogs, shown, region="section#discussion")

    # The reply page puts the name in the title and the heading, and quotes the text.
    title_breaker = next(
        comment for comment, _ in comments if comment.user_name == by_name("break-title").text
    )
    page.goto(f"/it/comments/reply/{title_breaker.pk}/")
    assert by_name("break-title").text in page.title()
    assert_inert(page, dialogs, [title_breaker.user_name, title_breaker.comment])

    # The community's digest shows the ten latest comments: bring them forward ten at a time.
    latest = timezone.now()
    for first in range(0, len(comments), 10):
        batch = comments[first : first + 10]
        for offset, (comment, _) in enumerate(batch):
            XtdComment.objects.filter(pk=comment.pk).update(
                submit_date=latest + datetime.timedelta(seconds=first + offset)
            )
        page.goto(portal.community.url)
        expect(page.locator("#discussion-digest ul.digest > li")).to_have_count(10)
        # The digest shortens comments to 240 characters.
        shown = [payload.shown for _, payload in batch if len(payload.text) <= 240]
        shown += [comment.user_name for comment, _ in batch]
        assert_inert(page, dialogs, shown, region="#discussion-digest")


def test_hostile_comments_through_the_form(page, axe, portal, live_site):
    """A signed-in user with a hostile name previews and sends hostile comments."""
    user = factories.UserFactory(
        username="ostile",
        first_name=by_name("img-onerror").text,
        last_name="Rossi",
        groups=[EDITORS],
    )
    sign_in(page, live_site, user)
    dialogs = record_dialogs(page)
    theme = portal.theme

    # The preview shows the text and puts it back in the textarea, which it must not close.
    breaker = by_name("break-textarea")
    page.goto(theme.url)
    assert_inert(page, dialogs, [user.get_full_name()], region="section#discussion")
    page.locator(COMMENT).fill(breaker.text)
    page.locator(PREVIEW).click()
    expect(page.locator(".comment-preview .comment-text")).to_have_text(breaker.text)
    expect(page.locator(COMMENT)).to_have_value(breaker.text)
    assert_inert(page, dialogs, [breaker.text])
    page.locator(SEND).click()
    expect(page).to_have_url(re.compile(re.escape(theme.url) + r"#c\d+$"))

    sent = [breaker]
    for name in ("details-ontoggle", "urlize-quote", "math-mutation", "js-template"):
        payload = by_name(name)
        page.goto(theme.url)
        page.locator(COMMENT).fill(payload.text)
        page.locator(SEND).click()
        expect(page).to_have_url(re.compile(re.escape(theme.url) + r"#c\d+$"))
        sent.append(payload)

    expect(page.locator("section#discussion ol.comment-thread > li.comment")).to_have_count(
        len(sent)
    )
    expect(page.locator("section#discussion .comment-text a")).to_have_count(1)
    shown = [payload.shown for payload in sent] + [user.get_full_name()]
    assert_inert(page, dialogs, shown, region="section#discussion")
    axe(page)

    page.goto(portal.community.url)
    expect(page.locator("#discussion-digest ul.digest > li")).to_have_count(len(sent))
    assert_inert(page, dialogs, shown, region="#discussion-digest")
