"""RSS and Atom feeds of new solution cards and lessons learned.

`LatestFeed` covers the whole portal in the active language (/<lang>/feeds/latest/);
`CommunityFeed` covers what the projects of one community produced (<community>/feed/).
Only live, public pages of the feed's language are listed (not aliases, whose content is
another language's). Links are full URLs built from Wagtail's sites, not from
django.contrib.sites.
"""

from dataclasses import dataclass
from itertools import chain

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from .ical import html_to_text

__all__ = [
    "CommunityAtomFeed",
    "CommunityDiscussionFeed",
    "CommunityFeed",
    "LatestAtomFeed",
    "LatestFeed",
]

FEED_LENGTH = 30


@dataclass
class FeedSource:
    """What a feed is about, with the request its full URLs are built for."""

    request: object
    locale: Locale
    home: Page | None = None
    community: Page | None = None


def _latest_pages(request, locale, projects=None, limit=FEED_LENGTH):
    """The newest live, public solution cards and lessons of a locale, newest first.

    Each page gets `feed_link` and `feed_categories`. Four queries whatever the number of
    items: one per page type and one per prefetched relation kind.
    """
    from .models import LessonLearnedPage, SolutionCardPage, ThemePage, Topic

    themes = Prefetch("themes", queryset=ThemePage.objects.live().only("id", "title"))
    solutions = (
        SolutionCardPage.objects.live()
        .public()
        .filter(locale=locale, alias_of__isnull=True)
        .prefetch_related(themes, Prefetch("topics", queryset=Topic.objects.only("id", "name")))
    )
    lessons = LessonLearnedPage.objects.live().public().filter(locale=locale, alias_of__isnull=True)
    if projects is not None:
        solutions = solutions.filter(projects__in=projects).distinct()
        lessons = lessons.filter(projects__in=projects).distinct()
    lessons = lessons.prefetch_related(themes)
    order = ("-first_published_at", "-pk")
    items = sorted(
        chain(solutions.order_by(*order)[:limit], lessons.order_by(*order)[:limit]),
        key=lambda page: (page.first_published_at, page.pk),
        reverse=True,
    )[:limit]
    for item in items:
        item.feed_link = item.get_full_url(request)
        names = [theme.title for theme in item.themes.all()]
        if isinstance(item, SolutionCardPage):
            names += [topic.name for topic in item.topics.all()]
        item.feed_categories = list(dict.fromkeys(names))
    return items


def _kind(item):
    from .models import SolutionCardPage

    return _("Solution") if isinstance(item, SolutionCardPage) else _("Lesson learned")


class BaseFeed(Feed):
    """What the site-wide and community feeds share: the items and how they are shown."""

    def feed_url(self, source):
        return source.request.build_absolute_uri(source.request.path)

    def items(self, source):
        raise NotImplementedError

    def item_title(self, item):
        return f"{_kind(item)}: {item.title}"

    def item_link(self, item):
        return item.feed_link

    def item_guid(self, item):
        return item.feed_link

    def item_description(self, item):
        if item.listing_summary:
            return item.listing_summary
        if hasattr(item, "statement"):
            return item.statement
        return html_to_text(getattr(item, "challenge", ""))

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_categories(self, item):
        return item.feed_categories


class LatestFeed(BaseFeed):
    """The newest solution cards and lessons learned of the portal, in the active language."""

    def get_object(self, request, *args, **kwargs):
        locale = Locale.get_active()
        site = Site.find_for_request(request)
        home = None
        if site is not None:
            root = site.root_page
            home = root.get_translation_or_none(locale) if root.locale_id != locale.pk else root
        return FeedSource(request=request, locale=locale, home=home)

    def title(self, source):
        return _("CdP Capitale naturale: new solutions and lessons learned")

    def description(self, source):
        return _(
            "The newest solution cards and lessons learned of the communities of practice "
            "of the Capitale naturale call."
        )

    def link(self, source):
        if source.home is not None:
            return source.home.get_full_url(source.request)
        return source.request.build_absolute_uri(f"/{source.locale.language_code}/")

    def items(self, source):
        return _latest_pages(source.request, source.locale)


class LatestAtomFeed(LatestFeed):
    feed_type = Atom1Feed

    def subtitle(self, source):
        return self.description(source)


class CommunityFeedMixin:
    """A feed about one community, in the community's language.

    Called from the community's routes: `Feed()(request, community=page)`.
    """

    def __call__(self, request, *args, **kwargs):
        community = kwargs.get("community")
        if community is None:
            raise Http404
        with translation.override(community.locale.language_code):
            return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, community=None, **kwargs):
        return FeedSource(request=request, locale=community.locale, community=community)

    def feed_url(self, source):
        return source.request.build_absolute_uri(source.request.path)


class CommunityFeed(CommunityFeedMixin, BaseFeed):
    """The newest solution cards and lessons of a community's projects, in its language."""

    def title(self, source):
        return _("%(community)s: new solutions and lessons learned") % {
            "community": source.community.title
        }

    def description(self, source):
        return _(
            "The newest solution cards and lessons learned of the projects of the "
            "community “%(community)s”."
        ) % {"community": source.community.title}

    def link(self, source):
        return source.community.get_full_url(source.request)

    def items(self, source):
        return _latest_pages(source.request, source.locale, projects=source.community.projects())


class CommunityAtomFeed(CommunityFeed):
    feed_type = Atom1Feed

    def subtitle(self, source):
        return self.description(source)


class CommunityDiscussionFeed(CommunityFeedMixin, Feed):
    """The latest comments across a community's pages: the discussion digest as RSS."""

    def title(self, source):
        return _("%(community)s: discussion") % {"community": source.community.title}

    def description(self, source):
        return _("The latest comments on the pages of the community “%(community)s”.") % {
            "community": source.community.title
        }

    def link(self, source):
        return source.community.get_full_url(source.request) + "#discussion-digest"

    def items(self, source):
        from .discussion import community_digest

        comments = community_digest(source.community, limit=FEED_LENGTH)
        for comment in comments:
            comment.feed_link = f"{comment.page.get_full_url(source.request)}#c{comment.pk}"
        return comments

    def item_title(self, comment):
        return _("%(author)s on “%(title)s”") % {
            "author": comment.name,
            "title": comment.page.title,
        }

    def item_link(self, comment):
        return comment.feed_link

    def item_guid(self, comment):
        return comment.feed_link

    def item_description(self, comment):
        return comment.comment

    def item_author_name(self, comment):
        return comment.name

    def item_pubdate(self, comment):
        return comment.submit_date
