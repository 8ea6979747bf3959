"""Who may write and publish the Quaderni and their articles.

Only Editors publish Quaderni; partners draft the articles they co-author:

- Partners hold Wagtail's "add" on every Quaderno (`roles.PAGE_PERMISSIONS`), so they create
  articles there, the only type a Quaderno takes, and edit the ones they own. They hold
  nothing on the publication index, so they never create a Quaderno, and having no "change"
  nor "publish" on a Quaderno, they never edit nor publish one.
- A co-author who is not the owner edits the article too: an author of an article whose
  person (the Person snippet) is linked to a user account gives that account "change" on the
  article. Wagtail's page permissions are granted to groups on subtrees, so this is a
  permission policy for ArticlePage, registered with Wagtail's permission registry: Wagtail's
  permission tester, which the admin builds for each page, reads a page's permissions from
  the policy registered for its type. The policy adds one "change" grant per article the
  user co-authors to the user's group grants. The authors that count are those saved with
  the page, that is at its creation and at each publication, in the default language only:
  translations are the Translators' work.
- Without "publish", partners save drafts and submit them to the moderation workflow
  ("Editors' approval", see `roles.ensure_workflow`); Editors approve and publish.
- Wagtail lets whoever may edit a draft delete it, and lets owners move their drafts: the
  hooks below keep deleting and moving publications to those who may publish them, so that a
  co-author never loses the others' work. Unpublishing already needs "publish".

Editors hold every page permission on the whole tree (`roles.PAGE_PERMISSIONS`).
"""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.models import GroupPagePermission, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import ArticleAuthor, ArticlePage, QuadernoPage


class ArticlePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page permissions, plus "change" on the articles the user co-authors."""

    # Not Wagtail's page cache: the user's grants differ on articles.
    permission_cache_name = "_article_permission_cache"

    def get_all_permissions_for_user(self, user):
        permissions = list(super().get_all_permissions_for_user(user))
        if not user.is_active or user.is_anonymous or user.is_superuser:
            return permissions
        articles = Page.objects.filter(
            pk__in=ArticleAuthor.objects.filter(person__user=user).values("page"),
            locale__language_code=settings.LANGUAGE_CODE,
        ).only("path", "depth")
        if articles:
            change = Permission.objects.get(
                content_type__app_label="wagtailcore", codename="change_page"
            )
            permissions += [
                GroupPagePermission(page=article, permission=change) for article in articles
            ]
        return permissions


register_permission_policy(ArticlePage, ArticlePermissionPolicy(ArticlePage))


def _refuse_unless_publisher(user, page):
    """Refuse a structural action on a Quaderno or an article to who may not publish it."""
    if not issubclass(page.specific_class or Page, (QuadernoPage, ArticlePage)):
        return
    if not page.permissions_for_user(user).can_publish():
        raise PermissionDenied


@hooks.register("before_delete_page")
def _only_publishers_delete_publications(request, page):
    _refuse_unless_publisher(request.user, page)


@hooks.register("before_move_page")
def _only_publishers_move_publications(request, page, *args):
    _refuse_unless_publisher(request.user, page)


@hooks.register("before_bulk_action")
def _only_publishers_bulk_delete_or_move_publications(request, action_type, objects, action_class):
    if action_type not in ("delete", "move"):
        return
    for page in objects:
        if isinstance(page, Page):
            _refuse_unless_publisher(request.user, page)
