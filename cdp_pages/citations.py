"""How to cite an article of a Quaderno: the formatted reference, the BibTeX, RIS and CSL-JSON
downloads and the Highwire Press meta tags that reference managers and Google Scholar read.

Everything starts from `Citation.of(article)`, which reads the article once: the formats are
plain functions of that record. An article that also appeared in a journal is cited as the
journal article; otherwise it is cited as a chapter of its Quaderno.
"""

import datetime
import json
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import quote

from django.utils.translation import gettext as _

__all__ = [
    "Citation",
    "CitationAuthor",
    "bibtex_escape",
    "doi_url",
    "split_name",
    "to_bibtex",
    "to_csl_json",
    "to_ris",
]

SERIES = "I quaderni dell'osservatorio"

# Words that belong to the family name when they come before its last word:
# "Maria De Luca" is De Luca, Maria; "Ludwig van Beethoven" is van Beethoven, Ludwig.
PARTICLES = {
    "d'",
    "da",
    "dal",
    "dall'",
    "dalla",
    "de",
    "dei",
    "del",
    "dell'",
    "della",
    "delle",
    "der",
    "di",
    "du",
    "la",
    "le",
    "lo",
    "van",
    "von",
}


def split_name(name):
    """(given, family) of a full name written "Given names Family name".

    The last word is the family name, with the particles before it (De, Del, Della, Di, Da,
    Lo, La, Van, Von…), so "Maria De Luca" gives ("Maria", "De Luca"). A single word is a
    family name.
    """
    words = name.split()
    if not words:
        return "", ""
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


@dataclass
class CitationAuthor:
    name: str
    institution: str = ""

    @property
    def given(self):
        return split_name(self.name)[0]

    @property
    def family(self):
        return split_name(self.name)[1]

    @property
    def initials(self):
        """ "Maria Chiara" → "M. C."; hyphenated names keep the hyphen: "J.-P."."""
        parts = []
        for word in self.given.split():
            parts.append("-".join(f"{piece[0]}." for piece in word.split("-") if piece))
        return " ".join(parts)

    @property
    def inverted(self):
        """ "De Luca, M." as in a reference list."""
        return f"{self.family}, {self.initials}" if self.initials else self.family


