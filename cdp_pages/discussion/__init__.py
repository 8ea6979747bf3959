"""The threaded discussion on the portal's pages, built on django-comments-xtd.

Comments belong to the specific page they were posted on (one locale's page). This module
reads them for the templates: a page's thread, the counts shown on listing cards, the counts of
a page's translations and a community's digest, each in a fixed number of queries.
"""

from dataclasses import dataclass, field
from functools import cache

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    CharField,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Cast, Coalesce
from django_comments.models import CommentFlag
from django_comments_xtd.models import DISLIKEDIT_FLAG, LIKEDIT_FLAG, XtdComment

__all__ = [
    "CommentNode",
    "community_digest",
    "count_comments",
    "discussable_models",
    "public_comments",
    "site_comments",
    "thread",
    "translation_comment_counts",
    "with_comment_counts",
]


@cache
def discussable_models():
    """The page models that carry a discussion (fixed once the apps are loaded)."""
    from wagtail.models import get_page_models

    return tuple(model for model in get_page_models() if getattr(model, "discussable", False))


def discussable_content_type_ids():
    content_types = ContentType.objects.get_for_models(*discussable_models())
    return [content_type.pk for content_type in content_types.values()]


def site_comments():
    """Every comment on a discussable page of this site, whatever its state."""
    return XtdComment.norel_objects.filter(
        site_id=settings.SITE_ID, content_type_id__in=discussable_content_type_ids()
    )


def public_comments():
    """Comments that visitors may read, on any discussable page of this site."""
    return site_comments().filter(is_public=True, is_removed=False)


def page_ids_as_text(queryset):
    """A subquery of page ids in the text form that comments store in `object_pk`."""
    return queryset.order_by().values(pk_text=Cast("pk", CharField()))


@dataclass
class CommentNode:
    """A comment in a thread, with its replies. A removed comment stays as a placeholder
    when it has replies, so that the conversation can still be followed."""

    comment: XtdComment
    children: list = field(default_factory=list)

    @property
    def removed(self):
        return self.comment.is_removed


def thread(page, user=None):
    """The public thread of a page as a list of root nodes, in one query.

    Each comment carries `likes` and `dislikes`, and, for a signed-in user, `liked`,
    `disliked` and `flagged` (by that user).
    """
    flags = Q(flags__flag=LIKEDIT_FLAG), Q(flags__flag=DISLIKEDIT_FLAG)
    comments = (
        XtdComment.norel_objects.filter(
            site_id=settings.SITE_ID,
            content_type=ContentType.objects.get_for_model(page.specific_class),
            object_pk=str(page.pk),
            is_public=True,
        )
        .annotate(likes=Count("flags", filter=flags[0]), dislikes=Count("flags", filter=flags[1]))
        .order_by("thread_id", "order")
    )
    if user is not None and user.is_authenticated:
        mine = CommentFlag.objects.filter(comment=OuterRef("pk"), user=user)
        comments = comments.annotate(
            liked=Exists(mine.filter(flag=LIKEDIT_FLAG)),
            disliked=Exists(mine.filter(flag=DISLIKEDIT_FLAG)),
            flagged=Exists(mine.filter(flag=CommentFlag.SUGGEST_REMOVAL)),
        )
    nodes = {}
    roots = []
    for comment in comments:
        node = nodes[comment.pk] = CommentNode(comment)
        parent = nodes.get(comment.parent_id) if comment.parent_id != comment.pk else None
        if comment.level == 0:
            roots.append(node)
        elif parent is not None:
            parent.children.append(node)
        # A reply whose parent is not public (still pending) is not shown either.
    return _prune_removed(roots)


def _prune_removed(nodes):
    """Drop removed comments that have no visible reply left."""
    kept = []
    for node in nodes:
        node.children = _prune_removed(node.children)
        if not node.removed or node.children:
            kept.append(node)
    return kept


def count_comments(nodes):
    """How many readable comments a thread holds, removed placeholders left out."""
    return sum((0 if node.removed else 1) + count_comments(node.children) for node in nodes)


def with_comment_counts(pages):
    """A listing's queryset with `comment_count` on each page, counted by a subquery of the
    listing's own query: no extra query, whatever the number of cards."""
    counts = (
        public_comments()
        .filter(object_pk=Cast(OuterRef("pk"), CharField()))
        .order_by()
        .values("object_pk")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return pages.annotate(
        comment_count=Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))
    )


def translation_comment_counts(page):
    """The page's other live translations that have comments, each with `comment_count`."""
    from wagtail.models import Page

    translations = (
        Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).live()
    )
    return list(
        with_comment_counts(translations).filter(comment_count__gt=0).select_related("locale")
    )


def community_digest(community, limit=10):
    """The latest public comments across a community's pages, each with its `page`.

    A community's pages are those below it (themes, meetings, projects) and the solution
    cards and lessons that its projects contributed.
    """
    from wagtail.models import Page

    from ..models import LessonLearnedPage, ProjectPage, SolutionCardPage

    projects = ProjectPage.objects.child_of(community)
    pages = (
        Q(object_pk__in=page_ids_as_text(Page.objects.descendant_of(community)))
        | Q(object_pk__in=page_ids_as_text(SolutionCardPage.objects.filter(projects__in=projects)))
        | Q(object_pk__in=page_ids_as_text(LessonLearnedPage.objects.filter(projects__in=projects)))
    )
    comments = list(public_comments().filter(pages).order_by("-submit_date")[:limit])
    by_id = Page.objects.live().in_bulk({int(comment.object_pk) for comment in comments})
    for comment in comments:
        comment.page = by_id.get(int(comment.object_pk))
    return [comment for comment in comments if comment.page is not None]
