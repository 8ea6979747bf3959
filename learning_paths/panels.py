"""Admin panels of learning paths."""

from django.utils.functional import cached_property
from wagtail.admin.panels import Panel


class BrokenStepsPanel(Panel):
    """Warns, in the path's editor, about steps that visitors cannot follow: a page that is
    not published or was deleted, a document that was deleted. It shows nothing when every
    step can be followed, nor on a path being created."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "learning_paths/admin/broken_steps_panel.html"

        @cached_property
        def broken_steps(self):
            if self.instance.pk is None:
                return []
            return self.instance.broken_steps()

        def is_shown(self):
            return bool(self.broken_steps)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["steps"] = self.broken_steps
            return context
