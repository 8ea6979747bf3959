"""Learners' progress along a path: in the database when signed in, in the session otherwise.

Paths and steps are identified by their translation keys, so that progress follows the
learner from one language to the other. Anonymous progress lives in the session as
``{path key: [step key, ...]}``; when the visitor signs in, it moves to the database.
"""

import uuid

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from .models import StepCompletion

SESSION_KEY = "learning_paths"
# The session keeps the most recently marked paths only, and at most so many steps of each.
MAX_SESSION_PATHS = 30
MAX_SESSION_STEPS = 200


def _signed_in(request):
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def _session_progress(request):
    session = getattr(request, "session", None)
    stored = session.get(SESSION_KEY) if session is not None else None
    return stored if isinstance(stored, dict) else {}


def _uuid(value):
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


class Progress:
    """What a visitor has done of a path.

    Only the steps that can be followed count: a step whose page was unpublished or whose
    document was deleted would otherwise keep the path from ever being complete.
    """

    def __init__(self, steps, done):
        """`steps`: the path's ordered steps; `done`: step key (a string) -> when it was
        marked as done, or None when that is not known."""
        self.done = {str(step.key): done[str(step.key)] for step in steps if str(step.key) in done}
        self.available = [step for step in steps if not step.problem]

    @classmethod
    def for_request(cls, request, path, steps=None):
        steps = path.ordered_steps() if steps is None else steps
        if _signed_in(request):
            done = {
                str(step_key): completed_at
                for step_key, completed_at in StepCompletion.objects.filter(
                    user=request.user, path_key=path.translation_key
                ).values_list("step_key", "completed_at")
            }
        else:
            done = dict.fromkeys(_session_progress(request).get(str(path.translation_key), []))
        return cls(steps, done)

    def is_done(self, step):
        return str(step.key) in self.done

    @property
    def count(self):
        return sum(1 for step in self.available if self.is_done(step))

    @property
    def total(self):
        return len(self.available)

    @property
    def percent(self):
        return round(100 * self.count / self.total) if self.total else 0

    @property
    def complete(self):
        return bool(self.total) and self.count == self.total

    @property
    def completed_at(self):
        """When the last step was marked as done, if the path is complete and that is known."""
        if not self.complete:
            return None
        dates = [self.done[str(step.key)] for step in self.available]
        return None if None in dates else max(dates)

    @property
    def next_step(self):
        """The first step that can be followed and is not done yet."""
        return next((step for step in self.available if not self.is_done(step)), None)


def mark(request, path, step, done):
    """Mark `step` of `path` as done, or as not done, for the visitor of `request`."""
    if _signed_in(request):
        keys = {"user": request.user, "path_key": path.translation_key, "step_key": step.key}
        if done:
            # get_or_create tolerates a concurrent request that marks the same step.
            StepCompletion.objects.get_or_create(**keys)
        else:
            StepCompletion.objects.filter(**keys).delete()
        return
    path_key, step_key = str(path.translation_key), str(step.key)
    stored = dict(_session_progress(request))
    # Inserted again, last: when there are too many, the paths marked longest ago go.
    keys = [key for key in stored.pop(path_key, []) if key != step_key]
    if done:
        keys.append(step_key)
    if keys:
        stored[path_key] = keys[-MAX_SESSION_STEPS:]
    while len(stored) > MAX_SESSION_PATHS:
        del stored[next(iter(stored))]
    request.session[SESSION_KEY] = stored


@receiver(user_logged_in)
def merge_session_progress(sender, request, user, **kwargs):
    """Move the progress an anonymous visitor kept in the session to the user who signs in.

    Steps the user had already done stay as they were (no duplicates, even when two logins
    race), and the session forgets its copy.
    """
    session = getattr(request, "session", None)
    if session is None or SESSION_KEY not in session:
        return
    stored = session.pop(SESSION_KEY)
    if not isinstance(stored, dict):
        return
    pairs = set()
    for path_key, step_keys in list(stored.items())[-MAX_SESSION_PATHS:]:
        path_uuid = _uuid(path_key)
        if path_uuid is None or not isinstance(step_keys, list):
            continue
        pairs.update(
            (path_uuid, step_uuid)
            for step_uuid in map(_uuid, step_keys[-MAX_SESSION_STEPS:])
            if step_uuid is not None
        )
    StepCompletion.objects.bulk_create(
        [StepCompletion(user=user, path_key=path, step_key=step) for path, step in pairs],
        ignore_conflicts=True,
    )
