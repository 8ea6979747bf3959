"""The settings modules: production refuses to start unsafely and passes Django's deploy checks."""

import os
import subprocess
import sys
from http import HTTPStatus
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="cdp_site.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_passes_deploy_checks():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="cdp_site.settings.production",
        SECRET_KEY="x7-" + "k" * 20 + "-Zq9#p2" + "v" * 30,
        ALLOWED_HOSTS="cdp.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    ("env", "expected_engine"),
    [
        ({}, "django.db.backends.sqlite3"),
        ({"DATABASE_URL": "postgres://cdp:secret@db.example.org:5432/cdp"}, "postgresql"),
    ],
)
def test_database_comes_from_the_environment(env, expected_engine):
    code = (
        "from cdp_site.settings import base; "
        "db = base.DATABASES['default']; print(db['ENGINE'], db.get('OPTIONS', {}))"
    )
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    environment.update(env)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert expected_engine in result.stdout
    if expected_engine.endswith("sqlite3"):
        assert "IMMEDIATE" in result.stdout
        assert "journal_mode=WAL" in result.stdout


def test_languages_and_i18n():
    assert settings.LANGUAGE_CODE == "it"
    assert [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES] == ["it", "en"]
    assert settings.WAGTAIL_I18N_ENABLED
    assert "wagtail_localize.locales" in settings.INSTALLED_APPS
    assert "wagtail.locales" not in settings.INSTALLED_APPS


@pytest.mark.django_db
def test_the_admin_loads_no_avatar_from_another_host(client, editor):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == HTTPStatus.OK
    assert b"gravatar" not in response.content
    assert b'class="avatar' in response.content