@dataclass
class Citation:
    """What a citation needs to know about an article, read once from the page."""

    title: str
    authors: list
    date: datetime.date | None
    url: str
    language: str
    abstract: str = ""
    keywords: list = field(default_factory=list)
    doi: str = ""
    book_title: str = ""
    series_number: int | None = None
    editors: list = field(default_factory=list)
    isbn: str = ""
    journal: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    journal_year: int | None = None
    slug: str = "article"

    @classmethod
    def of(cls, article, request=None):
        quaderno = article.quaderno
        if quaderno is not None and quaderno.publication_date:
            date = quaderno.publication_date
        elif article.first_published_at:
            date = article.first_published_at.date()
        else:
            date = None
        return cls(
            title=article.title,
            authors=[
                CitationAuthor(author.person.name, author.signed_affiliation)
                for author in article.byline
            ],
            date=date,
            url=article.get_full_url(request) or "",
            language=article.locale.language_code,
            abstract=article.abstract,
            keywords=article.keyword_list,
            doi=article.doi,
            book_title=quaderno.title if quaderno else "",
            series_number=quaderno.series_number if quaderno else None,
            editors=[
                CitationAuthor(editor.person.name)
                for editor in (quaderno.editor_list if quaderno else [])
            ],
            isbn=quaderno.isbn if quaderno else "",
            journal=article.journal,
            volume=article.journal_volume,
            issue=article.journal_issue,
            pages=re.sub(r"\s*[-–]\s*", "-", article.journal_pages),
            journal_year=article.journal_year,
            slug=article.slug,
        )

    @property
    def is_journal_article(self):
        return bool(self.journal)

    @property
    def year(self):
        if self.is_journal_article and self.journal_year:
            return self.journal_year
        return self.date.year if self.date else None

    @property
    def first_page(self):
        return self.pages.split("-")[0] if self.pages else ""

    @property
    def last_page(self):
        return self.pages.split("-")[-1] if "-" in self.pages else ""

    @property
    def doi_url(self):
        return doi_url(self.doi)

    @property
    def key(self):
        """A stable ASCII citation key: first author's family name, year, first title word."""
        family = self.authors[0].family if self.authors else "anon"
        words = re.findall(r"[A-Za-z0-9]+", ascii_text(self.title))
        first_word = words[0] if words else ""
        key = f"{ascii_text(family)}{self.year or ''}{first_word}".lower()
        return re.sub(r"[^a-z0-9]", "", key) or "article"

    def text(self):
        """The formatted reference shown under "How to cite"."""
        authors = ", ".join(author.inverted for author in self.authors)
        year = self.year or _("n.d.")
        parts = [f"{authors} ({year}). {self.title}."]
        if self.is_journal_article:
            journal = self.journal
            if self.volume:
                journal += f", {self.volume}"
                if self.issue:
                    journal += f"({self.issue})"
            elif self.issue:
                journal += f", {self.issue}"
            if self.pages:
                journal += f", {self.pages.replace('-', '–')}"
            parts.append(f"{journal}.")
        elif self.book_title:
            book = _("In")
            if self.editors:
                names = ", ".join(editor.inverted for editor in self.editors)
                label = _("ed.") if len(self.editors) == 1 else _("eds.")
                book += f" {names} ({label}),"
            book += f" {self.book_title}"
            if self.series_number:
                book += f" ({SERIES}, {self.series_number})"
            parts.append(f"{book}.")
            if self.isbn:
                parts.append(f"ISBN {self.isbn}.")
        parts.append(self.doi_url or self.url)
        return " ".join(parts)

    def highwire_tags(self):
        """(name, content) pairs of the Highwire Press meta tags, in order."""
        tags = [("citation_title", self.title)]
        for author in self.authors:
            tags.append(("citation_author", author.name))
            if author.institution:
                tags.append(("citation_author_institution", author.institution))
        if self.is_journal_article and self.journal_year:
            tags.append(("citation_publication_date", str(self.journal_year)))
        elif self.date:
            tags.append(("citation_publication_date", self.date.strftime("%Y/%m/%d")))
        if self.doi:
            tags.append(("citation_doi", self.doi))
        if self.is_journal_article:
            tags.append(("citation_journal_title", self.journal))
            for name, value in (
                ("citation_volume", self.volume),
                ("citation_issue", self.issue),
                ("citation_firstpage", self.first_page),
                ("citation_lastpage", self.last_page),
            ):
                if value:
                    tags.append((name, value))
        else:
            if self.book_title:
                tags.append(("citation_inbook_title", self.book_title))
            if self.isbn:
                tags.append(("citation_isbn", self.isbn))
        tags.append(("citation_language", self.language))
        if self.keywords:
            tags.append(("citation_keywords", "; ".join(self.keywords)))
        tags.append(("citation_abstract_html_url", self.url))
        return tags


def doi_url(doi):
    """The resolver address of a DOI, or an empty string."""
    return f"https://doi.org/{quote(doi, safe='/:;()')}" if doi else ""


