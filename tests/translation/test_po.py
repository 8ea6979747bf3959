"""The PO round trip: a translator downloads a translation as a PO file, translates it offline
and uploads it again, through wagtail-localize's admin URLs (served by cdp_pages.translation.po).

Every file that cannot be imported as it is gets a clear message and changes nothing.
"""

import html
import os
import random
import shutil
import subprocess
from http import HTTPStatus

import polib
import pytest
from django.conf import settings
from django.contrib.messages import ERROR, SUCCESS, WARNING, get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.test import Client
from django.urls import resolve, reverse
from django.utils import translation as i18n
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import translate_object

from cdp_pages.models import ProjectPage
from cdp_pages.translation import po as po_module

# The project's objectives: the same paragraph twice (one entry in a PO file) and a link.
OBJECTIVES = (
    "<p>Scavare pozze.</p><p>Scavare pozze.</p>"
    '<p>Vedi il <a href="https://example.org/rane">piano</a> e le <b>mappe</b>.</p>'
)
LINKED = 'Vedi il <a id="a1">piano</a> e le <b>mappe</b>.'
ENGLISH = {
    "Rane e risaie": "Frogs and rice fields",
    "rane-e-risaie": "frogs-and-rice-fields",
    "Scavare pozze.": "Digging ponds.",
    LINKED: 'See the <a id="a1">plan</a> and the <b>maps</b>.',
}


# Fixtures and helpers ---------------------------------------------------------------------


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def project_translation(portal, english, translate, django_capture_on_commit_callbacks):
    """The project submitted for translation into English, nothing translated yet.

    Its parents are translated and published first, so that the English project can be
    visited once it is published.
    """
    translate(portal.communities)
    translate(portal.community)
    portal.project.objectives = OBJECTIVES
    portal.project.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(portal.project, [english])
    return Translation.objects.get(
        source__object_id=portal.project.translation_key, target_locale=english
    )


@pytest.fixture
def other_translation(portal, english, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(portal.lesson, [english])
    return Translation.objects.get(
        source__object_id=portal.lesson.translation_key, target_locale=english
    )


def target(translation):
    return translation.get_target_instance().specific


def editor_url(translation):
    """The translation editor: wagtail-localize's editor in the page's edit view."""
    return reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])


def download(client, translation):
    return client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))


def download_po(client, translation):
    response = download(client, translation)
    assert response.status_code == HTTPStatus.OK
    return polib.pofile(response.content.decode("utf-8"))


def upload(client, translation, content, name="project-en.po"):
    """POST a file (bytes; None sends none) as wagtail-localize's editor does."""
    data = {"next": editor_url(translation)}
    if content is not None:
        data["file"] = SimpleUploadedFile(name, content, "text/x-gettext-translation")
    return client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), data)


def publish(client, user, translation, capture):
    """Publish the translation from its editor, as `user`."""
    client.force_login(user)
    with capture(execute=True):
        response = client.post(editor_url(translation), {"action": "publish"})
    assert response.status_code == HTTPStatus.FOUND
    return response


def english_for(entry):
    """A translation of a PO entry: from ENGLISH, or else recognisably English."""
    if entry.msgid in ENGLISH:
        return ENGLISH[entry.msgid]
    return f"{entry.msgid}-en" if entry.msgctxt == "slug" else f"{entry.msgid} (EN)"


def translated(po):
    """The downloaded file with every msgstr filled in, as a translator sends it back."""
    for entry in po:
        entry.msgstr = english_for(entry)
    return po


def rows():
    """Every StringTranslation, all columns: a bad upload must leave them all as they were."""
    return list(StringTranslation.objects.order_by("pk").values())


def messages_of(response):
    """The admin messages of a response, as text (Wagtail stores them as HTML)."""
    return [
        (message.level, html.unescape(str(message)).strip())
        for message in get_messages(response.wsgi_request)
    ]


