"""Citations of an article: names, BibTeX, RIS, CSL-JSON and the formatted reference."""

import datetime
import json
import re

import bibtexparser
import pytest
from django.utils.translation import override

from cdp_pages.citations import (
    Citation,
    CitationAuthor,
    bibtex_escape,
    split_name,
    to_bibtex,
    to_csl_json,
    to_ris,
)


@pytest.mark.parametrize(
    ("name", "given", "family"),
    [
        ("Maria De Luca", "Maria", "De Luca"),
        ("Marco Rossi", "Marco", "Rossi"),
        ("Anna Maria Della Valle", "Anna Maria", "Della Valle"),
        ("Paolo di Stefano", "Paolo", "di Stefano"),
        ("Giovanni Lo Bianco", "Giovanni", "Lo Bianco"),
        ("Ludwig van der Berg", "Ludwig", "van der Berg"),
        ("Chiara D' Amico", "Chiara", "D' Amico"),
        ("Leonardo Da Vinci", "Leonardo", "Da Vinci"),
        ("Ugo La Malfa", "Ugo", "La Malfa"),
        ("Galileo", "", "Galileo"),
        ("  Luca   Verdi ", "Luca", "Verdi"),
        ("", "", ""),
        # A particle as the only given name stays a given name.
        ("De Luca", "De", "Luca"),
    ],
)
def test_split_name(name, given, family):
    assert split_name(name) == (given, family)


def test_initials():
    assert CitationAuthor("Maria Chiara De Luca").inverted == "De Luca, M. C."
    assert CitationAuthor("Jean-Paul Rossi").inverted == "Rossi, J.-P."
    assert CitationAuthor("Galileo").inverted == "Galileo"


def test_bibtex_escape():
    assert bibtex_escape("50% & $5 #1 a_b ~ ^ {x} \\") == (
        r"50\% \& \$5 \#1 a\_b \textasciitilde{} \textasciicircum{} \{x\} \textbackslash{}"
    )
    assert bibtex_escape("Biodiversità\nè  qui") == "Biodiversità è qui"


def chapter(**changes):
    values = {
        "title": "Le risaie come habitat: 50% & più",
        "authors": [
            CitationAuthor("Maria De Luca", "Università Immaginaria"),
            CitationAuthor("Marco Rossi"),
            CitationAuthor("Niccolò Bianchi"),
        ],
        "date": datetime.date(2024, 5, 20),
        "url": "http://localhost/it/pubblicazioni/q/le-risaie/",
        "language": "it",
        "abstract": "Le risaie ospitano anfibi {rari}.",
        "keywords": ["anfibi", "risaie"],
        "book_title": "Acqua e biodiversità",
        "series_number": 3,
        "editors": [CitationAuthor("Anna Neri"), CitationAuthor("Paolo Di Stefano")],
        "isbn": "978-88-0000-000-0",
        "slug": "le-risaie",
    }
    values.update(changes)
    return Citation(**values)


def journal_article():
    return chapter(
        journal="Rivista di ecologia",
        volume="12",
        issue="3",
        pages="45-67",
        journal_year=2025,
        doi="10.1234/rane_2025",
    )


def test_citation_key_is_stable_ascii():
    assert chapter().key == "deluca2024le"
    assert chapter(authors=[CitationAuthor("Niccolò Ça")], title="Èra").key == "ca2024era"
    assert chapter(authors=[], date=None, title="").key == "anon"


def test_bibtex_chapter_parses():
    text = to_bibtex(chapter())
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    (entry,) = library.entries
    assert entry.entry_type == "incollection"
    assert entry.key == "deluca2024le"
    fields = entry.fields_dict
    assert fields["author"].value == "De Luca, Maria and Rossi, Marco and Bianchi, Niccolò"
    assert fields["title"].value == r"Le risaie come habitat: 50\% \& più"
    assert fields["booktitle"].value == "Acqua e biodiversità"
    assert fields["editor"].value == "Neri, Anna and Di Stefano, Paolo"
    assert fields["year"].value == "2024"
    assert fields["isbn"].value == "978-88-0000-000-0"
    assert fields["number"].value == "3"
    assert fields["url"].value == "http://localhost/it/pubblicazioni/q/le-risaie/"
    assert fields["abstract"].value == r"Le risaie ospitano anfibi \{rari\}."
    assert fields["keywords"].value == "anfibi, risaie"
    assert "doi" not in fields


