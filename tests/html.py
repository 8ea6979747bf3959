"""Reading the portal's pages in tests."""

from http import HTTPStatus

from bs4 import BeautifulSoup
from django.utils.translation import gettext, override


def soup(response):
    """The parsed page of a response that must have succeeded."""
    assert response.status_code == HTTPStatus.OK, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def text(element):
    """An element's text, its white space collapsed."""
    return " ".join(element.get_text(" ", strip=True).split())


def it(msgid, **values):
    """The Italian of a msgid, as the pages under /it/ show it, with or without the catalogue;
    `values` fill its placeholders."""
    with override("it"):
        message = gettext(msgid)
    return message % values if values else message
