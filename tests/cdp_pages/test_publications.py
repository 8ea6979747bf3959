"""The public side of publications: the index of the Quaderni, a Quaderno's title page and
contents, an article with its notes, references and "How to cite", the citation downloads,
the Highwire Press meta tags and the JSON-LD."""

import datetime
import json
from decimal import Decimal
from http import HTTPStatus

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.test import RequestFactory
from django.utils.translation import gettext, override
from wagtail.models import Locale

from cdp_pages.models import ArticlePage, Licence
from cdp_pages.models.publications import link_footnote_markers
from tests import factories
from tests.conftest import fake_translation
from tests.html import it, soup, text

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def publication(portal):
    """A Quaderno with a cover, two editors and an ISBN, and an article with three authors,
    a body of every kind of block, footnotes, references and related pages."""
    publications = factories.PublicationIndexPageFactory(parent=portal.home)
    quaderno = factories.QuadernoPageFactory(
        parent=publications,
        title="Acqua e biodiversità",
        subtitle="Esperienze dalle risaie",
        series_number=3,
        community=portal.community,
        publication_date=datetime.date(2024, 5, 20),
        isbn="978-88-0000-000-0",
        licence=Licence.CC_BY_SA,
        cover_image=wagtail_factories.ImageFactory(title="Copertina"),
        introduction="<p>Un quaderno a più voci.</p>",
    )
    factories.QuadernoEditorFactory(page=quaderno, person=factories.PersonFactory(name="Anna Neri"))
    factories.QuadernoEditorFactory(
        page=quaderno, person=factories.PersonFactory(name="Paolo Di Stefano")
    )
    university = factories.OrganizationFactory(name="Università Immaginaria")
    article = factories.ArticlePageFactory(
        parent=quaderno,
        title="Le risaie come habitat",
        abstract="Le risaie ospitano anfibi.",
        keywords="anfibi, risaie, Rete Natura 2000",
        body=json.dumps(
            [
                {"type": "heading", "value": "Il contesto"},
                {
                    "type": "paragraph",
                    "value": '<p>Le pozze [1] aiutano <a href="https://example.org/[2]">rane</a>'
                    " [2]; il [9] resta testo, e ancora [1].</p>",
                },
                {
                    "type": "figure",
                    "value": {
                        "image": wagtail_factories.ImageFactory(title="Pozza").pk,
                        "alt": "Una pozza appena scavata",
                        "caption": "<p>La pozza del <i>2019</i>.</p>",
                        "credit": "Archivio del progetto",
                    },
                },
                {
                    "type": "table",
                    "value": {
                        "caption": "Pozze scavate",
                        "table": {
                            "columns": [
                                {"type": "text", "heading": "Anno"},
                                {"type": "number", "heading": "Pozze"},
                            ],
                            "rows": [{"values": ["2019", "3"]}, {"values": ["2020", "5"]}],
                            "caption": "",
                        },
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "text": "Senza volontari niente pozze.",
                        "attribution": "Un guardiaparco",
                    },
                },
                {
                    "type": "figure",
                    "value": {
                        "image": wagtail_factories.ImageFactory(title="Rana").pk,
                        "alt": "Una rana di Lataste",
                        "caption": "<p>Una rana.</p>",
                        "credit": "",
                    },
                },
            ]
        ),
        footnotes=json.dumps(
            [
                {"type": "note", "value": "<p>Vedi <i>Rana latastei</i> &amp; altri.</p>"},
                {"type": "note", "value": "<p>Dati del 2020.</p>"},
                {"type": "note", "value": "<p>Una nota mai citata.</p>"},
            ]
        ),
        references=json.dumps(
            [
                {
                    "type": "reference",
                    "value": {
                        "citation": "Costanza R. et al. (1997). The value of the world's "
                        "ecosystem services. Nature, 387, 253-260.",
                        "doi": "10.1038/387253a0",
                        "url": "",
                    },
                },
                {
                    "type": "reference",
                    "value": {
                        "citation": "Regione Lombardia (2019). Rete Natura 2000.",
                        "doi": "",
                        "url": "https://example.org/natura2000",
                    },
                },
            ]
        ),
    )
    factories.ArticleAuthorFactory(
        page=article, person=factories.PersonFactory(name="Maria De Luca", affiliation=university)
    )
    factories.ArticleAuthorFactory(
        page=article,
        person=factories.PersonFactory(name="Marco Rossi", affiliation=None),
        affiliation="Parco Regionale Immaginario",
    )
    factories.ArticleAuthorFactory(
        page=article, person=factories.PersonFactory(name="Giulia Bianchi", affiliation=university)
    )
    article.themes.add(portal.theme)
    article.lessons.add(portal.lesson)
    article.solutions.add(portal.card)
    article.save_revision().publish()
    article.refresh_from_db()
    return {"index": publications, "quaderno": quaderno, "article": article, "portal": portal}


