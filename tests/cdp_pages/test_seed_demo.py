"""seed_demo is idempotent: running it twice duplicates and loses nothing."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from cdp_pages.management.commands.seed_demo import DEMO_USERS

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "title", "live")),
        "users": sorted(get_user_model().objects.values_list("username", flat=True)),
    }


def test_seed_demo_twice_gives_the_same_content(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())
    first = snapshot()
    call_command("seed_demo", stdout=StringIO())
    assert snapshot() == first
    assert set(first["users"]) == {username for username, *_ in DEMO_USERS}
    editor = get_user_model().objects.get(username="editor")
    assert list(editor.groups.values_list("name", flat=True)) == ["Editors"]


def test_seed_demo_refuses_to_run_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")
