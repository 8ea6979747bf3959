"""The read-only public API (Wagtail API v2): pages, images, documents and the snippets.

Pages show only what anonymous visitors can see (live, public); every page type lists its
fields in `api_fields`. The snippets that pages point to (partner organizations, people,
topics) have endpoints of their own, and show their name where pages refer to them.
"""

from http import HTTPStatus

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale

from cdp_pages.models import Organization, Person, Topic

__all__ = ["api_router", "api_urlpatterns"]


class NotFoundMixin:
    """Keep the API's "not found" answers from being redirected to a page.

    Django's LocaleMiddleware turns a 404 on a path without a language prefix into a redirect
    to the prefixed path when that path resolves, and Wagtail's catch-all page URL resolves
    any path: /api/v2/pages/<draft>/ would redirect to /it/api/v2/pages/<draft>/, an HTML
    404. The API's own 404s are judged against the API's URLs alone, which carry no prefix.
    """

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == HTTPStatus.NOT_FOUND:
            request._request.urlconf = api_urlpatterns
        return response


class PagesEndpoint(NotFoundMixin, PagesAPIViewSet):
    pass


class ImagesEndpoint(NotFoundMixin, ImagesAPIViewSet):
    pass


class DocumentsEndpoint(NotFoundMixin, DocumentsAPIViewSet):
    pass


class SnippetAPIViewSet(NotFoundMixin, BaseAPIViewSet):
    """A read-only endpoint for a snippet model, its name shown in nested references."""

    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "name"]
    nested_default_fields = [*BaseAPIViewSet.nested_default_fields, "name"]

    def get_queryset(self):
        return self.model.objects.all().order_by("name", "id")


class OrganizationsAPIViewSet(SnippetAPIViewSet):
    name = "organizations"
    model = Organization
    listing_default_fields = [*SnippetAPIViewSet.listing_default_fields, "kind"]
    nested_default_fields = [*SnippetAPIViewSet.nested_default_fields, "kind"]


class PeopleAPIViewSet(SnippetAPIViewSet):
    name = "people"
    model = Person
    # People carry no api_fields of their own; their public profile is listed here.
    body_fields = [*BaseAPIViewSet.body_fields, "name", "role", "affiliation", "bio", "photo"]


class TopicsAPIViewSet(SnippetAPIViewSet):
    """Topics are translated: `?locale=en` lists the English ones."""

    name = "topics"
    model = Topic
    body_fields = [*BaseAPIViewSet.body_fields, "name", "slug", "kind", "description"]
    listing_default_fields = [*SnippetAPIViewSet.listing_default_fields, "slug", "kind"]
    nested_default_fields = [*SnippetAPIViewSet.nested_default_fields, "slug", "kind"]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale"])

    def get_queryset(self):
        queryset = super().get_queryset()
        language_code = self.request.GET.get("locale")
        if language_code:
            try:
                locale = Locale.objects.get_for_language(language_code)
            except (Locale.DoesNotExist, LookupError) as error:
                raise BadRequestError("locale doesn't exist") from error
            queryset = queryset.filter(locale=locale)
        return queryset


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesEndpoint)
api_router.register_endpoint("images", ImagesEndpoint)
api_router.register_endpoint("documents", DocumentsEndpoint)
api_router.register_endpoint("organizations", OrganizationsAPIViewSet)
api_router.register_endpoint("people", PeopleAPIViewSet)
api_router.register_endpoint("topics", TopicsAPIViewSet)

# The API's URLs, mounted by cdp_site.urls; a tuple, so that it can serve as a request's urlconf.
api_urlpatterns = (path("api/v2/", api_router.urls),)
