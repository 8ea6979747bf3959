"""Guards in front of wagtail-localize's translation editor.

Some of wagtail-localize's editor actions answer a server error (500) on some input, or take
what should not be published. The views and the hook here run before wagtail-localize's own
and check what it leaves unchecked; what passes goes on to wagtail-localize's view unchanged.

- Machine translation (`machine_translate`, at wagtail-localize's path): when the service fails
  (unreachable, an HTTP error, a rejected key), the translator gets a message and nothing
  changes; the error is logged.
- Saving a string or a synchronised value (`edit_string_translation` and `edit_override`,
  wagtail-localize's editing API, at its paths): a value is refused, with the reason in the
  API's `error` field, which the editor shows beside it, when it holds a null byte (PostgreSQL
  cannot store it); for a string, when it holds HTML that is not allowed or its field would
  refuse it (a title longer than 255 characters, or empty once its tags are gone: the checks
  of the PO upload, `po.html_error` and `po.field_error`); for a synchronised value, when a
  link would lead to another scheme than http, https, mailto or tel (a "javascript:" link) or
  a chosen object (an image) does not exist.
- Publishing (`before_edit_page` hook): a translation that holds such a value anyway (stored
  before these checks, or by another tool) is not published. As wagtail-localize does with the
  validation errors of a live page, the faulty values are marked with their error, which the
  editor shows; publishing again leaves them out. wagtail-localize itself fails on a draft
  page, whose title Wagtail validates without naming the field.
"""

import logging
from http import HTTPStatus
from urllib.parse import urlsplit

import requests
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from rest_framework import exceptions
from rest_framework.authentication import SessionAuthentication
from rest_framework.decorators import (
    api_view,
    authentication_classes,
    permission_classes,
)
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    get_edit_url,
)
from wagtail_localize.views import edit_translation

from . import po

logger = logging.getLogger(__name__)

# What wagtail-localize's machine translators raise when their service fails: requests' errors
# (unreachable, timed out, an HTTP error status, an answer that is not JSON), KeyError (DeepL
# answers an error without "translations") and ValueError (an answer that is not JSON, or
# with another number of translations than strings sent).
UNREACHABLE = (requests.ConnectionError, requests.Timeout)
SERVICE_ERRORS = (requests.RequestException, KeyError, ValueError)


# Machine translation ------------------------------------------------------------------------


@require_POST
def machine_translate(request, translation_id):
    """wagtail-localize's view, with a message instead of a server error when the service fails.

    wagtail-localize asks the service before it stores anything: a failure changes nothing.
    """
    try:
        return edit_translation.machine_translate(request, translation_id)
    except SERVICE_ERRORS as error:
        service = get_machine_translator().display_name
        logger.exception(
            "Machine translation with %s failed (translation %s)", service, translation_id
        )
        if isinstance(error, UNREACHABLE):
            message = _(
                "%(service)s could not be reached, so nothing was translated. Try again later, "
                "or translate the strings by hand."
            )
        else:
            message = _(
                "%(service)s refused the request or answered with an error, so nothing was "
                "translated. The error has been logged for the administrators. Try again later, "
                "or translate the strings by hand."
            )
        messages.error(request, message % {"service": service})
    translation = get_object_or_404(Translation, id=translation_id)
    return redirect(
        get_valid_next_url_from_request(request) or get_edit_url(translation.get_target_instance())
    )


# Checks -------------------------------------------------------------------------------------

# Where a link may lead: the web, an email address, a telephone number, or a relative address.
LINK_SCHEMES = {"http", "https", "mailto", "tel"}


def _null_byte_error():
    return _(
        "The translation holds an invisible control character (a null byte): "
        "remove it and save again."
    )


def _scheme(url):
    try:
        return urlsplit(url).scheme.lower()
    except ValueError:  # not an address at all ("http://[")
        return None


def string_error(source_text, model, path, value):
    """Why `value` cannot translate the string `source_text` of the field at `path` of `model`,
    or None."""
    if "\0" in value:
        return _null_byte_error()
    return po.html_error(source_text, value) or po.field_error(model, path, value)


def override_error(source_value, model, path, value):
    """Why `value` cannot replace the synchronised `source_value` (a link, a URL, a chosen
    object's id) at `path` of `model`, or None."""
    if "\0" in value:
        return _null_byte_error()
    # Links in rich text are published as they are: no "javascript:" address.
    is_link = isinstance(source_value, str) and _scheme(source_value) in LINK_SCHEMES
    if is_link and _scheme(value) not in {*LINK_SCHEMES, ""}:
        return _(
            "A link can only lead to a web address (http or https), an email address "
            "(mailto) or a telephone number (tel)."
        )
    field = po.model_field(model, path)
    if isinstance(field, models.ForeignKey):
        try:
            key = field.target_field.to_python(value)
        except ValidationError:
            key = None
        if key is None or not field.related_model._default_manager.filter(pk=key).exists():
            return _("The chosen item does not exist: choose another one.")
    return None


# wagtail-localize's editing API ------------------------------------------------------------


def _refusal(request, translation_id, segment_model, segment_id):
    """The editing API's reply refusing the value of a PUT, or None to let wagtail-localize
    handle the request (store the value, delete it, or refuse the request by itself).

    A refusal takes the shape of wagtail-localize's reply to a saved value, with the reason in
    `error`: its editor reads a reply only with status 200 or 201, and shows `error` beside
    the string. Nothing is stored.
    """
    if request.method != "PUT":
        return None
    translation = get_object_or_404(Translation, id=translation_id)
    segment = get_object_or_404(segment_model.objects.select_related("context"), id=segment_id)
    if segment.context.object_id != translation.source.object_id:
        return None
    po.editable_target(request, translation)
    value = request.data.get("value")
    if not isinstance(value, str):
        raise exceptions.ValidationError({"value": [_("This field is required.")]})
    model = translation.source.specific_content_type.model_class()
    path = segment.context.path
    if segment_model is StringSegment:
        error = string_error(segment.string.data, model, path, value)
        reply = {
            "string_id": segment.string_id,
            "segment_id": segment.pk,
            "data": value,
            "error": error,
            "comment": error,
            "last_translated_by": None,
        }
    else:
        error = override_error(segment.data, model, path, value)
        reply = {"segment_id": segment.pk, "data": value, "error": error}
    return Response(reply, status=HTTPStatus.OK) if error else None


