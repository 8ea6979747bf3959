"""Machine translation: chosen by environment variables, offered by wagtail-localize's editor.

The tests use wagtail-localize's dummy translator (it reverses the words) and never the network.
"""

import html
import json
import os
import subprocess
import sys
from http import HTTPStatus
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.messages import SUCCESS, WARNING, get_messages
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.urls import reverse
from django.utils import translation as i18n
from django.utils.translation import gettext
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.dummy import translate_html
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import translate_object

from cdp_site.settings.base import machine_translator

ROOT = Path(__file__).resolve().parents[2]
DEEPL = "wagtail_localize.machine_translators.deepl.DeepLTranslator"
LIBRETRANSLATE = "wagtail_localize.machine_translators.libretranslate.LibreTranslator"
DUMMY = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator", "OPTIONS": {}}


# The setting, from the environment ------------------------------------------------------------


def test_no_variables_no_machine_translation():
    assert machine_translator({}) is None
    assert machine_translator({"DEEPL_API_KEY": " ", "LIBRETRANSLATE_URL": ""}) is None
    assert machine_translator({"LIBRETRANSLATE_API_KEY": "secret"}) is None


@pytest.mark.parametrize(
    ("key", "endpoint"),
    [
        ("0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f:fx", "https://api-free.deepl.com/v2/translate"),
        ("0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f", "https://api.deepl.com/v2/translate"),
    ],
)
def test_deepl_api_key_selects_deepl(key, endpoint):
    setting = machine_translator({"DEEPL_API_KEY": f" {key}\n"})

    assert setting == {"CLASS": DEEPL, "OPTIONS": {"AUTH_KEY": key, "TIMEOUT": 20}}
    # wagtail-localize sends a free key (":fx") to DeepL's free API by itself.
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=setting):
        translator = get_machine_translator()
    assert translator.get_api_endpoint() == endpoint
    assert translator.get_headers() == {"Authorization": f"DeepL-Auth-Key {key}"}


def test_libretranslate_url_selects_libretranslate():
    setting = machine_translator(
        {"LIBRETRANSLATE_URL": "https://translate.example.org/", "LIBRETRANSLATE_API_KEY": "k1"}
    )

    assert setting == {
        "CLASS": LIBRETRANSLATE,
        "OPTIONS": {"LIBRETRANSLATE_URL": "https://translate.example.org", "API_KEY": "k1"},
    }
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=setting):
        translator = get_machine_translator()
    assert translator.get_api_endpoint() == "https://translate.example.org"


def test_libretranslate_without_api_key():
    """A server of one's own may need no key; wagtail-localize still wants the option."""
    setting = machine_translator({"LIBRETRANSLATE_URL": "http://libretranslate:5000"})

    assert setting["OPTIONS"] == {"LIBRETRANSLATE_URL": "http://libretranslate:5000", "API_KEY": ""}


def test_deepl_wins_when_both_are_set():
    setting = machine_translator(
        {"DEEPL_API_KEY": "abc:fx", "LIBRETRANSLATE_URL": "https://translate.example.org"}
    )

    assert setting == {"CLASS": DEEPL, "OPTIONS": {"AUTH_KEY": "abc:fx", "TIMEOUT": 20}}


