"""Learners' progress: in the database when signed in, in the session otherwise, merged on
login, bounded in the session, and the same in every language of the path."""

import re
import uuid
from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.signals import user_logged_in
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory
from django.urls import reverse
from wagtail.models import Locale

from learning_paths import progress
from learning_paths.models import StepCompletion
from learning_paths.progress import Progress
from tests import factories

from .conftest import add_path

pytestmark = pytest.mark.django_db

MARK_URL = "/it/learning-progress/mark/"


def mark(client, path, number, done=True):
    step = path.ordered_steps()[number - 1]
    response = client.post(
        MARK_URL, {"path": path.pk, "step": step.key, "done": "1" if done else "0"}
    )
    assert response.status_code == HTTPStatus.FOUND
    return response


def done_numbers(path, **filters):
    keys = set(
        StepCompletion.objects.filter(path_key=path.translation_key, **filters).values_list(
            "step_key", flat=True
        )
    )
    return sorted(step.number for step in path.ordered_steps() if step.key in keys)


def progress_label(client, path):
    html = BeautifulSoup(client.get(path.url).content, "html.parser")
    label = " ".join(html.select_one(".path-progress label").get_text().split())
    # (2, 5), or its Italian: the two numbers.
    return tuple(int(number) for number in re.findall(r"[0-9]+", label))


@pytest.fixture
def learner(db):
    return factories.UserFactory(username="lucia")


# Signed in ---------------------------------------------------------------------------------


def test_a_signed_in_learner_keeps_progress_in_the_database(client, learning_path, learner):
    path = learning_path.page
    client.force_login(learner)
    mark(client, path, 1)
    mark(client, path, 3)
    mark(client, path, 3)  # twice: still one row
    assert done_numbers(path, user=learner) == [1, 3]
    assert StepCompletion.objects.count() == 2
    assert "learning_paths" not in client.session
    assert progress_label(client, path) == (2, 5)

    mark(client, path, 1, done=False)
    assert done_numbers(path, user=learner) == [3]
    # Unmarking a step that is not done changes nothing.
    mark(client, path, 2, done=False)
    assert done_numbers(path, user=learner) == [3]


def test_learners_do_not_see_each_others_progress(client, learning_path, learner):
    path = learning_path.page
    client.force_login(learner)
    mark(client, path, 1)
    client.force_login(factories.UserFactory(username="marco"))
    assert progress_label(client, path) == (0, 5)
    client.logout()
    assert progress_label(client, path) == (0, 5)


# Anonymous ---------------------------------------------------------------------------------


def test_an_anonymous_visitor_keeps_progress_in_the_session(client, learning_path):
    path = learning_path.page
    steps = path.ordered_steps()
    mark(client, path, 2)
    mark(client, path, 5)
    mark(client, path, 5)
    assert client.session["learning_paths"] == {
        str(path.translation_key): [str(steps[1].key), str(steps[4].key)]
    }
    assert not StepCompletion.objects.exists()
    assert progress_label(client, path) == (2, 5)

    mark(client, path, 2, done=False)
    assert client.session["learning_paths"] == {str(path.translation_key): [str(steps[4].key)]}
    mark(client, path, 5, done=False)
    assert client.session["learning_paths"] == {}
    assert progress_label(client, path) == (0, 5)


def test_the_session_keeps_only_the_paths_marked_last(client, learning_path, portal, monkeypatch):
    monkeypatch.setattr(progress, "MAX_SESSION_PATHS", 2)
    first = learning_path.page
    second = add_path(learning_path.index, "Secondo", [{"page": portal.lesson}])
    third = add_path(learning_path.index, "Terzo", [{"page": portal.meeting}])
    mark(client, first, 1)
    mark(client, second, 1)
    mark(client, first, 2)  # the first path is now the most recent
    mark(client, third, 1)
    assert list(client.session["learning_paths"]) == [
        str(first.translation_key),
        str(third.translation_key),
    ]
    assert progress_label(client, second) == (0, 1)
    assert progress_label(client, first) == (2, 5)


def test_the_session_keeps_a_bounded_number_of_steps(client, learning_path, monkeypatch):
    monkeypatch.setattr(progress, "MAX_SESSION_STEPS", 3)
    path = learning_path.page
    for number in range(1, 6):
        mark(client, path, number)
    assert len(client.session["learning_paths"][str(path.translation_key)]) == 3
    assert progress_label(client, path) == (3, 5)


