from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningPathsConfig(AppConfig):
    name = "learning_paths"
    verbose_name = _("Learning paths")

    def ready(self):
        # Signal receivers: progress merges on login, the demo adds its paths to seed_demo.
        from . import demo, progress  # noqa: F401