# Footnote markers --------------------------------------------------------------------------


def test_footnote_markers_link_only_existing_notes_in_text():
    linked = set()
    html = link_footnote_markers(
        '<p>A [1] b [3] <a href="/x[1]">c [1]</a> <span title="[2]">d</span> [1]</p>', 2, linked
    )
    assert html == (
        '<p>A <sup class="footnote-ref"><a href="#fn-1" id="fnref-1"'
        ' aria-describedby="footnotes-title">1</a></sup> b [3] <a href="/x[1]">c [1]</a>'
        ' <span title="[2]">d</span> <sup class="footnote-ref"><a href="#fn-1"'
        ' aria-describedby="footnotes-title">1</a></sup></p>'
    )
    assert linked == {1}


def test_article_links_markers_to_notes_and_back(client, publication):
    main = soup(client.get(publication["article"].url)).find("main")
    body = main.find("div", class_="body")
    refs = body.find_all("sup", class_="footnote-ref")
    assert [ref.a["href"] for ref in refs] == ["#fn-1", "#fn-2", "#fn-1"]
    assert [ref.a.get("id") for ref in refs] == ["fnref-1", "fnref-2", None]
    assert "[9]" in text(body)
    # The marker inside the link's address is left alone.
    assert body.find("a", href="https://example.org/[2]")
    notes = main.find("section", class_="footnotes").find_all("li")
    assert [note["id"] for note in notes] == ["fn-1", "fn-2", "fn-3"]
    assert notes[0].find("a", class_="footnote-back")["href"] == "#fnref-1"
    assert notes[2].find("a", class_="footnote-back") is None
    # The note's rich text is rendered once: neither escaped twice nor unescaped.
    assert notes[0].i.string == "Rana latastei"
    assert "Vedi Rana latastei & altri." in text(notes[0])


def test_footnote_text_is_not_marked_safe(client, publication):
    article = publication["article"]
    article.body = [
        ("paragraph", "<p>Testo [1] &lt;script&gt;alert(1)&lt;/script&gt;</p>"),
    ]
    article.save_revision().publish()
    response = client.get(article.url)
    assert b"<script>alert(1)</script>" not in response.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in response.content


# Pages -------------------------------------------------------------------------------------


def test_publication_index_lists_quaderni(client, publication):
    page = soup(client.get(publication["index"].url))
    card = page.find("a", string="Acqua e biodiversità").find_parent("article")
    assert "3" in text(card.find("p", class_="meta"))
    assert "Esperienze dalle risaie" in text(card)
    assert "2018" in text(card)
    assert card.find("time")["datetime"] == "2024-05-20"
    cover = card.find("img")
    assert cover["loading"] == "lazy"
    assert cover["width"]
    assert cover["height"]
    assert cover["alt"] == ""


