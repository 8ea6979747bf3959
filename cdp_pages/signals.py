"""Keep the roles' page permissions in line with the page tree as it changes.

`roles.ensure_roles` runs after `migrate`; the pages created afterwards (by editors in the
admin, by wagtail-localize's translations, by `seed_demo`) get their permissions here:

- a new page of a type that carries page permissions (solution and lesson indexes) gets
  them;
- the new home of a translated locale (say French, added after the first `migrate`) gets the
  Translators' permissions at once, whether it comes from a translation of the Italian home
  or from wagtail-localize's locale synchronisation;
- a project of the default language gets its partners' group, renamed with the project;
- a deleted project takes its group with it.

Model signals are used rather than the admin's `after_create_page` hook, since pages are
also created outside the admin.
"""

from django.db.models.signals import post_delete, post_save

from . import roles


def page_types_with_permissions():
    """The page types whose new pages may need permissions: those of the model scopes, and
    for the "targets" scope the types that can sit under the root (the locales' homes)."""
    from django.apps import apps
    from wagtail.models import Page, get_page_models

    types = set()
    for scopes in roles.PAGE_PERMISSIONS.values():
        for scope in scopes:
            if scope == "targets":
                types.update(
                    model
                    for model in get_page_models()
                    if Page in model.allowed_parent_page_models()
                )
            elif scope != "all":
                types.add(apps.get_model(scope))
    return types


def page_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        roles.apply_page_permissions(instance)


def project_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw or not roles.has_project_group(instance):
        return
    # Revisions save a few bookkeeping fields only: the group follows the title.
    if not created and update_fields is not None and "title" not in update_fields:
        return
    roles.ensure_project_group(instance)


def project_deleted(sender, instance, **kwargs):
    roles.remove_project_group(instance.pk)


def connect():
    from .models import ProjectPage

    for model in page_types_with_permissions():
        post_save.connect(
            page_created,
            sender=model,
            dispatch_uid=f"cdp_pages.page_permissions.{model._meta.label_lower}",
        )
    post_save.connect(project_saved, sender=ProjectPage, dispatch_uid="cdp_pages.project_group")
    post_delete.connect(
        project_deleted, sender=ProjectPage, dispatch_uid="cdp_pages.project_group_delete"
    )
