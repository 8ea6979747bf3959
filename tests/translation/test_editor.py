"""wagtail-localize's translation editor never answers a server error (served in front of it by
cdp_pages.translation.editor): a failing machine translation service, a string or synchronised
value (a link, an image) the page could not take, and publishing a translation that holds one
get a clear message, and change nothing.

Everything goes through wagtail-localize's admin URLs, as its editor calls them; the machine
translators are stand-ins that never reach the network.
"""

import html
import json
import logging
from fnmatch import fnmatch
from http import HTTPStatus

import pytest
import requests
import wagtail_factories
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.messages import ERROR, SUCCESS, WARNING, get_messages
from django.db import DataError, connection, transaction
from django.test import override_settings
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django.utils import translation as i18n
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
)
from wagtail_localize.operations import translate_object

from cdp_pages.translation import editor, po

ENGLISH = {
    "Rane e risaie": "Frogs and rice fields",
    "rane-e-risaie": "frogs-and-rice-fields",
}
TOO_LONG = "Frogs and rice fields " * 15  # 330 characters; a title holds 255


# Fixtures and helpers ---------------------------------------------------------------------


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def project_translation(portal, english, translate, django_capture_on_commit_callbacks):
    """The project submitted for translation into English: a draft, nothing translated yet.

    Its parents are translated and published first, so that the project can be published.
    """
    translate(portal.communities)
    translate(portal.community)
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(portal.project, [english])
    return Translation.objects.get(
        source__object_id=portal.project.translation_key, target_locale=english
    )


def target(translation):
    page = translation.get_target_instance().specific
    page.refresh_from_db()
    return page


def editor_url(translation):
    return reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])


def segment_at(translation, path):
    """The source string at a context path, such as "title" or "achievements.*.title"."""
    segments = StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    )
    [segment] = [s for s in segments if fnmatch(s.context.path, path)]
    return segment


def store(translation, path, value):
    """A translation saved as wagtail-localize saves one (its signals copy a title into the
    translated page's draft title)."""
    segment = segment_at(translation, path)
    string, _ = StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        defaults={"data": value, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
    )
    return string


def store_faulty(translation, path, value):
    """A faulty translation stored before these checks, as wagtail-localize's editing API left
    it: the string is stored, then the title copied into the page's draft title where the
    database takes it (PostgreSQL refuses one too long, and the request failed there).

    PostgreSQL refuses null bytes altogether: such a string exists on SQLite only.
    """
    if "\0" in value and connection.vendor == "postgresql":
        pytest.skip("PostgreSQL never stores a null byte")
    segment = segment_at(translation, path)
    StringTranslation.objects.filter(
        translation_of=segment.string, locale=translation.target_locale, context=segment.context
    ).delete()
    [string] = StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of=segment.string,
                locale=translation.target_locale,
                context=segment.context,
                data=value,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
        ]
    )
    if segment.context.path == "title":
        try:
            with transaction.atomic():
                Page.objects.filter(
                    translation_key=translation.source.object_id,
                    locale=translation.target_locale,
                ).update(draft_title=value)
        except DataError:
            pass
    return string


def translate_every_string(translation):
    """Every string translated well, as a translator does in the editor."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        text, path = segment.string.data, segment.context.path
        default = f"{text}-en" if path == "slug" else f"{text} (EN)"
        store(translation, path, ENGLISH.get(text, default))


def rows():
    """Every StringTranslation, all columns: a refusal must leave them all as they were."""
    return list(StringTranslation.objects.order_by("pk").values())


def put_string(client, translation, segment, value):
    """Save one string in wagtail-localize's editor, as its JavaScript does."""
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(
        url, encode_multipart(BOUNDARY, {"value": value}), content_type=MULTIPART_CONTENT
    )


def admin_text(text, *args):
    """A message as the admin shows it, in the default language (Italian)."""
    with i18n.override(settings.LANGUAGE_CODE):
        return ngettext(text, *args) if args else gettext(text)


def messages_of(response):
    """The admin messages of a response, as text (Wagtail stores them as HTML)."""
    return [
        (message.level, html.unescape(str(message)).strip())
        for message in get_messages(response.wsgi_request)
    ]


def too_long(length):
    return admin_text(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        255,
    ) % {"limit_value": 255, "show_value": length}


