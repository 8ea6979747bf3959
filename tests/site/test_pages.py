"""Home pages, the language switcher, error pages, sitemap and robots.txt."""

import json
from http import HTTPStatus
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import override_settings
from wagtail.models import Locale, Page, Site

from cdp_pages.models import HomePage
from tests.factories import HomePageFactory

pytestmark = pytest.mark.django_db

SITEMAP_NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_setup_creates_both_locales_and_a_home_per_locale():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"it", "en"}
    homes = HomePage.objects.select_related("locale")
    assert {home.locale.language_code for home in homes} == {"it", "en"}
    assert len({home.translation_key for home in homes}) == 1
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific.locale.language_code == "it"
    assert not Page.objects.filter(depth=2, content_type__app_label="wagtailcore").exists()


def test_root_redirects_to_a_language(client):
    response = client.get("/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] in {"/it/", "/en/"}


@pytest.mark.parametrize(
    ("prefix", "lang", "skip_text", "title_fragment"),
    [
        ("/it/", "it", "Vai al contenuto principale", "Comunità di pratica"),
        ("/en/", "en", "Skip to main content", "Communities of practice"),
    ],
)
def test_home_renders_in_each_language(client, prefix, lang, skip_text, title_fragment):
    response = client.get(prefix)
    assert response.status_code == HTTPStatus.OK
    page = soup(response)
    assert page.html["lang"] == lang
    assert page.find("a", class_="skip-link").get_text(strip=True) == skip_text
    assert title_fragment in page.h1.get_text()
    for landmark in ("header", "nav", "main", "footer"):
        assert page.find(landmark) is not None, landmark
    assert page.find("main")["id"] == "main"


def test_switcher_links_to_the_translated_counterpart(client, home_it, home_en):
    response = client.get("/it/")
    switcher = soup(response).find("nav", class_="language-switcher")
    links = {a["hreflang"]: a["href"] for a in switcher.find_all("a")}
    assert links == {"en": home_en.url}
    current = switcher.find(attrs={"aria-current": "true"})
    assert current["lang"] == "it"


def test_switcher_leads_to_the_not_available_page(client, home_en, rf):
    # A page that exists only in Italian: the English link says it is not available.
    it_home = HomePage.objects.get(locale__language_code="it")
    only_italian = HomePageFactory.build(title="Solo in italiano", slug="solo-italiano")
    it_home.add_child(instance=only_italian)
    response = client.get(only_italian.url)
    switcher = soup(response).find("nav", class_="language-switcher")
    assert switcher.find("a", hreflang="en")["href"] == f"/en/not-translated/{only_italian.pk}/"


def test_head_carries_canonical_hreflang_and_json_ld(client, home_it, home_en):
    page = soup(client.get("/it/"))
    assert page.find("link", rel="canonical")["href"].endswith("/it/")
    alternates = {
        link["hreflang"]: link["href"]
        for link in page.find_all("link", rel="alternate")
        if link.has_attr("hreflang")
    }
    assert alternates["en"].endswith("/en/")
    assert alternates["it"].endswith("/it/")
    assert page.find("meta", property="og:title")["content"] == home_it.title
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == "WebSite"
    assert data["inLanguage"] == "it"


@pytest.mark.parametrize(
    ("prefix", "heading"),
    [("/it/", "Pagina non trovata"), ("/en/", "Page not found")],
)
@override_settings(DEBUG=False)
def test_404_in_each_language(client, prefix, heading):
    response = client.get(prefix + "non-esiste/")
    assert response.status_code == HTTPStatus.NOT_FOUND
    page = soup(response)
    assert page.h1.get_text(strip=True) == heading
    assert page.html["lang"] == prefix.strip("/")


@pytest.mark.parametrize(("lang", "heading"), [("it", "Errore del server"), ("en", "Server error")])
def test_500_page_in_each_language(lang, heading):
    from django.template import loader
    from django.utils import translation

    with translation.override(lang):
        html = loader.get_template("500.html").render()
    page = BeautifulSoup(html, "html.parser")
    assert page.h1.get_text(strip=True) == heading
    assert page.html["lang"] == lang


def test_sitemap_lists_both_homes_with_hreflang_alternates(client, home_it, home_en):
    response = client.get("/sitemap.xml")
    assert response.status_code == HTTPStatus.OK
    tree = ElementTree.fromstring(response.content)
    urls = tree.findall("sm:url", SITEMAP_NS)
    locations = [url.find("sm:loc", SITEMAP_NS).text for url in urls]
    assert any(loc.endswith("/it/") for loc in locations)
    assert any(loc.endswith("/en/") for loc in locations)
    for url in urls:
        alternates = url.findall("xhtml:link", SITEMAP_NS)
        assert {link.get("hreflang") for link in alternates} == {"it", "en"}


def test_robots_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_roles_exist_with_their_permissions(home_en):
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Partners", "Editors", "Moderators", "Translators"} <= names
    editors = Group.objects.get(name="Editors")
    editor_page_perms = set(editors.page_permissions.values_list("permission__codename", flat=True))
    assert "publish_page" in editor_page_perms
    partners = Group.objects.get(name="Partners")
    assert not partners.page_permissions.filter(permission__codename="publish_page").exists()
    translators = Group.objects.get(name="Translators")
    assert set(translators.page_permissions.values_list("page_id", "permission__codename")) == {
        (home_en.pk, "change_page"),
        (home_en.pk, "publish_page"),
    }
    for group in (editors, partners, translators, Group.objects.get(name="Moderators")):
        assert group.permissions.filter(codename="access_admin").exists()