@pytest.mark.parametrize("url", ["translate.example.org", "ftp://translate.example.org", "/x"])
def test_libretranslate_url_needs_a_scheme(url):
    with pytest.raises(ImproperlyConfigured, match="LIBRETRANSLATE_URL must start with http"):
        machine_translator({"LIBRETRANSLATE_URL": url})


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "None"),
        ({"DEEPL_API_KEY": "abc:fx"}, DEEPL),
        ({"LIBRETRANSLATE_URL": "https://translate.example.org"}, LIBRETRANSLATE),
    ],
)
def test_settings_read_the_environment(environ, expected):
    """The settings module applies the function to the real environment."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEEPL_API_KEY", "LIBRETRANSLATE_URL", "LIBRETRANSLATE_API_KEY"}
    }
    environment.update(environ, DJANGO_SETTINGS_MODULE="cdp_site.settings.test")
    code = (
        "from django.conf import settings; "
        "setting = getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None); "
        "print(setting and setting['CLASS'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == expected


# The translation editor -----------------------------------------------------------------------


@pytest.fixture
def lesson_translation(portal, translate, django_capture_on_commit_callbacks):
    """The lesson submitted for translation into English, its title already translated."""
    english = Locale.objects.get(language_code="en")
    translate(portal.lessons)
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(portal.lesson, [english])
    translation = Translation.objects.get(
        source__object_id=portal.lesson.translation_key, target_locale=english
    )
    title = StringSegment.objects.get(source=translation.source, context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string,
        context=title.context,
        locale=english,
        data="A lesson translated by hand",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    return translation


@pytest.fixture
def no_machine_translator(settings):
    """The settings without machine translation, whatever the environment of the test run."""
    if hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR"):
        del settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR


def editor_url(translation):
    return reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])


def machine_translate_url(translation):
    return reverse("wagtail_localize:machine_translate", args=[translation.pk])


def editor_props(client, translation):
    """The props wagtail-localize gives its translation editor (a React component)."""
    response = client.get(editor_url(translation))
    assert response.status_code == HTTPStatus.OK
    soup = BeautifulSoup(response.content, "html.parser")
    return json.loads(soup.select_one(".js-translation-editor")["data-props"])


def translations_of(translation):
    """{context path: (text, type)} of the translations of the source's strings."""
    return {
        item.context.path: (item.data, item.translation_type)
        for item in StringTranslation.objects.filter(
            locale=translation.target_locale, context__object_id=translation.source.object_id
        ).select_related("context")
    }


def admin_text(text):
    """A text as the admin shows it, in the default language (Italian)."""
    with i18n.override(settings.LANGUAGE_CODE):
        return gettext(text)


def messages_of(response):
    """The admin messages of a response, as text (Wagtail stores them as HTML)."""
    return [
        (message.level, html.unescape(str(message)).strip())
        for message in get_messages(response.wsgi_request)
    ]


def test_without_a_translator_the_editor_offers_no_machine_translation(
    client, translator, lesson_translation, no_machine_translator
):
    client.force_login(translator)
    before = translations_of(lesson_translation)

    props = editor_props(client, lesson_translation)
    response = client.post(
        machine_translate_url(lesson_translation),
        {"next": editor_url(lesson_translation)},
        follow=True,
    )

    assert props["machineTranslator"] is None
    assert props["segments"]  # the editor itself is there
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert translations_of(lesson_translation) == before


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY)
def test_machine_translation_fills_the_untranslated_strings(client, translator, lesson_translation):
    client.force_login(translator)
    url = machine_translate_url(lesson_translation)
    segments = StringSegment.objects.filter(source=lesson_translation.source).select_related(
        "string", "context"
    )
    assert len(segments) > 1

    props = editor_props(client, lesson_translation)
    assert props["machineTranslator"] == {"name": admin_text("Dummy translator"), "url": url}

    response = client.post(url, {"next": editor_url(lesson_translation)})

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == editor_url(lesson_translation)
    assert messages_of(response) == [
        (
            SUCCESS,
            admin_text("Successfully translated with {}.").format(admin_text("Dummy translator")),
        )
    ]
    translated = translations_of(lesson_translation)
    assert translated["title"] == ("A lesson translated by hand", "manual")
    for segment in segments:
        if segment.context.path != "title":
            assert translated[segment.context.path] == (
                translate_html(segment.string.data),
                "machine",
            )
    assert translated["statement"][0] == "conflitti. evita proprietari i presto Coinvolgere"

    # Everything is translated now: nothing changes the second time.
    response = client.post(url, {"next": editor_url(lesson_translation)})
    assert messages_of(response)[-1] == (
        WARNING,
        admin_text("There isn't anything left to translate."),
    )
    assert translations_of(lesson_translation) == translated
