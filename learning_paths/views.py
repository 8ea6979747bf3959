"""What visitors see of a path: its overview, its steps and their progress.

A step is followed "in the path": a step to a page of the portal leads to that page itself,
with the path in its query string (`?path=<path id>&step=<number>`), where the path bar
shows (see `context_processors`); a step to a document or an address leads to the path's
own `steps/<number>/` page, which shows the same bar and links to the target.
"""

import dataclasses
import re
import uuid
from http import HTTPStatus
from urllib.parse import urlencode, urlsplit

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .models import LearningPathPage, LearningPathStep, Module
from .progress import Progress
from .progress import mark as mark_step

# The id of the completion summary on the overview.
COMPLETED_ANCHOR = "completed"
PAGE_ID = re.compile(r"[0-9]{1,18}")


def format_minutes(minutes):
    """A duration for people: "40 min", "2 h", "1 h 40 min"."""
    hours, minutes = divmod(minutes or 0, 60)
    if hours and minutes:
        return _("%(hours)d h %(minutes)d min") % {"hours": hours, "minutes": minutes}
    if hours:
        return _("%(hours)d h") % {"hours": hours}
    return _("%(minutes)d min") % {"minutes": minutes}


def live_path(path_id):
    """The live, public path with this id (a string of digits), or None."""
    if not PAGE_ID.fullmatch(path_id or ""):
        return None
    return LearningPathPage.objects.live().public().filter(pk=path_id).first()


def prepare_steps(request, path, steps):
    """Give each step what the templates show: `link` (where a visitor follows it in the
    path, or "" when it cannot be followed), `kind_label` and `duration`."""
    path_url = path.get_url(request) or ""
    for step in steps:
        step.link = ""
        step.kind_label = step.get_kind_display()
        step.duration = format_minutes(step.minutes)
        if step.problem:
            continue
        if step.kind == LearningPathStep.Kind.PAGE:
            page_url = step.page.get_url(request)
            if page_url:
                step.link = f"{page_url}?{urlencode({'path': path.pk, 'step': step.number})}"
            if step.page.specific_class is not None:
                step.kind_label = capfirst(step.page.specific_class._meta.verbose_name)
        else:
            step.link = path_url + path.reverse_subpage("step", kwargs={"number": step.number})
    return steps


def overview_context(request, page):
    """The context of the path's overview: modules, steps, duration, the visitor's progress
    and, once every step is done, the completion summary."""
    steps = prepare_steps(request, page, page.ordered_steps())
    progress = Progress.for_request(request, page, steps)
    for step in steps:
        step.done = progress.is_done(step)
    modules = page.modules(steps)
    for module in modules:
        module.duration = format_minutes(module.minutes)
    minutes = sum(step.minutes for step in steps)
    context = {
        "steps": steps,
        "modules": modules,
        "progress": progress,
        "minutes": minutes,
        "duration": format_minutes(minutes),
        "prerequisites": [path for path in page.prerequisites.all() if path.live],
        "moodle_url": (page.get_url(request) or "") + page.reverse_subpage("moodle"),
        "completed_anchor": COMPLETED_ANCHOR,
    }
    if progress.complete:
        context["questions"] = [step for step in steps if step.question]
        context["followed_by"] = page.followed_by.live().public().order_by("title")
    return context


@dataclasses.dataclass
class Position:
    """Where a visitor stands in a path: what the path bar shows."""

    path: LearningPathPage
    path_url: str
    step: LearningPathStep
    module: Module
    total: int
    previous: LearningPathStep | None
    next: LearningPathStep | None
    progress: Progress
    # Whether the bar shows the step's note and question (a step page shows them itself).
    show_guide: bool = True

    @property
    def done(self):
        return self.progress.is_done(self.step)

    @property
    def next_url(self):
        """The next step, or the overview after the last one."""
        return self.next.link if self.next else self.path_url


def position(request, path, steps, current, show_guide=True):
    """The path bar of `current`, one of `steps` (prepared by `prepare_steps`)."""
    followable = [step for step in steps if step.link]
    before = [step for step in followable if step.number < current.number]
    after = [step for step in followable if step.number > current.number]
    return Position(
        path=path,
        path_url=path.get_url(request) or "",
        step=current,
        module=next(module for module in path.modules(steps) if current in module.steps),
        total=len(steps),
        previous=before[-1] if before else None,
        next=after[0] if after else None,
        progress=Progress.for_request(request, path, steps),
        show_guide=show_guide,
    )


def position_on_page(request, path_id, number):
    """The path bar for a page reached from a path, or None when the query string does not
    name a live path, one of its steps, and a step that leads to this very page."""
    path = live_path(path_id)
    if path is None:
        return None
    steps = path.ordered_steps()
    if not 1 <= number <= len(steps):
        return None
    current = steps[number - 1]
    if current.kind != LearningPathStep.Kind.PAGE:
        return None
    prepare_steps(request, path, steps)
    if not current.link or urlsplit(current.link).path != request.path:
        return None
    return position(request, path, steps, current)


def step(request, page, number):
    """`<path>/steps/<number>/`: a step to a page redirects to the page, in the path; a step
    to a document or an address shows its note and question and links to the target."""
    steps = page.ordered_steps()
    if not 1 <= number <= len(steps):
        raise Http404
    prepare_steps(request, page, steps)
    current = steps[number - 1]
    if current.kind == LearningPathStep.Kind.PAGE and current.link:
        return redirect(current.link)
    return TemplateResponse(
        request,
        "learning_paths/step.html",
        {
            "page": page,
            "self": page,
            "step": current,
            "host": urlsplit(current.url).hostname if current.url else "",
            "learning_path": position(request, page, steps, current, show_guide=False),
        },
    )


def refusal(request, message, path=None):
    return TemplateResponse(
        request,
        "learning_paths/refused.html",
        {"message": message, "path": path, "path_url": path.get_url(request) if path else ""},
        status=HTTPStatus.BAD_REQUEST,
    )


@require_POST
def mark(request):
    """Mark a step as done (`done=1`) or not done (`done=0`), then go back to `next`.

    Marking the last step that was left leads to the overview's completion summary.
    """
    path = live_path(request.POST.get("path"))
    if path is None:
        return refusal(request, _("This learning path does not exist or is not published."))
    try:
        step_key = uuid.UUID(request.POST.get("step", ""))
    except ValueError:
        step_key = None
    steps = path.ordered_steps()
    current = next((step for step in steps if step.key == step_key), None)
    if current is None:
        return refusal(
            request,
            _("This step is not part of the path any more. Open the path again from its page."),
            path,
        )
    done = request.POST.get("done")
    if done not in {"0", "1"}:
        return refusal(
            request, _("The request was incomplete. Go back, reload the page and try again."), path
        )
    done = done == "1"
    mark_step(request, path, current, done)
    path_url = path.get_url(request) or "/"
    if done and Progress.for_request(request, path, steps).complete:
        messages.success(request, _("Step marked as done. You have completed the path!"))
        return redirect(f"{path_url}#{COMPLETED_ANCHOR}")
    messages.success(request, _("Step marked as done.") if done else _("Step marked as not done."))
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = path_url
    return redirect(next_url)
