from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cdp_pages.feeds import LatestAtomFeed, LatestFeed
from cdp_pages.ical import page_ics_view
from cdp_pages.sitemaps import LocalizedSitemap
from cdp_pages.views import page_not_translated

from .api import api_urlpatterns

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    *api_urlpatterns,
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    # Before Wagtail's catch-all, which would take them for page paths.
    path("feeds/latest/", LatestFeed(), name="feed_latest"),
    path("feeds/latest/atom/", LatestAtomFeed(), name="feed_latest_atom"),
    path("comments/", include("cdp_pages.discussion.urls")),
    path("search/", include("search.urls")),
    path("learning-progress/", include("learning_paths.urls")),
    # Where the language switcher leads when a page has no version in that language. At most
    # 18 digits: a larger id is a 404, not a database overflow.
    re_path(
        r"^not-translated/(?P<page_id>[0-9]{1,18})/$",
        page_not_translated,
        name="page_not_translated",
    ),
    # Page routes named like files (meeting.ics, calendar.ics), which the catch-all refuses.
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)*)(?P<filename>[\w\-]+\.ics)$",
        page_ics_view,
        name="page_ics",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
