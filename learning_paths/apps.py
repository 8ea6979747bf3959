from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningPathsConfig(AppConfig):
    name = "learning_paths"
    verbose_name = _("Learning paths")