def tag_not_allowed(tag):
    return admin_text(
        "<{}> tag is not allowed. Strings can only contain standard HTML inline tags "
        "(such as <b>, <a>)"
    ).format(tag)


BLANK = "This field cannot be blank."
NULL_BYTE = (
    "The translation holds an invisible control character (a null byte): remove it and save again."
)


# Machine translation ------------------------------------------------------------------------


class FailingTranslator(BaseMachineTranslator):
    """A machine translator whose service fails as OPTIONS["FAILURE"] says; it counts calls."""

    display_name = "Failing service"
    calls = 0

    def can_translate(self, source_locale, target_locale):
        return True

    def translate(self, source_locale, target_locale, strings):
        FailingTranslator.calls += 1
        raise FAILURES[self.options["FAILURE"]]()


def http_error():
    response = requests.Response()
    response.status_code = HTTPStatus.FORBIDDEN
    return requests.HTTPError("403 Client Error: Forbidden", response=response)


FAILURES = {
    # What wagtail-localize's DeepL and LibreTranslate translators raise when the service fails.
    "connection refused": lambda: requests.ConnectionError("Connection refused"),
    "timeout": lambda: requests.ReadTimeout("Read timed out. (read timeout=30)"),
    "http error": http_error,
    "rejected key": lambda: KeyError("translations"),
    "not json": lambda: requests.JSONDecodeError("Expecting value", "<html>", 0),
    "fewer translations": lambda: ValueError("zip() argument 2 is shorter than argument 1"),
}
UNREACHABLE = {"connection refused", "timeout"}


def failing(failure):
    return override_settings(
        WAGTAILLOCALIZE_MACHINE_TRANSLATOR={
            "CLASS": "tests.translation.test_editor.FailingTranslator",
            "OPTIONS": {"FAILURE": failure},
        }
    )


def machine_translate_url(translation):
    return reverse("wagtail_localize:machine_translate", args=[translation.pk])


def service_failed(unreachable, service=FailingTranslator.display_name):
    """The message of a failed machine translation."""
    if unreachable:
        text = (
            "%(service)s could not be reached, so nothing was translated. Try again later, "
            "or translate the strings by hand."
        )
    else:
        text = (
            "%(service)s refused the request or answered with an error, so nothing was "
            "translated. The error has been logged for the administrators. Try again later, "
            "or translate the strings by hand."
        )
    return admin_text(text) % {"service": service}


@pytest.mark.parametrize("failure", FAILURES)
def test_a_failing_service_gets_a_message_and_changes_nothing(
    client, translator, project_translation, failure, caplog
):
    client.force_login(translator)
    store(project_translation, "title", "Frogs and rice fields")
    before = rows()
    FailingTranslator.calls = 0

    with failing(failure), caplog.at_level(logging.ERROR, logger=editor.__name__):
        response = client.post(
            machine_translate_url(project_translation), {"next": editor_url(project_translation)}
        )

    assert FailingTranslator.calls == 1
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == editor_url(project_translation)
    assert messages_of(response) == [(ERROR, service_failed(failure in UNREACHABLE))]
    assert rows() == before
    # The error is logged, with its traceback, for the administrators.
    [record] = [r for r in caplog.records if r.name == editor.__name__]
    assert record.levelno == logging.ERROR
    assert "Failing service" in record.getMessage()
    assert isinstance(record.exc_info[1], type(FAILURES[failure]()))


def test_the_message_shows_in_the_editor(client, translator, project_translation):
    client.force_login(translator)

    with failing("rejected key"):
        response = client.post(
            machine_translate_url(project_translation),
            {"next": editor_url(project_translation)},
            follow=True,
        )

    assert response.status_code == HTTPStatus.OK
    assert response.redirect_chain == [(editor_url(project_translation), HTTPStatus.FOUND)]
    text = BeautifulSoup(response.content, "html.parser").get_text(" ")
    assert service_failed(False) in " ".join(text.split())


def test_without_next_the_failure_leads_back_to_the_editor(client, translator, project_translation):
    client.force_login(translator)

    with failing("connection refused"):
        response = client.post(machine_translate_url(project_translation))

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == editor_url(project_translation)
    assert messages_of(response) == [(ERROR, service_failed(True))]