def admin_text(text, *args):
    """A message as the admin shows it, in the default language (Italian)."""
    with i18n.override(settings.LANGUAGE_CODE):
        return ngettext(text, *args) if args else gettext(text)


def refused(response, reasons):
    """Whether the upload was refused with one error message that gives all the `reasons`.

    Earlier messages (of an earlier upload, not yet shown) may come before it.
    """
    errors = [message for level, message in messages_of(response) if level == ERROR]
    assert len(errors) == 1, errors
    assert messages_of(response)[-1] == (ERROR, errors[0])
    start = admin_text("The PO file was not imported. %(reason)s") % {"reason": ""}
    assert errors[0].startswith(start), errors[0]
    assert all(reason in errors[0] for reason in reasons), (errors[0], reasons)
    return True


# Routing ------------------------------------------------------------------------------------


def test_the_portal_serves_wagtail_localizes_po_urls():
    """cdp_pages' hook comes first: wagtail-localize's own views are never reached directly."""
    upload_url = reverse("wagtail_localize:upload_pofile", args=[1])
    download_url = reverse("wagtail_localize:download_pofile", args=[1])

    assert upload_url == "/admin/localize/translate/1/pofile/upload/"
    assert resolve(upload_url).url_name == "cdp_upload_pofile"
    assert resolve(download_url).url_name == "cdp_download_pofile"


# The round trip -----------------------------------------------------------------------------


def test_translator_translates_a_page_offline_with_a_po_file(
    client, translator, project_translation, django_capture_on_commit_callbacks
):
    client.force_login(translator)
    response = download(client, project_translation)
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "text/x-gettext-translation; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="rane-e-risaie-en.po"'
    po = polib.pofile(response.content.decode("utf-8"))
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(project_translation.uuid)
    assert po.metadata["Language"] == "en"
    sources = {(entry.msgctxt, entry.msgid) for entry in po}
    assert ("title", "Rane e risaie") in sources
    assert ("objectives", LINKED) in sources
    assert not any(entry.msgstr for entry in po)

    response = upload(client, project_translation, str(translated(po)).encode())

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == editor_url(project_translation)
    assert messages_of(response) == [
        (SUCCESS, admin_text("Successfully imported translations from PO File."))
    ]
    english = project_translation.target_locale
    for segment in StringSegment.objects.filter(source=project_translation.source):
        stored = StringTranslation.objects.get(
            translation_of=segment.string, context=segment.context, locale=english
        )
        assert stored.data == english_for(
            polib.POEntry(msgid=segment.string.data, msgctxt=segment.context.path)
        )
        assert stored.translation_type == "manual"
        assert stored.last_translated_by == translator
        assert not stored.has_error
    # The upload publishes nothing: the English page is still a draft with the Italian text.
    assert not target(project_translation).live
    assert target(project_translation).title == "Rane e risaie"

    # The translator publishes it from the translation editor.
    publish(client, translator, project_translation, django_capture_on_commit_callbacks)

    page = target(project_translation)
    assert page.live
    assert page.title == "Frogs and rice fields"
    assert page.slug == "frogs-and-rice-fields"
    public = Client().get(page.url)
    assert public.status_code == HTTPStatus.OK
    content = public.content.decode()
    assert "Frogs and rice fields" in content
    assert "Digging ponds." in content
    assert '<a href="https://example.org/rane">plan</a>' in content
    assert "Scavare pozze." not in content


def test_upload_of_a_file_for_another_translation_changes_nothing(
    client, translator, project_translation, other_translation
):
    client.force_login(translator)
    po = translated(download_po(client, other_translation))
    before = rows()

    response = upload(client, project_translation, str(po).encode())

    assert refused(
        response,
        [
            admin_text(
                "This PO file belongs to another translation. "
                "Download the PO file of this translation and translate it."
            )
        ],
    )
    assert rows() == before


