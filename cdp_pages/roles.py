"""The portal's roles as Django groups, with exactly the permissions each one needs.

`ensure_roles` runs after every `migrate` and sets the permissions of each group to what is
declared here, so a role can be refined by editing ROLES and migrating again. The README holds
the same table for people.

Three kinds of grants are declared:

- model permissions (ROLES), such as admin access, snippets and the project profile fields;
- page permissions (PAGE_PERMISSIONS) on a scope of the page tree: the root ("all"), the homes
  of the translated locales ("targets"), or every page of one type, in every locale (a model
  label such as "cdp_pages.SolutionIndexPage");
- image and document permissions on the root collection (COLLECTION_PERMISSIONS).

Pages of a scoped type created after `migrate` (by editors, translations or `seed_demo`), and
the home of a locale added later, get their permissions from `apply_page_permissions`, which
`cdp_pages.signals` runs on creation.

Translators translate and publish in the translated locales only, and never change the
structure: Wagtail's page permissions cannot say "edit and publish, but not delete", so the
hooks at the end of this module refuse them what only their Translators grants would allow
(deleting, unpublishing, moving, copying, converting an alias either way, and the same bulk
actions); adding pages needs "add", which they do not hold. On topics, whose
permissions are per model, `TopicPermissionPolicy` limits their `change_topic` to the topics
of the translated locales.

Each project also has a group of its own, "Partners · project <page id> · <title>", whose
members may edit that project page only (its achievements and critical issues, through
moderation). The page id in the name keeps the group tied to its project when the title
changes. A partner user belongs to Partners and to the group of each of their projects: see
`add_project_partner`.

Page approval belongs to Editors: the moderation workflow on the root page has one group
approval task assigned to them (`ensure_workflow`).

Publications: Editors publish the Quaderni; partners draft, under a Quaderno, the articles
they co-author. The co-authors' edit rights and what the Partners' "add" on the Quaderni
must not allow are in `cdp_pages.publications_permissions`, imported here so that its
permission policy and hooks are registered with the roles.
"""

from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.permission_policies import ModelPermissionPolicy

from . import publications_permissions  # noqa: F401 (registers its policy and hooks)

PARTNERS = "Partners"
EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"

SNIPPET_PERMISSIONS = [
    f"cdp_pages.{action}_{model}"
    for model in ("organization", "person", "topic")
    for action in ("add", "change", "delete")
]

# Model permissions, as "app_label.codename".
ROLES = {
    PARTNERS: [
        "wagtailadmin.access_admin",
    ],
    EDITORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "cdp_pages.change_project_profile",
        *SNIPPET_PERMISSIONS,
    ],
    MODERATORS: [
        "wagtailadmin.access_admin",
        "django_comments.can_moderate",
    ],
    TRANSLATORS: [
        "wagtailadmin.access_admin",
        # Narrowed to the topics of the translated locales by TopicPermissionPolicy.
        "cdp_pages.change_topic",
    ],
}

# Page permissions (Wagtail's page permission types) and where they apply: "all" is the whole
# tree; "targets" is each translated (non-default) locale's home; a model label is every page
# of that type, in every locale. Wagtail's "add" lets a user add pages below and edit the
# pages they own there, never publish them: partners submit their cards and lessons to the
# moderation workflow, and Editors publish. Under each Quaderno, partners draft articles
# (the only type a Quaderno takes); they never create nor edit the Quaderno itself.
# Translators edit and publish the translated trees; what else "change" and "publish" would
# let them do there is refused by the hooks below.
PAGE_PERMISSIONS = {
    PARTNERS: {
        "cdp_pages.SolutionIndexPage": ["add"],
        "cdp_pages.LessonIndexPage": ["add"],
        "cdp_pages.QuadernoPage": ["add"],
    },
    EDITORS: {"all": ["add", "change", "publish", "lock", "unlock", "bulk_delete"]},
    MODERATORS: {},
    TRANSLATORS: {"targets": ["change", "publish"]},
}

# Image and document permissions on the root collection.
COLLECTION_PERMISSIONS = {
    PARTNERS: ["add_image", "choose_image", "add_document", "choose_document"],
    EDITORS: [
        "add_image",
        "change_image",
        "delete_image",
        "choose_image",
        "add_document",
        "change_document",
        "delete_document",
        "choose_document",
    ],
    MODERATORS: [],
    TRANSLATORS: ["choose_image", "choose_document"],
}

