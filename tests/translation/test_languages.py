"""A content language is added by settings alone: French, here, with no code change."""

from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Locale

from cdp_pages.models import SolutionCardPage

FRENCH = [("it", "Italiano"), ("en", "English"), ("fr", "Français")]


@pytest.fixture
def french(db, settings):
    settings.LANGUAGES = FRENCH
    settings.WAGTAIL_CONTENT_LANGUAGES = FRENCH
    # What `manage.py migrate` does after the settings change.
    call_command("migrate", verbosity=0)
    return Locale.objects.get(language_code="fr")


def test_migrate_creates_the_locale_of_a_new_language(french):
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"it", "en", "fr"}


def test_a_site_translated_into_french_is_served_under_fr(french, portal, translate, client):
    translate(portal.home, "fr", {portal.card.title: "Réunions à la ferme"}, subtree=True)
    card_fr = SolutionCardPage.objects.get(locale=french)
    assert (
        card_fr.url
        == "/fr/"
        + "/".join(f"{part}-fr" for part in portal.card.url.strip("/").split("/")[1:])
        + "/"
    )

    response = client.get(card_fr.url)
    assert response.status_code == HTTPStatus.OK
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "fr"
    assert soup.h1.get_text(strip=True) == "Réunions à la ferme"
    alternates = {
        link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')
    }
    assert alternates["fr"].endswith(card_fr.url)
    assert alternates["it"].endswith(portal.card.url)

    # The Italian page's language switcher leads to the French card.
    soup = BeautifulSoup(client.get(portal.card.url).content, "html.parser")
    switcher = {a["hreflang"]: a["href"] for a in soup.select("a[hreflang][lang]")}
    assert switcher["fr"] == card_fr.url