# The views keep wagtail-localize's decorators: session authentication with its CSRF check,
# 403 for anonymous users, errors as JSON.
@api_view(["PUT", "DELETE"])
@permission_classes([IsAuthenticated])
@authentication_classes([SessionAuthentication])
def edit_string_translation(request, translation_id, string_segment_id):
    """wagtail-localize's view saving a translated string, refusing a value the page could
    not take."""
    refusal = _refusal(request, translation_id, StringSegment, string_segment_id)
    if refusal is not None:
        return refusal
    # DRF parsed the body: wagtail-localize's view reads it again from the Django request.
    return edit_translation.edit_string_translation(
        request._request, translation_id, string_segment_id
    )


@api_view(["PUT", "DELETE"])
@permission_classes([IsAuthenticated])
@authentication_classes([SessionAuthentication])
def edit_override(request, translation_id, overridable_segment_id):
    """wagtail-localize's view saving a synchronised value (a link, a URL, an image...),
    refusing a value the page could not take."""
    refusal = _refusal(request, translation_id, OverridableSegment, overridable_segment_id)
    if refusal is not None:
        return refusal
    return edit_translation.edit_override(request._request, translation_id, overridable_segment_id)


@hooks.register("register_admin_urls", order=-1)
def register_editor_urls():
    return [
        po.translate_path("machine_translate/", machine_translate, "cdp_machine_translate"),
        po.translate_path(
            "strings/<int:string_segment_id>/edit/",
            edit_string_translation,
            "cdp_edit_string_translation",
        ),
        po.translate_path(
            "overrides/<int:overridable_segment_id>/edit/", edit_override, "cdp_edit_override"
        ),
    ]


# Publishing ---------------------------------------------------------------------------------


def mark_faulty(translation):
    """Mark the translated strings and synchronised values that the page could not take, as
    wagtail-localize marks those of a live page's validation errors: publishing leaves them
    out. Return them as (value, error) pairs."""
    source = translation.source
    model = source.specific_content_type.model_class()
    in_target = {"locale_id": translation.target_locale_id, "has_error": False}
    faulty = []
    strings = set(source.stringsegment_set.values_list("string_id", "context_id"))
    for string in StringTranslation.objects.filter(
        **in_target, context__object_id=source.object_id
    ).select_related("translation_of", "context"):
        if (string.translation_of_id, string.context_id) not in strings:
            continue
        if error := string_error(
            string.translation_of.data, model, string.context.path, string.data
        ):
            faulty.append((string, string.data, error))
    synchronised = {
        segment.context_id: segment.data for segment in source.overridablesegment_set.all()
    }
    for override in SegmentOverride.objects.filter(
        **in_target, context_id__in=synchronised
    ).select_related("context"):
        value = str(override.data)
        if error := override_error(
            synchronised[override.context_id], model, override.context.path, value
        ):
            faulty.append((override, value, error))

    for item, _value, error in faulty:
        # An update, not save(): wagtail-localize's post_save handler would copy a title
        # into the page's draft title, which may not hold it.
        type(item).objects.filter(pk=item.pk).update(has_error=True, field_error=error)
    if any(item.context.path == "title" for item, _value, _error in faulty):
        # The draft title took the faulty title when it was stored, and Wagtail would refuse
        # it: back to the page's title, as wagtail-localize does when a title is deleted.
        Page.objects.filter(
            translation_key=source.object_id, locale_id=translation.target_locale_id
        ).update(draft_title=F("title"))
    return [(value, error) for _item, value, error in faulty]


def _not_published(request, faulty):
    problems = [f"“{Truncator(value).chars(40)}”: {error}" for value, error in faulty]
    messages.error(
        request,
        ngettext(
            "The translation was not published: %(count)s translated string cannot be "
            "used (%(problems)s). It is marked in the editor: correct it, or publish again "
            "to leave it out for now.",
            "The translation was not published: %(count)s translated strings cannot be "
            "used (%(problems)s). They are marked in the editor: correct them, or publish "
            "again to leave them out for now.",
            len(faulty),
        )
        % po.named_problems(problems),
    )
    return redirect(request.path)


@hooks.register("before_edit_page", order=-1)
def publish_translation(request, page):
    """Check a translation before wagtail-localize's editor publishes it."""
    if request.method != "POST" or request.POST.get("action") != "publish" or page.alias_of_id:
        return None
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )
    # Otherwise wagtail-localize's hook takes the request (and refuses what it must).
    if translation is None or not page.permissions_for_user(request.user).can_publish():
        return None
    faulty = mark_faulty(translation)
    if faulty:
        return _not_published(request, faulty)
    try:
        return edit_translation.edit_translation(request, translation, page)
    except AttributeError as error:
        # wagtail-localize ties a validation error to strings through its fields (`error_dict`),
        # which a draft page's error does not name. The checks above catch every such value
        # known; this is for any other.
        if not isinstance(error.__context__, ValidationError):
            raise
        logger.warning("Publishing translation %s failed: %s", translation.pk, error.__context__)
        messages.error(
            request,
            _("The translation was not published: %(errors)s")
            % {"errors": " ".join(error.__context__.messages)},
        )
        return redirect(request.path)
