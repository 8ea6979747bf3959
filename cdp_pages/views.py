"""Public views of the portal that are not pages."""

from http import HTTPStatus

from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page


@require_safe
def page_not_translated(request, page_id):
    """/<lang>/not-translated/<page id>/: where the language switcher leads when a page has
    no live version in that language.

    It answers 404 (robots index nothing) with a page that links to the original, to the
    language's home and to the search. An unknown, unpublished or private page gets the
    normal 404; a page that does exist in the language redirects there.
    """
    page = get_object_or_404(
        Page.objects.live().public().filter(depth__gt=1).select_related("locale"), pk=page_id
    )
    locale = Locale.get_active()
    counterpart = page if page.locale_id == locale.pk else page.get_translation_or_none(locale)
    url = counterpart.get_url(request) if counterpart is not None and counterpart.live else None
    if url:
        return redirect(url)
    # An alias shows another page's content: send visitors to that page.
    original = page
    if page.alias_of_id:
        original = Page.objects.select_related("locale").get(pk=page.alias_of_id)
    return render(
        request,
        "cdp_pages/page_not_translated.html",
        {"original": original, "original_url": original.get_url(request)},
        status=HTTPStatus.NOT_FOUND,
    )