def test_fuzzy_translations_are_left_out(client, translator, project_translation):
    client.force_login(translator)
    po = translated(download_po(client, project_translation))
    title = next(entry for entry in po if entry.msgctxt == "title")
    title.flags.append("fuzzy")

    response = upload(client, project_translation, str(po).encode())

    assert response.status_code == HTTPStatus.FOUND
    assert messages_of(response) == [
        (
            WARNING,
            admin_text(
                "%(count)s fuzzy translation was left out: review it and upload the file again.",
                "%(count)s fuzzy translations were left out: review them and upload the file "
                "again.",
                1,
            )
            % {"count": 1},
        ),
        (SUCCESS, admin_text("Successfully imported translations from PO File.")),
    ]
    stored = dict(
        StringTranslation.objects.filter(
            locale=project_translation.target_locale,
            context__object_id=project_translation.source.object_id,
        ).values_list("context__path", "data")
    )
    assert "title" not in stored
    assert stored["slug"] == "frogs-and-rice-fields"


def test_a_file_without_translations_imports_nothing(client, translator, project_translation):
    client.force_login(translator)
    untouched = download(client, project_translation).content
    before = rows()

    response = upload(client, project_translation, untouched)

    assert messages_of(response) == [
        (WARNING, admin_text("The PO file holds no translations: nothing was imported."))
    ]
    assert rows() == before


def test_only_who_may_edit_the_translation_downloads_and_uploads(
    client, partner, translator, project_translation
):
    client.force_login(translator)
    content = str(translated(download_po(client, project_translation))).encode()
    before = rows()

    client.force_login(partner)
    denied = admin_text("Sorry, you do not have permission to access this area.")
    for response in (
        download(client, project_translation),
        upload(client, project_translation, content),
    ):
        assert response.status_code == HTTPStatus.FOUND
        assert response["Location"] == reverse("wagtailadmin_home")
        assert messages_of(response)[-1] == (ERROR, denied)
    client.logout()
    response = upload(client, project_translation, content)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert rows() == before


def test_unknown_translation_is_not_found(client, translator, project_translation):
    client.force_login(translator)
    missing = Translation.objects.order_by("pk").last().pk + 1
    url = reverse("wagtail_localize:download_pofile", args=[missing])

    assert client.get(url, follow=True).status_code == HTTPStatus.NOT_FOUND


# msgfmt -------------------------------------------------------------------------------------