def test_who_cannot_edit_the_translation_never_reaches_the_service(
    client, partner, project_translation
):
    client.force_login(partner)
    before = rows()
    FailingTranslator.calls = 0

    with failing("connection refused"):
        response = client.post(machine_translate_url(project_translation))

    # Wagtail's admin refuses with a redirect to the dashboard.
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("wagtailadmin_home")
    assert FailingTranslator.calls == 0
    assert rows() == before


def fake_post(status, body):
    """requests.post answering `body` with `status`, as the service would, without a network."""

    def post(url, *args, **kwargs):
        response = requests.Response()
        response.status_code = status
        response._content = body.encode()
        response.url = url
        return response

    return post


def refuse_connection(url, *args, **kwargs):
    raise requests.ConnectionError(f"Max retries exceeded with url: {url}")


DEEPL = {
    "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
    "OPTIONS": {"AUTH_KEY": "not-a-key:fx"},
}
LIBRETRANSLATE = {
    "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
    "OPTIONS": {"LIBRETRANSLATE_URL": "http://libretranslate.invalid", "API_KEY": "wrong"},
}


@pytest.mark.parametrize(
    ("setting", "post", "unreachable"),
    [
        pytest.param(
            DEEPL,
            fake_post(HTTPStatus.FORBIDDEN, '{"message": "Forbidden"}'),
            False,
            id="deepl key",
        ),
        pytest.param(
            DEEPL, fake_post(456, '{"message": "Quota exceeded"}'), False, id="deepl quota"
        ),
        pytest.param(
            DEEPL, fake_post(HTTPStatus.BAD_GATEWAY, "<html>Bad gateway</html>"), False, id="502"
        ),
        pytest.param(DEEPL, refuse_connection, True, id="deepl unreachable"),
        pytest.param(
            LIBRETRANSLATE,
            fake_post(HTTPStatus.FORBIDDEN, '{"error": "Invalid API key"}'),
            False,
            id="libretranslate key",
        ),
        pytest.param(LIBRETRANSLATE, refuse_connection, True, id="libretranslate unreachable"),
    ],
)
def test_wagtail_localize_translators_failing(
    client, translator, project_translation, monkeypatch, setting, post, unreachable
):
    """wagtail-localize's own DeepL and LibreTranslate translators, their service failing."""
    client.force_login(translator)
    before = rows()
    monkeypatch.setattr(requests, "post", post)

    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=setting):
        response = client.post(
            machine_translate_url(project_translation), {"next": editor_url(project_translation)}
        )

    assert response.status_code == HTTPStatus.FOUND
    service = "DeepL" if setting is DEEPL else "LibreTranslate"
    assert messages_of(response) == [(ERROR, service_failed(unreachable, service))]
    assert rows() == before


@override_settings(
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR={
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
        "OPTIONS": {},
    }
)
def test_a_working_service_still_translates(client, translator, project_translation):
    client.force_login(translator)

    response = client.post(
        machine_translate_url(project_translation), {"next": editor_url(project_translation)}
    )

    assert response.status_code == HTTPStatus.FOUND
    assert messages_of(response) == [
        (
            SUCCESS,
            admin_text("Successfully translated with {}.").format(admin_text("Dummy translator")),
        )
    ]
    title = StringTranslation.objects.get(
        locale=project_translation.target_locale,
        context__object_id=project_translation.source.object_id,
        context__path="title",
    )
    assert title.data == "risaie e Rane"  # the dummy translator reverses the words
    assert title.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE


# Saving a string in the editor --------------------------------------------------------------

# (path of the string, value typed, error shown)
REFUSED_STRINGS = [
    pytest.param("title", TOO_LONG.strip(), lambda: too_long(329), id="title too long"),
    pytest.param("title", "<b></b>", lambda: admin_text(BLANK), id="title empty without tags"),
    pytest.param("title", "  \t ", lambda: admin_text(BLANK), id="title of spaces"),
    pytest.param("slug", "x" * 256, lambda: too_long(256), id="slug too long"),
    pytest.param("slug", "!?!", lambda: admin_text(BLANK), id="slug empty once slugified"),
    pytest.param(
        "achievements.*.title", TOO_LONG, lambda: too_long(330), id="achievement title too long"
    ),
    pytest.param("title", "Frogs\0", lambda: admin_text(NULL_BYTE), id="null byte"),
    pytest.param("title", "Rane\x00e risaie", lambda: admin_text(NULL_BYTE), id="null byte inside"),
    pytest.param(
        "title",
        "<script>alert(1)</script>Frogs",
        lambda: tag_not_allowed("script"),
        id="script",
    ),
    pytest.param(
        "title",
        '<a href="javascript:alert(1)">Frogs</a>',
        lambda: admin_text(
            "Strings cannot have any HTML tags with attributes (except for 'id' in <a> tags)"
        ),
        id="link with attributes",
    ),
]