# The per-project groups: their name, model permissions and page permissions on the project.
PROJECT_GROUP_PREFIX = "Partners · project"
PROJECT_GROUP_PERMISSIONS = ["wagtailadmin.access_admin"]
PROJECT_PAGE_PERMISSIONS = ["change"]
GROUP_NAME_MAX_LENGTH = 150  # django.contrib.auth's Group.name

# The moderation workflow on the root page, and the names Wagtail's initial data gave it.
WORKFLOW_NAME = "Editors' approval"
WORKFLOW_TASK_NAME = "Editors' approval"
WAGTAIL_DEFAULT_WORKFLOW_NAMES = ["Moderators approval"]


def _permission(label):
    Permission = global_apps.get_model("auth", "Permission")
    app_label, codename = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission_ids(kinds):
    Permission = global_apps.get_model("auth", "Permission")
    ids = dict(
        Permission.objects.filter(
            content_type__app_label="wagtailcore",
            codename__in=[f"{kind}_page" for kind in kinds],
        ).values_list("codename", "pk")
    )
    return [ids[f"{kind}_page"] for kind in kinds]


def _sync_page_permissions(group, wanted):
    """Give `group` exactly the (page id, permission id) pairs in `wanted`."""
    GroupPagePermission = global_apps.get_model("wagtailcore", "GroupPagePermission")
    existing = set(
        GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission_id")
    )
    for page_id, perm_id in existing - wanted:
        GroupPagePermission.objects.filter(
            group=group, page_id=page_id, permission_id=perm_id
        ).delete()
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group=group, page_id=page_id, permission_id=perm_id)
            for page_id, perm_id in wanted - existing
        ]
    )


def _scope_pages(scope):
    """The pages a PAGE_PERMISSIONS scope covers, as a list of page ids."""
    Page = global_apps.get_model("wagtailcore", "Page")
    if scope == "all":
        return list(Page.objects.filter(depth=1).values_list("pk", flat=True)[:1])
    if scope == "targets":
        return list(
            Page.objects.filter(depth=2)
            .exclude(locale__language_code=settings.LANGUAGE_CODE)
            .values_list("pk", flat=True)
        )
    model = global_apps.get_model(scope)
    return list(model.objects.values_list("pk", flat=True))


def _scope_covers(scope, page):
    """Whether a PAGE_PERMISSIONS scope covers a new `page` (never the root, "all")."""
    if scope == "all":
        return False
    if scope == "targets":
        return page.depth == 2 and page.locale.language_code != settings.LANGUAGE_CODE
    return isinstance(page, global_apps.get_model(scope))


def ensure_roles(**kwargs):
    """Create the role groups and give each exactly the permissions declared above.

    Connected to post_migrate, whose `apps` is a migration state: the current models are
    used instead, since this runs once every migration has been applied. Also sets up the
    moderation workflow and one group for each project.
    """
    apps = global_apps
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_collection = Collection.objects.filter(depth=1).first()

    for name, labels in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set([_permission(label) for label in labels])

        wanted_pages = set()
        for scope, kinds in PAGE_PERMISSIONS[name].items():
            perm_ids = _page_permission_ids(kinds)
            for page_id in _scope_pages(scope):
                wanted_pages.update((page_id, perm_id) for perm_id in perm_ids)
        _sync_page_permissions(group, wanted_pages)

        if root_collection is not None:
            wanted = set()
            for codename in COLLECTION_PERMISSIONS[name]:
                app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
                wanted.add(
                    Permission.objects.get(content_type__app_label=app_label, codename=codename).pk
                )
            current = GroupCollectionPermission.objects.filter(group=group)
            current.exclude(permission_id__in=wanted).delete()
            have = set(current.values_list("permission_id", flat=True))
            for perm_id in wanted - have:
                GroupCollectionPermission.objects.create(
                    group=group, collection=root_collection, permission_id=perm_id
                )

    ensure_workflow()
    sync_project_groups()


