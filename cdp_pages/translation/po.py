"""The PO round trip of wagtail-localize: download, translate offline, upload.

Translators download a translation as a PO file from wagtail-localize's editor, translate it
in any PO editor and upload it again. This module puts two admin views in front of
wagtail-localize's own, at the same paths: its `register_admin_urls` hook has a lower order
than wagtail-localize's, so Django resolves these first.

Download: wagtail-localize's export misses header fields that `msgfmt --check` asks for, repeats
an entry when a field holds the same text twice ("duplicate message definition") and keeps
translations whose line breaks at the ends differ from the source's, which msgfmt refuses.
`export_po` starts from wagtail-localize's export and fixes these.

Upload: wagtail-localize's view fails (500) without a file, with an empty file or one without
its header; it imports null bytes (which PostgreSQL refuses), silently skips entries that match
nothing, and keeps translations with HTML that is not allowed (marked `has_error`) or that the
page refuses when saved (a title longer than 255 characters makes publishing a draft fail).
`read_po` and `check_po` refuse any file that is not a clean translation of this very source,
with a message saying why, and nothing changes; a file that passes goes on to wagtail-localize's
view, which imports it. Fuzzy entries (translations a tool guessed and nobody checked) are left
untranslated, as msgfmt leaves them.
"""

import codecs
import re
import tempfile
from pathlib import Path

