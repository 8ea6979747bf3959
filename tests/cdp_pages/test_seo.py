"""What search engines and social networks read: canonical URL, hreflang, OpenGraph, feeds."""

import json
from http import HTTPStatus

import pytest
from django.db import transaction
from wagtail.models import Locale

from tests.html import soup

pytestmark = pytest.mark.django_db


def meta(page, prop):
    tag = page.find("meta", property=prop)
    return tag["content"] if tag else None


def alternates(page):
    return {
        link["hreflang"]: link["href"]
        for link in page.find_all("link", rel="alternate")
        if link.get("hreflang")
    }


def canonical(page):
    [link] = page.find_all("link", rel="canonical")
    return link["href"]


@pytest.fixture
def english_community(portal):
    """The community translated into English and published, with its parents."""
    english = Locale.objects.get(language_code="en")
    with transaction.atomic():
        translation = portal.community.copy_for_translation(english, copy_parents=True)
    translation.title = "Community of practice 2018"
    translation.save_revision().publish()
    parent = translation.get_parent().specific
    if not parent.live:
        parent.save_revision().publish()
    translation.refresh_from_db()
    return translation


def test_home_page_opengraph_and_canonical(client, portal):
    portal.home.listing_summary = "Il portale delle comunità di pratica."
    portal.home.save_revision().publish()
    page = soup(client.get("/it/"))
    assert canonical(page) == "http://localhost/it/"
    assert meta(page, "og:type") == "website"
    assert meta(page, "og:title") == portal.home.title
    assert meta(page, "og:url") == "http://localhost/it/"
    assert meta(page, "og:site_name")
    assert meta(page, "og:locale") == "it"
    assert meta(page, "og:description") == "Il portale delle comunità di pratica."
    assert page.find("meta", attrs={"name": "description"})["content"] == (
        "Il portale delle comunità di pratica."
    )


def test_home_page_hreflang_alternates(client, portal, home_en):
    page = soup(client.get("/it/"))
    assert alternates(page) == {
        "it": "http://localhost/it/",
        "en": "http://localhost/en/",
        "x-default": "http://localhost/it/",
    }
    english = soup(client.get("/en/"))
    assert canonical(english) == "http://localhost/en/"
    assert meta(english, "og:locale") == "en"
    assert alternates(english) == alternates(page)


def test_seo_title_wins_over_title(client, portal):
    portal.home.seo_title = "CdP Capitale naturale: il portale"
    portal.home.save_revision().publish()
    page = soup(client.get("/it/"))
    assert meta(page, "og:title") == "CdP Capitale naturale: il portale"


def test_community_page_canonical_opengraph_and_hreflang(client, portal, english_community):
    community = portal.community
    community.listing_summary = "La comunità del bando 2018."
    community.save_revision().publish()
    page = soup(client.get(community.url))
    full_url = community.get_full_url()
    assert full_url.startswith("http://localhost/it/")
    assert canonical(page) == full_url
    assert meta(page, "og:url") == full_url
    assert meta(page, "og:title") == community.title
    assert meta(page, "og:description") == "La comunità del bando 2018."
    assert alternates(page) == {
        "it": full_url,
        "en": english_community.get_full_url(),
        "x-default": full_url,
    }
    assert english_community.get_full_url().startswith("http://localhost/en/")


def test_untranslated_community_has_only_its_own_alternate(client, portal):
    page = soup(client.get(portal.community.url))
    assert alternates(page) == {
        "it": portal.community.get_full_url(),
        "x-default": portal.community.get_full_url(),
    }


def test_community_page_json_ld(client, portal):
    page = soup(client.get(portal.community.url))
    [script] = page.find_all("script", type="application/ld+json")
    data = json.loads(script.string)
    assert data["@type"] == "Organization"
    assert data["url"] == portal.community.get_full_url()


def test_community_page_links_to_its_feed_and_calendar(client, portal):
    page = soup(client.get(portal.community.url))
    feeds = [
        link["href"] for link in page.find_all("link", rel="alternate", type="application/rss+xml")
    ]
    community_feed = next(href for href in feeds if href.startswith(portal.community.url))
    response = client.get(community_feed)
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("application/rss+xml")

    calendar_links = [a["href"] for a in page.find_all("a", href=True) if ".ics" in a["href"]]
    assert calendar_links
    response = client.get(calendar_links[0])
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/calendar")


def test_meeting_page_links_to_its_calendar_file(client, portal):
    page = soup(client.get(portal.meeting.url))
    links = [a["href"] for a in page.find_all("a", href=True) if a["href"].endswith(".ics")]
    assert links
    for href in links:
        response = client.get(href)
        assert response.status_code == HTTPStatus.OK
        assert response["Content-Type"].startswith("text/calendar")