def apply_page_permissions(page):
    """Add the permissions the roles hold on pages of this type to a new page, and the
    "targets" permissions to the new home of a translated locale (such as the French home,
    created when French is added, by a translation or by wagtail-localize's locale sync).

    Only adds: `ensure_roles` is the one that also takes away.
    """
    Group = global_apps.get_model("auth", "Group")
    GroupPagePermission = global_apps.get_model("wagtailcore", "GroupPagePermission")
    for name, scopes in PAGE_PERMISSIONS.items():
        for scope, kinds in scopes.items():
            if not _scope_covers(scope, page):
                continue
            group, _created = Group.objects.get_or_create(name=name)
            for perm_id in _page_permission_ids(kinds):
                GroupPagePermission.objects.get_or_create(
                    group=group, page_id=page.pk, permission_id=perm_id
                )


# Moderation workflow --------------------------------------------------------------------


def ensure_workflow():
    """Make page approval go to Editors: one group approval task, on the root page.

    Reuses (and renames) the workflow and task Wagtail's initial data created for its own
    Moderators group, so that pages already in moderation keep their workflow.
    """
    Group = global_apps.get_model("auth", "Group")
    from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

    root = Page.objects.filter(depth=1).first()
    if root is None:
        return None
    editors, _created = Group.objects.get_or_create(name=EDITORS)
    names = [WORKFLOW_NAME, *WAGTAIL_DEFAULT_WORKFLOW_NAMES]

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first() or (
        Workflow.objects.filter(name__in=WAGTAIL_DEFAULT_WORKFLOW_NAMES).order_by("pk").first()
    )
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    elif workflow.name != WORKFLOW_NAME or not workflow.active:
        workflow.name = WORKFLOW_NAME
        workflow.active = True
        workflow.save(update_fields=["name", "active"])

    task = (
        GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow)
        .order_by("workflow_tasks__sort_order")
        .first()
        or GroupApprovalTask.objects.filter(name=WORKFLOW_TASK_NAME).first()
        or GroupApprovalTask.objects.filter(name__in=names).order_by("pk").first()
    )
    if task is None:
        task = GroupApprovalTask.objects.create(name=WORKFLOW_TASK_NAME, active=True)
    elif task.name != WORKFLOW_TASK_NAME or not task.active:
        task.name = WORKFLOW_TASK_NAME
        task.active = True
        task.save(update_fields=["name", "active"])
    task.groups.set([editors])

    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow


# Per-project groups ---------------------------------------------------------------------


def _project_group_head(page_id):
    return f"{PROJECT_GROUP_PREFIX} {page_id} · "


def project_group_name(project):
    """'Partners · project 42 · <title>', cut to the length a group name can have."""
    head = _project_group_head(project.pk)
    title = project.title or ""
    room = GROUP_NAME_MAX_LENGTH - len(head)
    if len(title) > room:
        title = title[: room - 1] + "…"
    return head + title


def project_group(project):
    """The group of a project, or None; found by the page id, whatever the title."""
    Group = global_apps.get_model("auth", "Group")
    return (
        Group.objects.filter(name__startswith=_project_group_head(project.pk))
        .order_by("pk")
        .first()
    )


def has_project_group(project):
    """Whether a project gets a group: the projects of the default language do.

    Translations are the Translators' work, and wagtail-localize rewrites them from the
    source, so partners edit the source project only.
    """
    return project.locale.language_code == settings.LANGUAGE_CODE


def ensure_project_group(project):
    """Create or update the group of a project: admin access, and 'change' on the project."""
    Group = global_apps.get_model("auth", "Group")
    name = project_group_name(project)
    group = project_group(project)
    if group is None:
        group = Group.objects.create(name=name)
    elif group.name != name:
        group.name = name
        group.save(update_fields=["name"])
    group.permissions.set([_permission(label) for label in PROJECT_GROUP_PERMISSIONS])
    _sync_page_permissions(
        group,
        {(project.pk, perm_id) for perm_id in _page_permission_ids(PROJECT_PAGE_PERMISSIONS)},
    )
    return group


def remove_project_group(page_id):
    Group = global_apps.get_model("auth", "Group")
    Group.objects.filter(name__startswith=_project_group_head(page_id)).delete()


def sync_project_groups():
    """One group for each project of the default language, and none for deleted projects."""
    Group = global_apps.get_model("auth", "Group")
    ProjectPage = global_apps.get_model("cdp_pages", "ProjectPage")
    keep = set()
    for project in ProjectPage.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE
    ).select_related("locale"):
        keep.add(ensure_project_group(project).pk)
    Group.objects.filter(name__startswith=f"{PROJECT_GROUP_PREFIX} ").exclude(pk__in=keep).delete()