@pytest.mark.parametrize(("path", "value", "error"), REFUSED_STRINGS)
def test_a_string_the_page_cannot_take_is_refused_and_changes_nothing(
    client, translator, project_translation, path, value, error
):
    client.force_login(translator)
    segment = segment_at(project_translation, path)
    # A good translation is there already: the refused value must not replace it.
    store(project_translation, segment.context.path, "Frogs and rice fields")
    before = rows()
    draft_title = target(project_translation).draft_title

    response = put_string(client, project_translation, segment, value)

    # The editor reads a reply with status 200 and shows its "error" beside the string.
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "application/json"
    reply = json.loads(response.content)
    assert reply["error"] == error()
    assert reply["data"] == value
    assert reply["segment_id"] == segment.pk
    assert reply["string_id"] == segment.string_id
    assert rows() == before
    assert target(project_translation).draft_title == draft_title


def test_a_good_string_is_saved_by_wagtail_localize(client, translator, project_translation):
    client.force_login(translator)
    segment = segment_at(project_translation, "title")

    response = put_string(client, project_translation, segment, "Frogs &amp; rice fields")

    assert response.status_code == HTTPStatus.CREATED
    reply = response.json()
    assert reply["error"] is None
    assert reply["data"] == "Frogs &amp; rice fields"
    stored = StringTranslation.objects.get(
        translation_of=segment.string, locale=project_translation.target_locale
    )
    assert stored.data == "Frogs &amp; rice fields"
    assert stored.last_translated_by == translator
    assert target(project_translation).draft_title == "Frogs &amp; rice fields"

    # Saved again: updated, not duplicated.
    response = put_string(client, project_translation, segment, "Frogs and rice fields")
    assert response.status_code == HTTPStatus.OK
    stored.refresh_from_db()
    assert stored.data == "Frogs and rice fields"


def test_a_slug_in_words_is_slugified_when_published(
    client, translator, project_translation, django_capture_on_commit_callbacks
):
    """As wagtail-localize publishes a page's slug."""
    translate_every_string(project_translation)
    client.force_login(translator)

    response = put_string(
        client, project_translation, segment_at(project_translation, "slug"), "Frogs, rice fields"
    )
    publish(client, translator, project_translation, django_capture_on_commit_callbacks)

    assert response.status_code == HTTPStatus.OK
    assert response.json()["error"] is None
    page = target(project_translation)
    assert page.live
    assert page.slug == "frogs-rice-fields"


def test_a_title_of_255_characters_fits(client, translator, project_translation):
    client.force_login(translator)
    value = ("Frogs and rice fields " * 12)[:255]

    response = put_string(
        client, project_translation, segment_at(project_translation, "title"), value
    )

    assert response.status_code == HTTPStatus.CREATED
    assert response.json()["error"] is None


def test_deleting_a_string_still_works(client, translator, project_translation):
    client.force_login(translator)
    segment = segment_at(project_translation, "title")
    store(project_translation, "title", "Frogs and rice fields")
    url = reverse(
        "wagtail_localize:edit_string_translation", args=[project_translation.pk, segment.pk]
    )

    response = client.delete(url)

    assert response.status_code == HTTPStatus.OK
    assert not StringTranslation.objects.filter(translation_of=segment.string).exists()


def test_a_request_without_a_value_is_refused(client, translator, project_translation):
    client.force_login(translator)
    segment = segment_at(project_translation, "title")
    url = reverse(
        "wagtail_localize:edit_string_translation", args=[project_translation.pk, segment.pk]
    )
    before = rows()

    response = client.put(
        url, encode_multipart(BOUNDARY, {"other": "x"}), content_type=MULTIPART_CONTENT
    )

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert response.json() == {"value": [admin_text("This field is required.")]}
    assert rows() == before