import polib
from django.core.exceptions import (
    FieldDoesNotExist,
    ObjectDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.db.models import Max
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.urls import path
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, get_edit_url
from wagtail_localize.strings import StringValue, validate_translation_links
from wagtail_localize.views import edit_translation

# A PO file holds the strings of one page or snippet: a few kilobytes, rarely more.
MAX_PO_FILE_SIZE = 5 * 1024 * 1024
TRANSLATION_ID = "X-WagtailLocalize-TranslationID"
# How many faulty entries (or translated values) an error message names.
SHOWN_ENTRIES = 3

# A line of a PO entry: a keyword and a quoted string, or a quoted string continuing the last.
_QUOTED = r'"(?:[^"\\]|\\.)*"'
_ENTRY_LINE = re.compile(
    rf"(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s*)?{_QUOTED}\s*", re.ASCII
)
_POLIB_LINE = re.compile(r"\(line (\d+)\)")
_CHARSET = re.compile(r"charset=([^\s;]+)", re.IGNORECASE)


class InvalidPOFile(Exception):
    """An uploaded file that cannot be imported; the message says why, to the translator."""


def translate_path(route, view, name):
    """`view` at wagtail-localize's admin path `translate/<translation_id>/<route>`.

    The hooks registering these paths have a lower order than wagtail-localize's, so Django
    resolves them first and `view` is served instead of wagtail-localize's own.
    """
    return path(f"localize/translate/<int:translation_id>/{route}", view, name=name)


def named_problems(problems):
    """The `count` and `problems` of a message that names the first few of `problems`."""
    return {"count": len(problems), "problems": "; ".join(problems[:SHOWN_ENTRIES])}


def editable_target(request, translation):
    """The translated page or snippet, if `request.user` may edit it (wagtail-localize's rule)."""
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        raise Http404 from None
    if not edit_translation.user_can_edit_instance(request.user, target):
        raise PermissionDenied
    return target


# Download -----------------------------------------------------------------------------------


def export_po(translation):
    """wagtail-localize's export of `translation`, made to pass `msgfmt --check`."""
    po = translation.export_po()
    entries, seen = [], set()
    for entry in po:
        if (entry.msgctxt, entry.msgid) in seen:
            continue
        seen.add((entry.msgctxt, entry.msgid))
        if entry.msgstr:
            # msgfmt wants a translation to begin and end with a line break when its source does.
            text = entry.msgstr.strip("\n")
            start = "\n" if entry.msgid.startswith("\n") else ""
            end = "\n" if entry.msgid.endswith("\n") else ""
            entry.msgstr = f"{start}{text}{end}"
        entries.append(entry)
    po[:] = entries

    revised = StringTranslation.objects.filter(
        context__object_id=translation.source.object_id, locale=translation.target_locale
    ).aggregate(last=Max("updated_at"))["last"]
    po.metadata = {
        "Project-Id-Version": " ".join(translation.source.object_repr.split()),
        **po.metadata,
        "PO-Revision-Date": (revised or timezone.now()).strftime("%Y-%m-%d %H:%M%z"),
        "Last-Translator": "",
        "Language-Team": translation.target_locale.get_display_name(),
        "Language": translation.target_locale.language_code,
        "Content-Transfer-Encoding": "8bit",
    }
    return po


def download_pofile(request, translation_id):
    """wagtail-localize's download view, with the export of `export_po`."""
    translation = get_object_or_404(Translation, id=translation_id)
    editable_target(request, translation)
    name = slugify(translation.source.object_repr) or "translation"
    filename = f"{name}-{translation.target_locale.language_code}.po"
    return HttpResponse(
        str(export_po(translation)),
        content_type="text/x-gettext-translation; charset=utf-8",
        headers={"Content-Disposition": content_disposition_header(True, filename)},
    )


# Upload -------------------------------------------------------------------------------------


def _entry_name(entry):
    return _("line %(line)s (“%(text)s”)") % {
        "line": entry.linenum,
        "text": Truncator(entry.msgid).chars(40),
    }


def read_po(upload):
    """Parse an uploaded PO file; raise InvalidPOFile with the reason when it is not one."""
    if upload is None:
        raise InvalidPOFile(_("Choose a PO file to upload."))
    if upload.size > MAX_PO_FILE_SIZE:
        raise InvalidPOFile(
            _("The file is larger than %(size)s, the limit for a PO file.")
            % {"size": filesizeformat(MAX_PO_FILE_SIZE)}
        )
    data = upload.read()
    if not data.strip():
        raise InvalidPOFile(_("The file is empty."))
    if b"\0" in data:
        raise InvalidPOFile(_("The file holds null bytes: it is a binary file, not a PO file."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidPOFile(
            _(
                "The file is not in UTF-8 (the byte at position %(position)s is not). "
                "Save it as UTF-8 and upload it again."
            )
            % {"position": error.start}
        ) from None

    # polib reads some broken lines (an unclosed quote) as empty strings: check them first.
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        line = line.strip()
        if line.startswith("#~"):  # an obsolete entry, in comment lines
            line = line[2:].lstrip("|").strip()
        elif line.startswith("#"):
            continue
        if line and not _ENTRY_LINE.fullmatch(line):
            raise InvalidPOFile(
                _("The file is not a valid PO file: line %(line)s cannot be read.")
                % {"line": number}
            )
    # polib reads a file name as well as a file's text: give it a file, never the upload.
    with tempfile.TemporaryDirectory() as folder:
        filename = Path(folder) / "upload.po"
        filename.write_text(text, encoding="utf-8")
        try:
            po = polib.pofile(str(filename), encoding="utf-8")
        except (OSError, ValueError) as error:
            line = _POLIB_LINE.search(str(error))
            raise InvalidPOFile(
                _("The file is not a valid PO file: line %(line)s cannot be read.")
                % {"line": line.group(1) if line else "?"}
            ) from None

    charset = _CHARSET.search(po.metadata.get("Content-Type", ""))
    if charset:
        try:
            utf8 = codecs.lookup(charset.group(1)).name == "utf-8"
        except LookupError:
            utf8 = False
        if not utf8:
            raise InvalidPOFile(
                _(
                    "The file declares the character set “%(charset)s”: "
                    "save it as UTF-8 and upload it again."
                )
                % {"charset": charset.group(1)}
            )
    return po


def model_field(model, path):
    """The model field a translation context's path leads to, or None (a block, say).

    Paths are a field name, or `<child relation>.<child translation key>.<path in the child>`
    for the translatable inline children of a page.
    """
    name, *rest = path.split(".")
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    if not rest:
        return field
    if field.one_to_many and len(rest) > 1:
        return model_field(field.related_model, ".".join(rest[1:]))
    return None


def html_error(source, value):
    """Why `value` cannot translate the string `source` (HTML that is not allowed), or None."""
    try:
        StringValue.from_translated_html(value)
        validate_translation_links(source, value)
    except ValueError as error:
        return error.args[0]
    return None


def field_error(model, path, value):
    """Why the text field at `path` of `model` refuses the translation `value`, or None.

    wagtail-localize takes a value that is too long, or empty once its tags are gone, and the
    page refuses it only when saved (publishing a draft then fails with a server error).
    A value of spaces only is empty too: Wagtail's own forms strip it. A page's slug is
    checked as wagtail-localize publishes it, slugified.
    """
    field = model_field(model, path)
    if not isinstance(field, models.CharField):
        return None
    text = StringValue(value).render_text()
    if path == "slug" and issubclass(model, Page):
        text = slugify(text)
    try:
        field.clean(text, None)
        if not field.blank and not text.strip():
            raise ValidationError(field.error_messages["blank"], code="blank")
    except ValidationError as error:
        return " ".join(error.messages)
    return None


def check_po(translation, po):
    """Raise InvalidPOFile unless `po` translates this very source, in HTML its fields take."""
    if TRANSLATION_ID not in po.metadata:
        raise InvalidPOFile(
            _(
                "This is not a PO file downloaded from the translation editor: its header "
                "has no %(header)s. Download the PO file of this translation and translate it."
            )
            % {"header": TRANSLATION_ID}
        )
    if po.metadata[TRANSLATION_ID] != str(translation.uuid):
        raise InvalidPOFile(
            _(
                "This PO file belongs to another translation. "
                "Download the PO file of this translation and translate it."
            )
        )

    expected = {(entry.msgctxt, entry.msgid) for entry in translation.export_po()}
    unknown = [entry for entry in po if (entry.msgctxt, entry.msgid) not in expected]
    if unknown:
        raise InvalidPOFile(
            ngettext(
                "%(count)s entry does not match the text to translate: %(entries)s. "
                "The source may have changed since the file was downloaded: download it "
                "again and carry your translations over.",
                "%(count)s entries do not match the text to translate: %(entries)s. "
                "The source may have changed since the file was downloaded: download it "
                "again and carry your translations over.",
                len(unknown),
            )
            % {
                "count": len(unknown),
                "entries": "; ".join(_entry_name(entry) for entry in unknown[:SHOWN_ENTRIES]),
            }
        )

    translated = [entry for entry in po if entry.msgstr and not entry.fuzzy]
    problems = [
        f"{_entry_name(entry)}: {error}"
        for entry in translated
        if (error := html_error(entry.msgid, entry.msgstr))
    ]
    if problems:
        raise InvalidPOFile(
            ngettext(
                "%(count)s translation holds HTML that is not allowed: %(problems)s",
                "%(count)s translations hold HTML that is not allowed: %(problems)s",
                len(problems),
            )
            % named_problems(problems)
        )

    # A text field refuses some values (too long, empty once the tags are gone) only when the
    # page is saved, and wagtail-localize then fails (500) on a draft: refuse them here.
    model = translation.source.specific_content_type.model_class()
    problems = [
        f"{_entry_name(entry)}: {error}"
        for entry in translated
        if (error := field_error(model, entry.msgctxt, entry.msgstr))
    ]
    if problems:
        raise InvalidPOFile(
            ngettext(
                "%(count)s translation does not fit its field: %(problems)s",
                "%(count)s translations do not fit their fields: %(problems)s",
                len(problems),
            )
            % named_problems(problems)
        )


@require_POST
def upload_pofile(request, translation_id):
    """Check the uploaded PO file, then let wagtail-localize's view import it."""
    translation = get_object_or_404(Translation, id=translation_id)
    target = editable_target(request, translation)
    next_url = get_valid_next_url_from_request(request) or get_edit_url(target)
    try:
        po = read_po(request.FILES.get("file"))
        check_po(translation, po)
    except InvalidPOFile as error:
        messages.error(request, _("The PO file was not imported. %(reason)s") % {"reason": error})
        return redirect(next_url)

    fuzzy = [entry for entry in po if entry.fuzzy and entry.msgstr]
    for entry in fuzzy:
        entry.msgstr = ""
    if not any(entry.msgstr for entry in po):
        messages.warning(request, _("The PO file holds no translations: nothing was imported."))
        return redirect(next_url)
    if fuzzy:
        messages.warning(
            request,
            ngettext(
                "%(count)s fuzzy translation was left out: review it and upload the file again.",
                "%(count)s fuzzy translations were left out: review them and upload the file "
                "again.",
                len(fuzzy),
            )
            % {"count": len(fuzzy)},
        )
    # wagtail-localize reads exactly what was checked here.
    request.FILES["file"] = SimpleUploadedFile(
        "upload.po", str(po).encode("utf-8"), "text/x-gettext-translation"
    )
    return edit_translation.upload_pofile(request, translation_id)


@hooks.register("register_admin_urls", order=-1)
def register_po_urls():
    return [
        translate_path("pofile/download/", download_pofile, "cdp_download_pofile"),
        translate_path("pofile/upload/", upload_pofile, "cdp_upload_pofile"),
    ]
