"""A search as visitors ask it, and its results, whatever the backend.

`SearchQuery.from_params` turns query-string parameters into a bounded, clean query: the text
is cut to `MAX_QUERY_LENGTH` characters and `MAX_TERMS` words, control characters are dropped,
and facet filters keep only known facet names and at most `MAX_FILTER_VALUES` short values
each. Backends never see raw input.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from .index import FACET_NAMES
from .models import SearchEntry

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_FILTER_VALUES = 20
PER_PAGE = 20
MAX_PAGE = 500
SORTS = ("relevance", "date")

FACET_TITLES = {
    "type": _("Content type"),
    "community": _("Community"),
    "theme": _("Theme"),
    "topic": _("Topic"),
    "project": _("Project"),
    "maturity": _("Maturity"),
    "year": _("Year"),
}
# Words (letters and digits, with inner apostrophes or hyphens), in any script.
WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")


def facet_label(name, value, stored):
    """What visitors read for a facet value: content types and maturities are stored as codes
    and shown by their translated names; other labels (titles, topic names, years) as stored."""
    try:
        if name == "type":
            return str(SearchEntry.Kind(value).label)
        if name == "maturity":
            from cdp_pages.models import SolutionCardPage

            return str(SolutionCardPage.Maturity(value).label)
    except ValueError:
        pass
    return str(stored or value)


def clean_text(raw):
    """The visitor's text, bounded and without control or format characters."""
    text = "".join(
        " " if unicodedata.category(char)[0] in "CZ" else char for char in str(raw or "")[:2000]
    )
    text = " ".join(text.split())[:MAX_QUERY_LENGTH]
    return " ".join(text.split(" ")[:MAX_TERMS])


def terms(text):
    """The words of a cleaned text, lower-cased: what backends match, without operators."""
    return [word.lower() for word in WORD.findall(text)][:MAX_TERMS]


@dataclass
class SearchQuery:
    text: str = ""
    locale: str | None = None  # a language code, or None for every language
    filters: dict = field(default_factory=dict)  # facet name -> list of values
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE

    @property
    def terms(self):
        return terms(self.text)

    @classmethod
    def from_params(cls, params, language_code):
        """From a QueryDict (request.GET): q, lang=all, sort, page and one list per facet."""
        filters = {}
        for name in FACET_NAMES:
            values = [clean_text(value)[:64] for value in params.getlist(name)[:MAX_FILTER_VALUES]]
            values = list(dict.fromkeys(value for value in values if value))
            if values:
                filters[name] = values
        try:
            page = min(max(int(params.get("page", 1)), 1), MAX_PAGE)
        except (TypeError, ValueError):
            page = 1
        sort = params.get("sort") if params.get("sort") in SORTS else "relevance"
        locale = None if params.get("lang") == "all" else language_code
        return cls(clean_text(params.get("q", "")), locale, filters, sort, page)


@dataclass
class Hit:
    title: str
    url: str
    kind: str
    locale: str
    snippet: str = ""  # safe HTML: escaped text with <mark> around matched terms
    date: object = None

    @property
    def kind_label(self):
        return SearchEntry.Kind(self.kind).label


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class SearchResults:
    query: SearchQuery
    total: int = 0
    hits: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)  # facet name -> [FacetValue]
    suggestion: str = ""  # a corrected query, when the text found nothing
    message: str = ""  # a translated note for the visitor, when the query had to change

    @property
    def pages(self):
        return max(1, -(-self.total // self.query.per_page))

    def as_json(self):
        """The public JSON shape of the results."""
        return {
            "query": self.query.text,
            "total": self.total,
            "results": [
                {
                    "title": hit.title,
                    "url": hit.url,
                    "type": hit.kind,
                    "snippet": hit.snippet,
                    "locale": hit.locale,
                }
                for hit in self.hits
            ],
            "facets": {
                name: [
                    {"value": value.value, "label": str(value.label), "count": value.count}
                    for value in values
                ]
                for name, values in self.facets.items()
            },
        }