def test_who_cannot_edit_the_translation_cannot_save_strings(client, partner, project_translation):
    """Refused before the value is looked at: a bad value tells nothing either."""
    client.force_login(partner)
    segment = segment_at(project_translation, "title")
    before = rows()

    good = put_string(client, project_translation, segment, "Frogs and rice fields")
    bad = put_string(client, project_translation, segment, TOO_LONG)

    assert good.status_code == bad.status_code == HTTPStatus.FORBIDDEN
    assert "error" not in bad.json()
    assert rows() == before


def test_a_string_of_another_source_is_not_found(
    client, translator, portal, english, project_translation, django_capture_on_commit_callbacks
):
    client.force_login(translator)
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(portal.lesson, [english])
    lesson_segment = StringSegment.objects.filter(
        source__object_id=portal.lesson.translation_key
    ).first()
    before = rows()

    response = put_string(client, project_translation, lesson_segment, TOO_LONG)

    # A 404 outside the language-prefixed URLs becomes a redirect to the same path with the
    # language (Django's LocaleMiddleware), where no editing API answers.
    assert response.status_code in (HTTPStatus.NOT_FOUND, HTTPStatus.FOUND)
    if response.status_code == HTTPStatus.FOUND:
        assert response["Location"] == f"/{settings.LANGUAGE_CODE}{response.request['PATH_INFO']}"
    assert rows() == before


def test_a_refused_script_is_never_part_of_the_editor(client, translator, project_translation):
    client.force_login(translator)
    segment = segment_at(project_translation, "title")
    put_string(client, project_translation, segment, "<script>alert(1)</script>Frogs")

    response = client.get(editor_url(project_translation))

    assert response.status_code == HTTPStatus.OK
    assert "alert(1)" not in response.content.decode()


# Publishing a translation that holds a faulty string ----------------------------------------


def publish(client, user, translation, capture):
    """Publish the translation from its editor, as `user`."""
    client.force_login(user)
    with capture(execute=True):
        return client.post(editor_url(translation), {"action": "publish"})


def not_published(strings):
    """The message of a refused publication, naming `strings` as [(value, error)]."""
    problems = "; ".join(f"“{Truncator(value).chars(40)}”: {error}" for value, error in strings)
    return admin_text(
        "The translation was not published: %(count)s translated string cannot be "
        "used (%(problems)s). It is marked in the editor: correct it, or publish again "
        "to leave it out for now.",
        "The translation was not published: %(count)s translated strings cannot be "
        "used (%(problems)s). They are marked in the editor: correct them, or publish "
        "again to leave them out for now.",
        len(strings),
    ) % {"count": len(strings), "problems": problems}


STORED_FAULTS = [
    pytest.param("title", TOO_LONG.strip(), lambda: too_long(329), id="title too long"),
    pytest.param("title", "<b></b>", lambda: admin_text(BLANK), id="title empty without tags"),
    pytest.param("title", "   ", lambda: admin_text(BLANK), id="title of spaces"),
    pytest.param("title", "Frogs\0", lambda: admin_text(NULL_BYTE), id="null byte"),
    pytest.param("slug", "x" * 300, lambda: too_long(300), id="slug too long"),
    pytest.param(
        "achievements.*.title", TOO_LONG, lambda: too_long(330), id="achievement title too long"
    ),
]


@pytest.mark.parametrize(("path", "value", "error"), STORED_FAULTS)
def test_publishing_a_faulty_string_gets_a_message_and_publishes_nothing(
    client, translator, project_translation, django_capture_on_commit_callbacks, path, value, error
):
    translate_every_string(project_translation)
    faulty = store_faulty(project_translation, path, value)
    page = target(project_translation)
    assert not page.live
    revisions = page.revisions.count()

    response = publish(client, translator, project_translation, django_capture_on_commit_callbacks)

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == editor_url(project_translation)
    assert messages_of(response) == [(ERROR, not_published([(value, error())]))]
    page = target(project_translation)
    assert not page.live
    assert page.title == "Rane e risaie"
    assert page.revisions.count() == revisions
    if path == "title":
        # The draft title took the faulty title when it was stored: back to the page's title.
        assert page.draft_title == "Rane e risaie"
    # The string is kept, marked with its error, which the editor shows beside it.
    faulty.refresh_from_db()
    assert faulty.data == value
    assert faulty.has_error
    assert faulty.get_error() == error()