def test_quaderno_page(client, publication):
    quaderno = publication["quaderno"]
    main = soup(client.get(quaderno.url)).find("main")
    header = main.find("header")
    assert text(header.h1) == "Acqua e biodiversità"
    assert "Esperienze dalle risaie" in text(header)
    assert (
        text(header.find("p", class_="editors")) == f"{it('edited by')} Anna Neri, Paolo Di Stefano"
    )
    assert header.find("a", href=publication["portal"].community.url)
    assert header.find("time")["datetime"] == "2024-05-20"
    with override("it"):
        from django.utils.formats import date_format

        assert date_format(datetime.date(2024, 5, 20)) in text(header)
    assert "978-88-0000-000-0" in text(header)
    licence = header.find("a", rel="license")
    assert licence["href"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert text(licence) == "CC BY-SA 4.0"
    assert header.find("img")["width"]
    assert "Un quaderno a più voci." in text(main)
    entry = main.find("ol", class_="article-list").find("li")
    assert entry.find("a", href=publication["article"].url)
    assert (
        text(entry.find("p", class_="toc-authors")) == "Maria De Luca, Marco Rossi, Giulia Bianchi"
    )


def test_quaderno_hides_a_community_that_is_not_live(client, publication):
    community = publication["portal"].community
    community.unpublish()
    main = soup(client.get(publication["quaderno"].url)).find("main")
    assert not main.find("a", href=community.url)


def test_article_page(client, publication):
    article = publication["article"]
    main = soup(client.get(article.url)).find("main")
    header = main.find("header", class_="page-header")
    assert text(header.h1) == "Le risaie come habitat"
    assert [text(author) for author in header.find_all("span", class_="author")] == [
        "Maria De Luca 1",
        "Marco Rossi 2",
        "Giulia Bianchi 1",
    ]
    assert [text(li) for li in header.find("ol", class_="affiliations").find_all("li")] == [
        "Università Immaginaria",
        "Parco Regionale Immaginario",
    ]
    assert header.find("a", href=publication["quaderno"].url)
    assert "Le risaie ospitano anfibi." in text(main.find("section", class_="abstract"))
    assert "anfibi, risaie, Rete Natura 2000" in text(main.find("p", class_="keywords"))

    body = main.find("div", class_="body")
    assert text(body.find("h2")) == "Il contesto"
    figures = body.find_all("figure", class_="article-figure")
    assert len(figures) == 2
    assert figures[0].img["alt"] == "Una pozza appena scavata"
    assert "La pozza del 2019" in text(figures[0].figcaption)
    assert "Archivio del progetto" in text(figures[0].figcaption)
    table = body.find("table")
    assert "Pozze scavate" in text(table.caption)
    assert [(th["scope"], text(th)) for th in table.thead.find_all("th")] == [
        ("col", "Anno"),
        ("col", "Pozze"),
    ]
    assert [text(td) for td in table.tbody.find_all("td")] == ["2019", "3", "2020", "5"]
    quote = body.find("figure", class_="article-quote")
    assert text(quote.blockquote) == "Senza volontari niente pozze."
    assert "Un guardiaparco" in text(quote.figcaption)

    references = main.find("section", class_="references").find_all("li")
    assert references[0].find("a")["href"] == "https://doi.org/10.1038/387253a0"
    assert references[1].find("a")["href"] == "https://example.org/natura2000"

    related = main.find("section", class_="related")
    portal = publication["portal"]
    for page in (portal.theme, portal.lesson, portal.card):
        assert related.find("a", href=page.url)

    cite = main.find("section", class_="how-to-cite")
    citation = text(cite.find("p", class_="citation"))
    assert citation.startswith(
        "De Luca, M., Rossi, M., Bianchi, G. (2024). Le risaie come habitat."
    )
    assert "Acqua e biodiversità" in citation
    links = [a["href"] for a in cite.find_all("a")]
    assert links == [
        f"{article.url}cite/bibtex/",
        f"{article.url}cite/ris/",
        f"{article.url}cite/csl-json/",
    ]
    assert main.find(class_="discussion")


def test_figures_are_numbered(client, publication):
    body = soup(client.get(publication["article"].url)).find("div", class_="body")
    numbers = [text(span) for span in body.find_all("span", class_="figure-number")]
    with override("it"):
        expected = [gettext("Figure %(number)s") % {"number": n} + "." for n in (1, 2)]
    assert numbers == expected


def test_related_pages_show_only_when_live(client, publication):
    portal = publication["portal"]
    portal.card.unpublish()
    related = soup(client.get(publication["article"].url)).find("section", class_="related")
    assert not related.find("a", href=portal.card.url)
    assert related.find("a", href=portal.theme.url)


def test_journal_publication_is_shown(client, publication):
    article = publication["article"]
    article.journal = "Rivista di ecologia"
    article.journal_volume = "12"
    article.journal_issue = "3"
    article.journal_pages = "45-67"
    article.journal_year = 2025
    article.doi = "10.1234/rane.2025"
    article.save_revision().publish()
    section = soup(client.get(article.url)).find("section", class_="journal")
    assert section.cite.string == "Rivista di ecologia"
    assert "45-67" in text(section)
    assert "2025" in text(section)
    assert section.find("a", href="https://doi.org/10.1234/rane.2025")


# Highwire Press meta tags --------------------------------------------------------------------


def meta_tags(response):
    head = BeautifulSoup(response.content, "html.parser").head
    return [
        (tag["name"], tag["content"])
        for tag in head.find_all("meta")
        if tag.get("name", "").startswith("citation_")
    ]


def test_highwire_tags_for_a_chapter(client, publication):
    article = publication["article"]
    tags = meta_tags(client.get(article.url))
    assert tags == [
        ("citation_title", "Le risaie come habitat"),
        ("citation_author", "Maria De Luca"),
        ("citation_author_institution", "Università Immaginaria"),
        ("citation_author", "Marco Rossi"),
        ("citation_author_institution", "Parco Regionale Immaginario"),
        ("citation_author", "Giulia Bianchi"),
        ("citation_author_institution", "Università Immaginaria"),
        ("citation_publication_date", "2024/05/20"),
        ("citation_inbook_title", "Acqua e biodiversità"),
        ("citation_isbn", "978-88-0000-000-0"),
        ("citation_language", "it"),
        ("citation_keywords", "anfibi; risaie; Rete Natura 2000"),
        ("citation_abstract_html_url", article.full_url),
    ]


def test_highwire_tags_for_a_journal_article(client, publication):
    article = publication["article"]
    article.journal = "Rivista di ecologia"
    article.journal_volume = "12"
    article.journal_issue = "3"
    article.journal_pages = "45–67"
    article.journal_year = 2025
    article.doi = "10.1234/rane.2025"
    article.save_revision().publish()
    tags = dict(meta_tags(client.get(article.url)))
    assert tags["citation_journal_title"] == "Rivista di ecologia"
    assert tags["citation_volume"] == "12"
    assert tags["citation_issue"] == "3"
    assert tags["citation_firstpage"] == "45"
    assert tags["citation_lastpage"] == "67"
    assert tags["citation_doi"] == "10.1234/rane.2025"
    assert tags["citation_publication_date"] == "2025"
    assert "citation_inbook_title" not in tags
    assert "citation_pdf_url" not in tags


# JSON-LD -----------------------------------------------------------------------------------


def json_ld(response):
    script = BeautifulSoup(response.content, "html.parser").find(
        "script", type="application/ld+json"
    )
    return json.loads(script.string)


def test_quaderno_is_a_book(client, publication):
    quaderno = publication["quaderno"]
    data = json_ld(client.get(quaderno.url))
    assert data["@type"] == "Book"
    assert data["name"] == "Acqua e biodiversità"
    assert data["alternativeHeadline"] == "Esperienze dalle risaie"
    assert data["isbn"] == "978-88-0000-000-0"
    assert data["isPartOf"] == {
        "@type": "BookSeries",
        "name": "I quaderni dell'osservatorio",
        "position": 3,
    }
    assert data["editor"] == [
        {"@type": "Person", "name": "Anna Neri"},
        {"@type": "Person", "name": "Paolo Di Stefano"},
    ]
    assert data["datePublished"] == "2024-05-20"
    assert data["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert data["image"].startswith("http://")
    assert data["hasPart"] == [
        {
            "@type": "ScholarlyArticle",
            "name": "Le risaie come habitat",
            "url": publication["article"].full_url,
        }
    ]


def test_article_is_a_scholarly_article(client, publication):
    article = publication["article"]
    article.title = "Le risaie " + "molto " * 30 + "lunghe"
    article.doi = "10.1234/rane.2025"
    article.save_revision().publish()
    data = json_ld(client.get(article.url))
    assert data["@type"] == "ScholarlyArticle"
    assert len(data["headline"]) <= 110
    assert data["author"][0] == {
        "@type": "Person",
        "name": "Maria De Luca",
        "affiliation": {"@type": "Organization", "name": "Università Immaginaria"},
    }
    assert [author["name"] for author in data["author"]] == [
        "Maria De Luca",
        "Marco Rossi",
        "Giulia Bianchi",
    ]
    assert data["abstract"] == "Le risaie ospitano anfibi."
    assert data["keywords"] == ["anfibi", "risaie", "Rete Natura 2000"]
    assert data["isPartOf"]["@type"] == "Book"
    assert data["isPartOf"]["isbn"] == "978-88-0000-000-0"
    assert data["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert data["sameAs"] == "https://doi.org/10.1234/rane.2025"


# Citation downloads ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("route", "content_type", "extension"),
    [
        ("cite/bibtex/", "application/x-bibtex", "bib"),
        ("cite/ris/", "application/x-research-info-systems", "ris"),
        ("cite/csl-json/", "application/vnd.citationstyles.csl+json", "json"),
    ],
)
def test_citation_downloads(client, publication, route, content_type, extension):
    article = publication["article"]
    response = client.get(article.url + route)
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == f"{content_type}; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{article.slug}.{extension}"'
    assert "Le risaie come habitat" in response.content.decode()


def test_citation_downloads_of_an_unpublished_article_are_not_found(client, publication):
    article = publication["article"]
    url = article.url
    article.unpublish()
    for route in ("", "cite/bibtex/", "cite/ris/", "cite/csl-json/"):
        assert client.get(url + route).status_code == HTTPStatus.NOT_FOUND


def test_unknown_citation_format_is_not_found(client, publication):
    url = publication["article"].url
    assert client.get(url + "cite/word/").status_code == HTTPStatus.NOT_FOUND
    assert client.get(url + "cite/").status_code == HTTPStatus.NOT_FOUND


def test_article_can_be_cited_without_a_quaderno_date(publication):
    article = ArticlePage.objects.get(pk=publication["article"].pk)
    quaderno = article.quaderno
    quaderno.publication_date = None
    quaderno.save()
    citation = ArticlePage.objects.get(pk=article.pk).citation(
        RequestFactory().get("/", SERVER_NAME="localhost")
    )
    assert citation.year == article.first_published_at.year


# Query budgets -----------------------------------------------------------------------------


def add_articles(quaderno, start, stop):
    for number in range(start, stop):
        article = factories.ArticlePageFactory(parent=quaderno, title=f"Articolo {number}")
        factories.add_authors(
            article, f"Autrice {number} Uno", f"Autore {number} Due", "Terza Persona"
        )


def count_queries(client, url, django_assert_max_num_queries, budget):
    assert client.get(url).status_code == HTTPStatus.OK
    with django_assert_max_num_queries(budget) as context:
        assert client.get(url).status_code == HTTPStatus.OK
    return len(context.captured_queries)


def test_quaderno_queries_do_not_grow_with_articles(
    client, publication, django_assert_max_num_queries
):
    quaderno = publication["quaderno"]
    add_articles(quaderno, 0, 1)
    small = count_queries(client, quaderno.url, django_assert_max_num_queries, 22)
    add_articles(quaderno, 1, 5)
    large = count_queries(client, quaderno.url, django_assert_max_num_queries, 22)
    assert small == large


def test_publication_index_queries_do_not_grow(client, publication, django_assert_max_num_queries):
    index = publication["index"]
    small = count_queries(client, index.url, django_assert_max_num_queries, 15)
    for number in range(4):
        factories.QuadernoPageFactory(
            parent=index,
            series_number=10 + number,
            community=publication["portal"].community,
            cover_image=wagtail_factories.ImageFactory(),
        )
    large = count_queries(client, index.url, django_assert_max_num_queries, 15)
    assert small == large


def test_article_query_budget(client, publication, django_assert_max_num_queries):
    count_queries(client, publication["article"].url, django_assert_max_num_queries, 25)


# Translation ------------------------------------------------------------------------------


def test_table_headings_and_text_cells_are_translated(translate, publication):
    """wagtail-localize extracts nothing from a typed table by itself."""
    strings = {"Anno": "Year", "Pozze": "Ponds", "2019": "Year 2019", "Pozze scavate": "Ponds dug"}
    translate(publication["index"], strings=strings, subtree=True)
    article = publication["article"].get_translation(Locale.objects.get(language_code="en"))
    (table,) = [block.value for block in article.body if block.block_type == "table"]
    assert table["caption"] == "Ponds dug"
    assert [column["heading"] for column in table["table"].columns] == ["Year", "Ponds"]
    # Text cells are strings to translate; number cells stay as they are.
    assert [row["values"] for row in table["table"].row_data] == [
        ["Year 2019", Decimal("3")],
        [fake_translation("2020", "table"), Decimal("5")],
    ]