def test_bibtex_journal_article_parses():
    library = bibtexparser.parse_string(to_bibtex(journal_article()))
    (entry,) = library.entries
    assert entry.entry_type == "article"
    fields = entry.fields_dict
    assert fields["journal"].value == "Rivista di ecologia"
    assert fields["volume"].value == "12"
    assert fields["number"].value == "3"
    assert fields["pages"].value == "45--67"
    assert fields["year"].value == "2025"
    assert fields["doi"].value == r"10.1234/rane\_2025"
    assert "booktitle" not in fields


RIS_LINE = re.compile(r"^[A-Z][A-Z0-9]  - .*$")


def ris_lines(text):
    assert "\r\n" in text
    assert "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")
    assert lines[-1] == ""
    return lines[:-1]


def test_ris_chapter():
    lines = ris_lines(to_ris(chapter()))
    assert all(RIS_LINE.match(line) for line in lines), lines
    assert lines[0] == "TY  - CHAP"
    assert lines[-1] == "ER  - "
    assert [line for line in lines if line.startswith("AU")] == [
        "AU  - De Luca, Maria",
        "AU  - Rossi, Marco",
        "AU  - Bianchi, Niccolò",
    ]
    assert [line for line in lines if line.startswith("A2")] == [
        "A2  - Neri, Anna",
        "A2  - Di Stefano, Paolo",
    ]
    assert "T2  - Acqua e biodiversità" in lines
    assert "SN  - 978-88-0000-000-0" in lines
    assert "PY  - 2024" in lines
    assert "DA  - 2024/05/20" in lines
    assert "KW  - anfibi" in lines


def test_ris_journal_article():
    lines = ris_lines(to_ris(journal_article()))
    assert all(RIS_LINE.match(line) for line in lines), lines
    assert lines[0] == "TY  - JOUR"
    assert lines[-1] == "ER  - "
    for line in ("JO  - Rivista di ecologia", "VL  - 12", "IS  - 3", "SP  - 45", "EP  - 67"):
        assert line in lines
    assert "DO  - 10.1234/rane_2025" in lines
    assert "PY  - 2025" in lines


def test_ris_folds_line_breaks():
    lines = ris_lines(to_ris(chapter(abstract="Prima riga.\nSeconda riga.")))
    assert "AB  - Prima riga. Seconda riga." in lines


def test_csl_json_chapter():
    (item,) = json.loads(to_csl_json(chapter()))
    assert item["id"] == "deluca2024le"
    assert item["type"] == "chapter"
    assert item["title"] == "Le risaie come habitat: 50% & più"
    assert item["author"] == [
        {"family": "De Luca", "given": "Maria"},
        {"family": "Rossi", "given": "Marco"},
        {"family": "Bianchi", "given": "Niccolò"},
    ]
    assert item["editor"][1] == {"family": "Di Stefano", "given": "Paolo"}
    assert item["issued"] == {"date-parts": [[2024, 5, 20]]}
    assert item["container-title"] == "Acqua e biodiversità"
    assert item["ISBN"] == "978-88-0000-000-0"
    assert item["URL"] == "http://localhost/it/pubblicazioni/q/le-risaie/"
    assert item["language"] == "it"
    assert item["abstract"] == "Le risaie ospitano anfibi {rari}."
    assert "DOI" not in item


def test_csl_json_journal_article():
    (item,) = json.loads(to_csl_json(journal_article()))
    assert item["type"] == "article-journal"
    assert item["container-title"] == "Rivista di ecologia"
    assert item["volume"] == "12"
    assert item["issue"] == "3"
    assert item["page"] == "45-67"
    assert item["DOI"] == "10.1234/rane_2025"
    assert item["issued"] == {"date-parts": [[2025]]}


def test_csl_json_single_name_is_literal():
    (item,) = json.loads(to_csl_json(chapter(authors=[CitationAuthor("Galileo")])))
    assert item["author"] == [{"literal": "Galileo"}]


@override("en")
def test_formatted_reference():
    assert chapter().text() == (
        "De Luca, M., Rossi, M., Bianchi, N. (2024). Le risaie come habitat: 50% & più. "
        "In Neri, A., Di Stefano, P. (eds.), Acqua e biodiversità "
        "(I quaderni dell'osservatorio, 3). ISBN 978-88-0000-000-0. "
        "http://localhost/it/pubblicazioni/q/le-risaie/"
    )
    assert journal_article().text() == (
        "De Luca, M., Rossi, M., Bianchi, N. (2025). Le risaie come habitat: 50% & più. "
        "Rivista di ecologia, 12(3), 45–67. https://doi.org/10.1234/rane_2025"
    )