def test_publishing_again_leaves_the_faulty_string_out(
    client, translator, project_translation, django_capture_on_commit_callbacks
):
    """As wagtail-localize does with a live page's validation errors."""
    translate_every_string(project_translation)
    store_faulty(project_translation, "title", TOO_LONG)
    publish(client, translator, project_translation, django_capture_on_commit_callbacks)

    response = publish(client, translator, project_translation, django_capture_on_commit_callbacks)

    assert response.status_code == HTTPStatus.FOUND
    assert messages_of(response)[-1][0] == WARNING  # published with missing translations
    page = target(project_translation)
    assert page.live
    assert page.title == "Rane e risaie"  # the source's title, in place of the faulty one
    assert page.slug == "frogs-and-rice-fields"


def test_the_editor_shows_the_error_beside_the_string(
    client, translator, project_translation, django_capture_on_commit_callbacks
):
    translate_every_string(project_translation)
    store_faulty(project_translation, "title", TOO_LONG)
    publish(client, translator, project_translation, django_capture_on_commit_callbacks)

    response = client.get(editor_url(project_translation))

    soup = BeautifulSoup(response.content, "html.parser")
    props = json.loads(soup.select_one(".js-translation-editor")["data-props"])
    title = next(s for s in props["segments"] if s.get("contentPath") == "title")
    errors = [
        t["error"] for t in props["initialStringTranslations"] if t["segment_id"] == title["id"]
    ]
    assert errors == [too_long(len(TOO_LONG))]


def test_several_faulty_strings_are_named_together(
    client, translator, project_translation, django_capture_on_commit_callbacks
):
    translate_every_string(project_translation)
    store_faulty(project_translation, "title", "<b></b>")
    store_faulty(project_translation, "slug", "x" * 300)

    response = publish(client, translator, project_translation, django_capture_on_commit_callbacks)

    assert messages_of(response) == [
        (
            ERROR,
            not_published([("<b></b>", admin_text(BLANK)), ("x" * 300, too_long(300))]),
        )
    ]
    assert not target(project_translation).live


def test_a_good_translation_is_published(
    client, translator, project_translation, django_capture_on_commit_callbacks
):
    translate_every_string(project_translation)

    response = publish(client, translator, project_translation, django_capture_on_commit_callbacks)

    assert response.status_code == HTTPStatus.FOUND
    assert [level for level, _ in messages_of(response)] == [SUCCESS]
    page = target(project_translation)
    assert page.live
    assert page.title == "Frogs and rice fields"


def test_a_faulty_string_in_a_live_translation_publishes_nothing(
    client, translator, project_translation, django_capture_on_commit_callbacks
):
    translate_every_string(project_translation)
    publish(client, translator, project_translation, django_capture_on_commit_callbacks)
    store_faulty(project_translation, "title", TOO_LONG)

    response = publish(client, translator, project_translation, django_capture_on_commit_callbacks)

    # The message of the first publication comes first.
    assert messages_of(response)[-1] == (ERROR, not_published([(TOO_LONG, too_long(330))]))
    page = target(project_translation)
    assert page.live
    assert page.title == "Frogs and rice fields"


def test_any_other_validation_error_of_a_draft_gets_a_message(
    client, translator, project_translation, django_capture_on_commit_callbacks, monkeypatch
):
    """A value the checks miss, which Wagtail refuses on a draft without naming its field:
    wagtail-localize fails on it (AttributeError), and the guard answers with a message."""
    translate_every_string(project_translation)
    store_faulty(project_translation, "title", TOO_LONG)
    monkeypatch.setattr(po, "field_error", lambda model, path, value: None)

    response = publish(client, translator, project_translation, django_capture_on_commit_callbacks)

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == editor_url(project_translation)
    message = admin_text("The translation was not published: %(errors)s") % {
        "errors": too_long(330)
    }
    assert messages_of(response) == [(ERROR, message)]
    page = target(project_translation)
    assert not page.live
    assert page.title == "Rane e risaie"


# Snippets -----------------------------------------------------------------------------------


