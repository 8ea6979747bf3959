"""The portal's roles as Django groups, with exactly the permissions each one needs.

`ensure_roles` runs after every `migrate` and sets the permissions of each group to what is
declared here, so a role can be refined by editing ROLES and migrating again. The README holds
the same table for people.
"""

from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.auth.management import create_permissions

PARTNERS = "Partners"
EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"

# Model permissions, as "app_label.codename".
ROLES = {
    PARTNERS: [
        "wagtailadmin.access_admin",
    ],
    EDITORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
    ],
    MODERATORS: [
        "wagtailadmin.access_admin",
    ],
    TRANSLATORS: [
        "wagtailadmin.access_admin",
    ],
}

# Page permissions (Wagtail's page permission types) and where they apply:
# "all" is the whole tree; "targets" is each translated (non-default) locale's home.
PAGE_PERMISSIONS = {
    PARTNERS: {},
    EDITORS: {"all": ["add", "change", "publish", "lock", "unlock", "bulk_delete"]},
    MODERATORS: {},
    TRANSLATORS: {"targets": ["change"]},
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


def _permission(Permission, label):
    app_label, codename = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_roles(**kwargs):
    """Create the role groups and give each exactly the permissions declared above.

    Connected to post_migrate, whose `apps` is a migration state: the current models are
    used instead, since this runs once every migration has been applied.
    """
    apps = global_apps
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    target_homes = list(
        Page.objects.filter(depth=2).exclude(locale__language_code=settings.LANGUAGE_CODE)
    )

    for name, labels in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set([_permission(Permission, label) for label in labels])

        wanted_pages = set()
        for scope, types in PAGE_PERMISSIONS[name].items():
            pages = [root_page] if scope == "all" else target_homes
            for page in pages:
                if page is None:
                    continue
                for kind in types:
                    perm = Permission.objects.get(
                        content_type__app_label="wagtailcore", codename=f"{kind}_page"
                    )
                    wanted_pages.add((page.pk, perm.pk))
        existing = set(
            GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission_id")
        )
        for page_id, perm_id in existing - wanted_pages:
            GroupPagePermission.objects.filter(
                group=group, page_id=page_id, permission_id=perm_id
            ).delete()
        for page_id, perm_id in wanted_pages - existing:
            GroupPagePermission.objects.create(group=group, page_id=page_id, permission_id=perm_id)

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