def ascii_text(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


# BibTeX ------------------------------------------------------------------------------------

BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def bibtex_escape(text):
    """Text for a BibTeX field value: LaTeX's special characters escaped, line breaks folded.

    Other characters stay as they are: the file is UTF-8, which biber and biblatex read
    (and BibTeX 8-bit, with `inputenc`), so accented Italian letters need no macros."""
    escaped = "".join(BIBTEX_SPECIAL.get(char, char) for char in text)
    return " ".join(escaped.split())


def bibtex_names(people):
    return " and ".join(
        bibtex_escape(f"{person.family}, {person.given}" if person.given else person.family)
        for person in people
    )


def to_bibtex(citation):
    """One BibTeX entry: @article for a journal publication, else @incollection."""
    if citation.is_journal_article:
        kind = "article"
        fields = [
            ("author", bibtex_names(citation.authors)),
            ("title", bibtex_escape(citation.title)),
            ("journal", bibtex_escape(citation.journal)),
            ("year", str(citation.year or "")),
            ("volume", bibtex_escape(citation.volume)),
            ("number", bibtex_escape(citation.issue)),
            ("pages", citation.pages.replace("-", "--")),
        ]
    else:
        kind = "incollection"
        fields = [
            ("author", bibtex_names(citation.authors)),
            ("title", bibtex_escape(citation.title)),
            ("booktitle", bibtex_escape(citation.book_title)),
            ("editor", bibtex_names(citation.editors)),
            ("series", bibtex_escape(SERIES) if citation.series_number else ""),
            ("number", str(citation.series_number or "")),
            ("year", str(citation.year or "")),
            ("isbn", bibtex_escape(citation.isbn)),
        ]
    fields += [
        ("doi", bibtex_escape(citation.doi)),
        ("url", bibtex_escape(citation.url)),
        ("language", bibtex_escape(citation.language)),
        ("keywords", bibtex_escape(", ".join(citation.keywords))),
        ("abstract", bibtex_escape(citation.abstract)),
    ]
    lines = [f"@{kind}{{{citation.key},"]
    lines += [f"  {name} = {{{value}}}," for name, value in fields if value]
    lines.append("}")
    return "\n".join(lines) + "\n"


# RIS ---------------------------------------------------------------------------------------


def to_ris(citation):
    """One RIS record: JOUR for a journal publication, else CHAP. Lines end with CRLF, as
    the RIS specification asks."""
    kind = "JOUR" if citation.is_journal_article else "CHAP"
    lines = [("TY", kind)]
    lines += [("AU", f"{a.family}, {a.given}" if a.given else a.family) for a in citation.authors]
    lines.append(("TI", citation.title))
    if citation.is_journal_article:
        lines += [
            ("JO", citation.journal),
            ("VL", citation.volume),
            ("IS", citation.issue),
            ("SP", citation.first_page),
            ("EP", citation.last_page),
        ]
    else:
        lines += [("T2", citation.book_title)]
        lines += [
            ("A2", f"{e.family}, {e.given}" if e.given else e.family) for e in citation.editors
        ]
        if citation.series_number:
            lines += [("T3", SERIES), ("M1", str(citation.series_number))]
        lines.append(("SN", citation.isbn))
    if citation.year:
        lines.append(("PY", str(citation.year)))
    if citation.date and not citation.is_journal_article:
        lines.append(("DA", citation.date.strftime("%Y/%m/%d")))
    lines += [("DO", citation.doi), ("UR", citation.url), ("LA", citation.language)]
    lines += [("KW", keyword) for keyword in citation.keywords]
    lines.append(("AB", citation.abstract))
    text = "".join(
        f"{tag}  - {' '.join(value.split())}\r\n" for tag, value in lines if value and value.strip()
    )
    return text + "ER  - \r\n"


# CSL-JSON ----------------------------------------------------------------------------------


def csl_names(people):
    return [
        {"family": person.family, "given": person.given}
        if person.given
        else {"literal": person.name}
        for person in people
    ]


def to_csl_json(citation):
    """A CSL-JSON array holding the article: "article-journal" or "chapter"."""
    item = {
        "id": citation.key,
        "type": "article-journal" if citation.is_journal_article else "chapter",
        "title": citation.title,
        "author": csl_names(citation.authors),
        "URL": citation.url,
        "language": citation.language,
    }
    if citation.year:
        parts = [citation.year]
        if citation.date and citation.date.year == citation.year:
            parts += [citation.date.month, citation.date.day]
        item["issued"] = {"date-parts": [parts]}
    if citation.is_journal_article:
        item["container-title"] = citation.journal
        for name, value in (
            ("volume", citation.volume),
            ("issue", citation.issue),
            ("page", citation.pages),
        ):
            if value:
                item[name] = value
    else:
        if citation.book_title:
            item["container-title"] = citation.book_title
        if citation.editors:
            item["editor"] = csl_names(citation.editors)
        if citation.series_number:
            item["collection-title"] = SERIES
            item["collection-number"] = citation.series_number
        if citation.isbn:
            item["ISBN"] = citation.isbn
    if citation.doi:
        item["DOI"] = citation.doi
    if citation.abstract:
        item["abstract"] = citation.abstract
    if citation.keywords:
        item["keyword"] = ", ".join(citation.keywords)
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"