def add_project_partner(user, project):
    """Make `user` a partner of `project`: a member of Partners and of the project's group."""
    Group = global_apps.get_model("auth", "Group")
    partners, _created = Group.objects.get_or_create(name=PARTNERS)
    user.groups.add(partners, ensure_project_group(project))


# Translators' limits ----------------------------------------------------------------------


def _is_translator(user):
    return (
        user.is_authenticated
        and not user.is_superuser
        and user.groups.filter(name=TRANSLATORS).exists()
    )


def _holds_without_translators(user, permissions):
    """Whether `user` holds any of `permissions` (a queryset of model permissions) other than
    through the Translators group."""
    Group = global_apps.get_model("auth", "Group")
    if not user.is_active:
        return False
    return (
        user.is_superuser
        or user.user_permissions.filter(pk__in=permissions).exists()
        or Group.objects.filter(user=user, permissions__in=permissions)
        .exclude(name=TRANSLATORS)
        .exists()
    )


class TopicPermissionPolicy(ModelPermissionPolicy):
    """Topics: the Translators' `change_topic` holds in the translated locales only.

    Translators need the model permission, since wagtail-localize's editor checks it when
    they save a string. On a topic of the default language, a user needs the permission
    from another group (or as their own, or as a superuser): a translator translates and
    edits an English topic, and cannot edit or delete an Italian one.
    """

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if instance.locale.language_code != settings.LANGUAGE_CODE:
            return True
        return _holds_without_translators(user, self._get_permission_objects_for_actions([action]))

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if _holds_without_translators(user, self._get_permission_objects_for_actions(actions)):
            return instances
        return instances.exclude(locale__language_code=settings.LANGUAGE_CODE)


def _page_tester_without_translators(user, page):
    """Wagtail's permission tester for `page`, with the Translators' grants taken away."""
    GroupPagePermission = global_apps.get_model("wagtailcore", "GroupPagePermission")
    tester = page.permissions_for_user(user)
    tester.permissions = {
        codename.rsplit("_", maxsplit=1)[0]
        for codename in GroupPagePermission.objects.filter(
            group__user=user, page__in=page.get_ancestors(inclusive=True)
        )
        .exclude(group__name=TRANSLATORS)
        .values_list("permission__codename", flat=True)
    }
    return tester


def _refuse_translators(user, page, check):
    """Refuse a structural action (`check` names the tester's method, such as "can_delete")
    that `user` may do on `page` only through their Translators grants."""
    if _is_translator(user) and not getattr(_page_tester_without_translators(user, page), check)():
        raise PermissionDenied


@hooks.register("before_delete_page")
def _translators_do_not_delete(request, page):
    _refuse_translators(request.user, page, "can_delete")


@hooks.register("before_unpublish_page")
def _translators_do_not_unpublish(request, page):
    _refuse_translators(request.user, page, "can_unpublish")


@hooks.register("before_move_page")
def _translators_do_not_move(request, page, *args):
    _refuse_translators(request.user, page, "can_move")


@hooks.register("before_copy_page")
def _translators_do_not_copy(request, page):
    _refuse_translators(request.user, page, "can_copy")


@hooks.register("before_convert_alias_page")
def _translators_do_not_convert_aliases(request, page):
    _refuse_translators(request.user, page, "can_edit")


@hooks.register("before_bulk_action")
def _translators_do_not_bulk_change_structure(request, action_type, objects, action_class):
    from wagtail.models import Page

    check = {"delete": "can_delete", "unpublish": "can_unpublish", "move": "can_move"}.get(
        action_type
    )
    if check is None:
        return
    for page in objects:
        if isinstance(page, Page):
            _refuse_translators(request.user, page, check)


@hooks.register("register_admin_urls", order=-1)
def _translators_do_not_convert_translations_to_aliases():
    """wagtail-localize's "Convert to alias page" has no hook: its URL is served here first
    (order=-1 puts it before wagtail-localize's own), refusing Translators, then handed on."""
    from django.shortcuts import get_object_or_404
    from django.urls import path
    from wagtail.models import Page
    from wagtail_localize.views.convert import convert_to_alias

    def view(request, page_id):
        _refuse_translators(request.user, get_object_or_404(Page, id=page_id), "can_edit")
        return convert_to_alias(request, page_id)

    return [path("localize/page/<int:page_id>/convert_to_alias/", view)]