def test_a_malformed_session_entry_counts_as_no_progress(client, learning_path):
    session = client.session
    session["learning_paths"] = ["not", "a", "dict"]
    session.save()
    assert progress_label(client, learning_path.page) == (0, 5)
    mark(client, learning_path.page, 1)
    assert progress_label(client, learning_path.page) == (1, 5)


# Merging on login --------------------------------------------------------------------------


def test_anonymous_progress_merges_into_the_account_on_login(client, learning_path, learner):
    path = learning_path.page
    steps = path.ordered_steps()
    # Done before, signed in: step 2.
    StepCompletion.objects.create(
        user=learner, path_key=path.translation_key, step_key=steps[1].key
    )
    mark(client, path, 1)
    mark(client, path, 2)

    response = client.post(
        reverse("wagtailadmin_login"), {"username": "lucia", "password": "password"}
    )
    assert response.status_code == HTTPStatus.FOUND
    assert client.session["_auth_user_id"] == str(learner.pk)
    assert done_numbers(path, user=learner) == [1, 2]
    assert StepCompletion.objects.count() == 2
    assert "learning_paths" not in client.session
    assert progress_label(client, path) == (2, 5)

    # Signed out, the visitor starts afresh; the account keeps its progress.
    client.logout()
    assert progress_label(client, path) == (0, 5)
    client.force_login(learner)
    assert progress_label(client, path) == (2, 5)


def test_force_login_merges_too(client, learning_path, learner):
    """Django's test client signs in through `login()`, which sends `user_logged_in`."""
    mark(client, learning_path.page, 4)
    client.force_login(learner)
    assert done_numbers(learning_path.page, user=learner) == [4]
    assert "learning_paths" not in client.session


def test_the_merge_skips_what_it_cannot_read(learner):
    request = RequestFactory().get("/")
    request.session = SessionStore()
    path_key, step_key = (
        "0b7b6b1e-5c3b-4c4e-9a57-3d8d3c1b2a10",
        "5d0f7e8c-3d6a-4f0e-8b1c-2a9e4d7c6b50",
    )
    request.session["learning_paths"] = {
        path_key: [step_key, "not-a-uuid", step_key],
        "not-a-uuid": [step_key],
        "9a0c1c44-51a5-4bb1-86b6-0d5f3f0a8d7e": "not a list",
    }
    user_logged_in.send(sender=type(learner), request=request, user=learner)
    assert list(StepCompletion.objects.values_list("path_key", "step_key")) == [
        (uuid.UUID(path_key), uuid.UUID(step_key))
    ]
    assert "learning_paths" not in request.session
    # A login without a request (as some back ends do) has nothing to merge.
    user_logged_in.send(sender=type(learner), request=None, user=learner)


# Languages ---------------------------------------------------------------------------------


def test_progress_follows_the_learner_into_the_translation(client, learning_path, translate):
    path = learning_path.page
    translate(learning_path.portal.home, subtree=True)
    path_en = path.get_translation(Locale.objects.get(language_code="en")).specific
    assert path_en.live
    assert [step.key for step in path_en.ordered_steps()] == [
        step.key for step in path.ordered_steps()
    ]
    mark(client, path, 1)
    mark(client, path, 4)
    assert progress_label(client, path_en) == (2, 5)


# The Progress object -----------------------------------------------------------------------


def test_progress_counts_next_step_and_completion_date(client, learning_path, learner):
    path = learning_path.page
    steps = path.ordered_steps()
    request = RequestFactory().get("/")
    request.user = learner
    empty = Progress.for_request(request, path)
    assert (empty.count, empty.total, empty.percent, empty.complete) == (0, 5, 0, False)
    assert empty.next_step.number == 1
    assert empty.completed_at is None

    for step in steps[:2]:
        progress.mark(request, path, step, True)
    halfway = Progress.for_request(request, path, steps)
    assert (halfway.count, halfway.percent) == (2, 40)
    assert halfway.next_step.number == 3
    assert halfway.is_done(steps[0])
    assert not halfway.is_done(steps[2])

    for step in steps[2:]:
        progress.mark(request, path, step, True)
    complete = Progress.for_request(request, path, steps)
    assert complete.complete
    assert complete.next_step is None
    assert complete.completed_at == max(
        StepCompletion.objects.filter(user=learner).values_list("completed_at", flat=True)
    )