@pytest.fixture
def topic_translation(portal, english, django_capture_on_commit_callbacks):
    """The portal's habitat topic submitted for translation into English."""
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(portal.habitat, [english])
    return Translation.objects.get(
        source__object_id=portal.habitat.translation_key, target_locale=english
    )


def test_a_topic_name_too_long_is_refused(client, translator, topic_translation):
    client.force_login(translator)
    before = rows()

    response = put_string(
        client, topic_translation, segment_at(topic_translation, "name"), TOO_LONG
    )

    assert response.status_code == HTTPStatus.OK
    assert response.json()["error"] == too_long(len(TOO_LONG))
    assert rows() == before


def test_publishing_a_topic_with_a_faulty_name_gets_wagtail_localize_message(
    client, translator, topic_translation, django_capture_on_commit_callbacks
):
    """A topic is validated as a whole, with its fields named: wagtail-localize marks the
    string and says so by itself."""
    store_faulty(topic_translation, "name", TOO_LONG)
    topic = topic_translation.get_target_instance()
    url = reverse("wagtailsnippets_cdp_pages_topic:edit", args=[topic.pk])
    client.force_login(translator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "publish"})

    assert response.status_code == HTTPStatus.FOUND
    [(level, _)] = messages_of(response)
    assert level == ERROR
    topic.refresh_from_db()
    assert topic.name == "Zone umide"
    assert StringTranslation.objects.get(data=TOO_LONG).get_error() == too_long(len(TOO_LONG))


# Synchronised values: links, URLs, images ---------------------------------------------------

OBJECTIVES = '<p>Vedi il <a href="https://example.org/rane">piano</a>.</p>'


@pytest.fixture
def meeting_translation(
    portal, english, translate, settings, tmp_path, django_capture_on_commit_callbacks
):
    """The meeting, with an online link, a listing image and a link in its agenda, submitted
    for translation into English."""
    settings.MEDIA_ROOT = tmp_path
    translate(portal.communities)
    translate(portal.community)
    meeting = portal.meeting
    meeting.online_link = "https://meet.example.org/plenaria"
    meeting.listing_image = wagtail_factories.ImageFactory(title="Pozza")
    meeting.save_revision().publish()
    return submitted(meeting, english, django_capture_on_commit_callbacks)


@pytest.fixture
def linked_translation(portal, english, translate, django_capture_on_commit_callbacks):
    """The project, with a link in its objectives, submitted for translation into English."""
    translate(portal.communities)
    translate(portal.community)
    portal.project.objectives = OBJECTIVES
    portal.project.save_revision().publish()
    return submitted(portal.project, english, django_capture_on_commit_callbacks)


def submitted(page, locale, capture):
    with capture(execute=True):
        translate_object(page, [locale])
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def overridable(translation, path):
    """The synchronised value at a context path, such as "online_link" or "objectives.*"."""
    segments = OverridableSegment.objects.filter(source=translation.source).select_related(
        "context"
    )
    [segment] = [s for s in segments if fnmatch(s.context.path, path)]
    return segment


def put_override(client, translation, segment, value):
    url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
    return client.put(
        url, encode_multipart(BOUNDARY, {"value": value}), content_type=MULTIPART_CONTENT
    )


def overrides():
    return list(SegmentOverride.objects.order_by("pk").values())


NOT_A_LINK = (
    "A link can only lead to a web address (http or https), an email address (mailto) "
    "or a telephone number (tel)."
)
NO_SUCH_ITEM = "The chosen item does not exist: choose another one."

REFUSED_OVERRIDES = [
    pytest.param("objectives.*", "javascript:alert(1)", NOT_A_LINK, id="javascript link"),
    pytest.param("objectives.*", " JavaScript:alert(1)", NOT_A_LINK, id="javascript, spaced"),
    pytest.param("objectives.*", "java\nscript:alert(1)", NOT_A_LINK, id="javascript, split"),
    pytest.param("objectives.*", "data:text/html,<script>", NOT_A_LINK, id="data link"),
    pytest.param("objectives.*", "https://example.org/\0", NULL_BYTE, id="null byte"),
]