def msgfmt_check(tmp_path, content):
    """`msgfmt --check` on a PO file: its exit status and what it printed."""
    if shutil.which("msgfmt") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("msgfmt is missing: install gettext")
        pytest.skip("msgfmt is missing: install gettext to check the exported PO files")
    path = tmp_path / "translation.po"
    path.write_bytes(content)
    result = subprocess.run(
        ["msgfmt", "--check", "--output-file=/dev/null", str(path)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LC_ALL": "C"},  # msgfmt's own messages in English
    )
    return result.returncode, result.stderr


def test_wagtail_localizes_own_export_repeats_entries(tmp_path, project_translation):
    """Why the download is wrapped: the same paragraph twice makes two entries, which msgfmt
    refuses. When this fails, wagtail-localize exports valid files and the wrapper can go."""
    status, errors = msgfmt_check(tmp_path, str(project_translation.export_po()).encode())

    assert status != 0
    assert "duplicate message definition" in errors


def test_exported_po_file_passes_msgfmt_check(
    tmp_path, client, translator, project_translation, english
):
    client.force_login(translator)
    assert msgfmt_check(tmp_path, download(client, project_translation).content) == (0, "")

    # With translations too: one ending with a line break its source has not (stored by
    # another route, such as the translation editor), and one left over from an old title.
    upload(
        client,
        project_translation,
        str(translated(download_po(client, project_translation))).encode(),
    )
    StringTranslation.objects.filter(locale=english, context__path="summary").update(
        data="Wetlands restored in a Natura 2000 site.\n"
    )
    project = ProjectPage.objects.get(pk=project_translation.source.get_source_instance().pk)
    project.title = "Rane, risaie e aironi"
    project.save_revision().publish()
    project_translation.source.update_from_db()

    content = download(client, project_translation).content
    assert msgfmt_check(tmp_path, content) == (0, "")
    po = polib.pofile(content.decode())
    assert [entry.msgstr for entry in po.obsolete_entries()] == ["Frogs and rice fields"]
    summary = next(entry for entry in po if entry.msgctxt == "summary")
    assert summary.msgstr == "Wetlands restored in a Natura 2000 site."


# Files that are refused -----------------------------------------------------------------------


def replace_msgstr(po, msgid, msgstr):
    """Translate `msgid` as `msgstr` in `po`; return the file's content."""
    entries = [entry for entry in po if entry.msgid == msgid]
    assert entries
    for entry in entries:
        entry.msgstr = msgstr
    return str(po).encode()


def line_of(content, text):
    """The line number of the first line of `content` that is `text`."""
    return content.decode("utf-8", "replace").splitlines().index(text) + 1


def cannot_read(line):
    return admin_text("The file is not a valid PO file: line %(line)s cannot be read.") % {
        "line": line
    }


def unmatched(count, entries):
    return admin_text(
        "%(count)s entry does not match the text to translate: %(entries)s. "
        "The source may have changed since the file was downloaded: download it "
        "again and carry your translations over.",
        "%(count)s entries do not match the text to translate: %(entries)s. "
        "The source may have changed since the file was downloaded: download it "
        "again and carry your translations over.",
        count,
    ) % {"count": count, "entries": entries}


def entry_name(line, text):
    """How a message names an entry: its first line and the start of its source text."""
    return admin_text("line %(line)s (“%(text)s”)") % {
        "line": line,
        "text": Truncator(text).chars(40),
    }


def html_not_allowed(content, msgid, msgstr):
    """The start of the message for one translation with HTML that is not allowed."""
    line = line_of(content, f"msgstr {msgstr}") - 2  # the entry starts with its msgctxt
    start = admin_text(
        "%(count)s translation holds HTML that is not allowed: %(problems)s",
        "%(count)s translations hold HTML that is not allowed: %(problems)s",
        1,
    ) % {"count": 1, "problems": ""}
    return start + entry_name(line, msgid) + ": "


ACCENTED = "Frogs and rice fields, à la carte"


NOT_UTF8 = (
    "The file is not in UTF-8 (the byte at position %(position)s is not). "
    "Save it as UTF-8 and upload it again."
)


def not_utf8(po):
    content = replace_msgstr(po, "Rane e risaie", ACCENTED).decode().encode("latin-1")
    position = content.index("à".encode("latin-1"))
    return content, [admin_text(NOT_UTF8) % {"position": position}]


def another_charset(po):
    content = replace_msgstr(po, "Rane e risaie", ACCENTED).decode()
    content = content.replace("charset=utf-8", "charset=ISO-8859-1").encode("utf-8")
    reason = admin_text(
        "The file declares the character set “%(charset)s”: save it as UTF-8 and upload it again."
    ) % {"charset": "ISO-8859-1"}
    return content, [reason]


NULL_BYTES = "The file holds null bytes: it is a binary file, not a PO file."


def binary_garbage(po):
    garbage = b"\x89PNG\r\n\x1a\n" + random.Random(0).randbytes(4096)  # noqa: S311
    assert b"\0" in garbage
    return garbage, [admin_text(NULL_BYTES)]


def binary_without_null_bytes(po):
    garbage = bytes(byte or 1 for byte in random.Random(1).randbytes(4096))  # noqa: S311
    with pytest.raises(UnicodeDecodeError) as error:
        garbage.decode("utf-8")
    return garbage, [admin_text(NOT_UTF8) % {"position": error.value.start}]


def null_byte(po):
    return replace_msgstr(po, "Rane e risaie", "Frogs\0 and rice fields"), [admin_text(NULL_BYTES)]


def unclosed_quote(po):
    content = str(po).encode()
    line = line_of(content, 'msgstr "Frogs and rice fields"')
    content = content.replace(b'msgstr "Frogs and rice fields"', b'msgstr "Frogs and rice fields')
    return content, [cannot_read(line)]


def missing_msgstr(po):
    content = str(po).encode()
    line = line_of(content, 'msgstr "Frogs and rice fields"')
    content = content.replace(b'msgstr "Frogs and rice fields"', b"msgstr")
    return content, [cannot_read(line)]


def plain_text(po):
    return b"Frogs and rice fields\nDigging ponds.\n", [cannot_read(1)]


def without_header(po):
    po.metadata = {}
    reason = admin_text(
        "This is not a PO file downloaded from the translation editor: its header "
        "has no %(header)s. Download the PO file of this translation and translate it."
    ) % {"header": "X-WagtailLocalize-TranslationID"}
    return str(po).encode(), [reason]


def other_translation_id(po):
    po.metadata["X-WagtailLocalize-TranslationID"] = "6b8f0c1e-5a43-4a4e-9d2b-0f1e2d3c4b5a"
    reason = admin_text(
        "This PO file belongs to another translation. "
        "Download the PO file of this translation and translate it."
    )
    return str(po).encode(), [reason]


def other_msgids(po):
    next(entry for entry in po if entry.msgid == "Rane e risaie").msgid = "Rane e fossi"
    content = str(po).encode()
    line = line_of(content, 'msgid "Rane e fossi"') - 1
    return content, [unmatched(1, entry_name(line, "Rane e fossi"))]


def other_contexts(po):
    for entry in po:
        entry.msgctxt = f"old.{entry.msgctxt}"
    count = len(po)
    return str(po).encode(), [unmatched(count, "")[:30]]


def oversized(po):
    content = str(po).encode()
    content += b"#" * (po_module.MAX_PO_FILE_SIZE + 1 - len(content))
    reason = admin_text("The file is larger than %(size)s, the limit for a PO file.") % {
        "size": filesizeformat(po_module.MAX_PO_FILE_SIZE)
    }
    return content, [reason]


def tag_not_allowed(tag):
    return admin_text(
        "<{}> tag is not allowed. Strings can only contain standard HTML inline tags "
        "(such as <b>, <a>)"
    ).format(tag)


def html_case(msgid, msgstr, error):
    def make(po):
        content = replace_msgstr(po, msgid, msgstr)
        quoted = '"' + msgstr.replace('"', '\\"') + '"'
        return content, [html_not_allowed(content, msgid, quoted), error]

    return make


def field_case(msgid, msgstr, error):
    def make(po):
        content = replace_msgstr(po, msgid, msgstr)
        line = line_of(content, f'msgid "{msgid}"') - 1
        start = admin_text(
            "%(count)s translation does not fit its field: %(problems)s",
            "%(count)s translations do not fit their fields: %(problems)s",
            1,
        ) % {"count": 1, "problems": ""}
        return content, [start + entry_name(line, msgid) + ": " + error]

    return make


TOO_LONG = "Frogs and rice fields " * 15  # 330 characters; a title holds 255


def too_long(length):
    return admin_text(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        255,
    ) % {"limit_value": 255, "show_value": length}


REFUSED = [
    pytest.param(lambda po: (None, [admin_text("Choose a PO file to upload.")]), id="no file"),
    pytest.param(lambda po: (b"", [admin_text("The file is empty.")]), id="empty"),
    pytest.param(lambda po: (b"\n \r\n\t\n", [admin_text("The file is empty.")]), id="blank"),
    pytest.param(not_utf8, id="not utf-8"),
    pytest.param(another_charset, id="another charset"),
    pytest.param(binary_garbage, id="binary garbage"),
    pytest.param(binary_without_null_bytes, id="binary without null bytes"),
    pytest.param(null_byte, id="null byte"),
    pytest.param(unclosed_quote, id="unclosed quote"),
    pytest.param(missing_msgstr, id="msgstr without string"),
    pytest.param(plain_text, id="plain text"),
    pytest.param(without_header, id="no translation id"),
    pytest.param(other_translation_id, id="another translation"),
    pytest.param(other_msgids, id="msgid not in the source"),
    pytest.param(other_contexts, id="msgctxt not in the source"),
    pytest.param(oversized, id="oversized"),
    pytest.param(
        html_case(
            LINKED,
            'See the <a id="a7">plan</a> and the <b>maps</b>.',
            admin_text("Unrecognised id found in an <a> tag: {}").format("a7"),
        ),
        id="unknown link id",
    ),
    pytest.param(
        html_case(
            "Scavare pozze.",
            "<script>alert(1)</script>Digging ponds.",
            tag_not_allowed("script"),
        ),
        id="script",
    ),
    pytest.param(
        html_case(
            LINKED,
            'See the <a href="javascript:alert(1)">plan</a>.',
            admin_text(
                "Strings cannot have any HTML tags with attributes (except for 'id' in <a> tags)"
            ),
        ),
        id="link with attributes",
    ),
    pytest.param(
        html_case("Scavare pozze.", "<p>Digging ponds.</p>", tag_not_allowed("p")),
        id="block tag",
    ),
    # Valid HTML that the page would refuse when published (wagtail-localize then fails with a
    # server error on a draft translation, since Wagtail's minimal validation of a draft
    # raises an error that is not tied to a field).
    pytest.param(
        field_case("Rane e risaie", TOO_LONG.strip(), too_long(len(TOO_LONG.strip()))),
        id="title too long",
    ),
    pytest.param(
        field_case("Rane e risaie", "<b></b>", admin_text("This field cannot be blank.")),
        id="title empty without its tags",
    ),
    pytest.param(
        field_case("Prima pozza scavata", TOO_LONG, too_long(len(TOO_LONG))),
        id="achievement title too long",
    ),
]


@pytest.mark.parametrize("make", REFUSED)
def test_a_file_that_cannot_be_imported_is_refused_and_changes_nothing(
    client, translator, project_translation, make
):
    client.force_login(translator)
    # Every string has a translation already, and the refused file would change each one.
    po = download_po(client, project_translation)
    for entry in po:
        entry.msgstr = f"old-{english_for(entry)}"
    upload(client, project_translation, str(po).encode())
    po = translated(download_po(client, project_translation))
    content, reasons = make(po)
    before = rows()
    assert before

    response = upload(client, project_translation, content)

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == editor_url(project_translation)
    assert refused(response, reasons)
    assert rows() == before


def test_the_editor_shows_the_reason_as_text(client, translator, project_translation):
    client.force_login(translator)
    po = download_po(client, project_translation)
    content = replace_msgstr(po, "Scavare pozze.", "<script>alert(1)</script>Digging ponds.")

    response = upload(client, project_translation, content)
    page = client.get(response["Location"])

    assert page.status_code == HTTPStatus.OK
    content = page.content.decode()
    assert html.escape(tag_not_allowed("script"), quote=False) in content
    assert "<script>alert(1)" not in content


# Invalid translations stored by other routes -------------------------------------------------


def test_invalid_html_stored_by_another_tool_is_left_out_of_the_page(
    client, editor, project_translation, django_capture_on_commit_callbacks
):
    """Strings that reach wagtail-localize without this portal's checks (its API, other tools)
    may hold invalid HTML: wagtail-localize marks them and publishes the source text."""
    po = translated(project_translation.export_po())
    replace_msgstr(po, "Scavare pozze.", "<p>Digging ponds.</p><script>alert(1)</script>")
    project_translation.import_po(po)
    faulty = StringTranslation.objects.get(
        locale=project_translation.target_locale, data__startswith="<p>Digging ponds."
    )
    assert faulty.has_error

    publish(client, editor, project_translation, django_capture_on_commit_callbacks)

    page = target(project_translation)
    assert page.live
    assert page.title == "Frogs and rice fields"
    content = Client().get(page.url).content.decode()
    assert "Scavare pozze." in content
    assert "alert(1)" not in content
