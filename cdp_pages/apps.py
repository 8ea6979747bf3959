from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CdpPagesConfig(AppConfig):
    name = "cdp_pages"
    verbose_name = _("Communities of practice")

    def ready(self):
        from . import signals, translation
        from .discussion import moderation
        from .roles import ensure_roles

        # Each content language of the settings gets its locale after migrate.
        post_migrate.connect(
            translation.ensure_locales, sender=self, dispatch_uid="cdp_pages.ensure_locales"
        )
        # Permissions exist only once every app has migrated, so the roles are
        # (re)applied after each migrate; ensure_roles is idempotent.
        post_migrate.connect(ensure_roles, sender=self, dispatch_uid="cdp_pages.ensure_roles")
        # Pages created later (index pages, projects) get their permissions as they come.
        signals.connect()
        # The references of each locale's pages lead to pages of that locale.
        translation.connect()
        # Anonymous comments with links or from new addresses wait for a moderator.
        moderation.register()