@pytest.mark.parametrize(("path", "value", "error"), REFUSED_OVERRIDES)
def test_a_link_that_cannot_be_published_is_refused(
    client, translator, linked_translation, path, value, error
):
    client.force_login(translator)
    segment = overridable(linked_translation, path)
    before = overrides()

    response = put_override(client, linked_translation, segment, value)

    assert response.status_code == HTTPStatus.OK
    assert response.json() == {"segment_id": segment.pk, "data": value, "error": admin_text(error)}
    assert overrides() == before


@pytest.mark.parametrize(
    "value", ["https://example.org/frogs", "mailto:rane@example.org", "/en/", "#piano"]
)
def test_a_link_elsewhere_is_saved(client, translator, linked_translation, value):
    client.force_login(translator)
    segment = overridable(linked_translation, "objectives.*")

    response = put_override(client, linked_translation, segment, value)

    assert response.status_code == HTTPStatus.CREATED
    assert response.json()["error"] is None
    assert SegmentOverride.objects.get(context=segment.context).data == value


@pytest.mark.parametrize(
    ("path", "value", "error"),
    [
        pytest.param("listing_image", "999999", NO_SUCH_ITEM, id="missing image"),
        pytest.param("listing_image", "abc", NO_SUCH_ITEM, id="not an id"),
        pytest.param("listing_image", "1\0", NULL_BYTE, id="null byte in an id"),
        pytest.param("online_link", "javascript:alert(1)", NOT_A_LINK, id="javascript url"),
        pytest.param("online_link", "https://meet.example.org/\0", NULL_BYTE, id="null byte"),
    ],
)
def test_a_synchronised_value_the_page_cannot_take_is_refused(
    client, translator, meeting_translation, path, value, error
):
    client.force_login(translator)
    segment = overridable(meeting_translation, path)
    before = overrides()

    response = put_override(client, meeting_translation, segment, value)

    assert response.status_code == HTTPStatus.OK
    assert response.json()["error"] == admin_text(error)
    assert overrides() == before


def test_another_image_is_saved(client, translator, meeting_translation):
    client.force_login(translator)
    image = wagtail_factories.ImageFactory(title="Rana")
    segment = overridable(meeting_translation, "listing_image")

    response = put_override(client, meeting_translation, segment, str(image.pk))

    assert response.status_code == HTTPStatus.CREATED
    assert response.json()["error"] is None


def test_publishing_a_faulty_synchronised_value_gets_a_message(
    client, translator, meeting_translation, django_capture_on_commit_callbacks
):
    """Stored before these checks: an image deleted since, a "javascript:" link."""
    translate_every_string(meeting_translation)
    for path, value in [("listing_image", "999999"), ("online_link", "javascript:alert(1)")]:
        SegmentOverride.objects.create(
            locale=meeting_translation.target_locale,
            context=overridable(meeting_translation, path).context,
            data_json=json.dumps(value),
        )

    response = publish(client, translator, meeting_translation, django_capture_on_commit_callbacks)

    assert response.status_code == HTTPStatus.FOUND
    assert messages_of(response) == [
        (
            ERROR,
            not_published(
                [
                    ("999999", admin_text(NO_SUCH_ITEM)),
                    ("javascript:alert(1)", admin_text(NOT_A_LINK)),
                ]
            ),
        )
    ]
    assert not target(meeting_translation).live
    assert {o.get_error() for o in SegmentOverride.objects.all()} == {
        admin_text(NO_SUCH_ITEM),
        admin_text(NOT_A_LINK),
    }

    # Published again, without them: the source's image and link.
    publish(client, translator, meeting_translation, django_capture_on_commit_callbacks)
    page = target(meeting_translation)
    assert page.live
    assert page.online_link == "https://meet.example.org/plenaria"
    assert (
        page.listing_image_id == meeting_translation.source.get_source_instance().listing_image_id
    )


def test_a_refused_link_never_reaches_the_page(
    client, translator, linked_translation, django_capture_on_commit_callbacks
):
    translate_every_string(linked_translation)
    client.force_login(translator)
    put_override(
        client, linked_translation, overridable(linked_translation, "objectives.*"), "javascript:x"
    )

    publish(client, translator, linked_translation, django_capture_on_commit_callbacks)

    page = target(linked_translation)
    assert page.live
    content = client.get(page.url).content.decode()
    assert 'href="https://example.org/rane"' in content
    assert "javascript:" not in content
