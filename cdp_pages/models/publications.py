"""Publications: the Quaderni dell'osservatorio and their multi-author articles.

A Quaderno collects the articles of one edition of the call; an article has ordered authors
(people, with the affiliation they signed with), an abstract, a body with figures, tables,
quotes and footnotes, its references, and, when it also appeared in a journal, where.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.http import HttpResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.blocks import StreamValue
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.rich_text import RichText
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .. import citations
from ..blocks import ArticleBodyBlock, FootnoteBlock, ReferenceBlock
from .base import BasePage

__all__ = [
    "ArticleAuthor",
    "ArticlePage",
    "Licence",
    "PublicationIndexPage",
    "QuadernoEditor",
    "QuadernoPage",
    "validate_isbn",
]

DOI = RegexValidator(r"^10\.\d{4,9}/\S+$", _("A DOI looks like 10.1234/abcd."))


def validate_isbn(value):
    """An ISBN-10 or ISBN-13 with a correct check digit; hyphens and spaces are allowed."""
    digits = re.sub(r"[\s-]", "", value).upper()
    if re.fullmatch(r"\d{13}", digits):
        total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
        valid = total % 10 == 0
    elif re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if d == "X" else int(d)) for i, d in enumerate(digits))
        valid = total % 11 == 0
    else:
        valid = False
    if not valid:
        raise ValidationError(_("This is not a valid ISBN."), code="invalid_isbn")


HTML_TAG = re.compile(r"(<[^>]*>)")
FOOTNOTE_MARKER = re.compile(r"\[(\d{1,4})\]")


def link_footnote_markers(html, count, linked):
    """Rich text `html` with each "[n]" in its text, n a footnote number from 1 to `count`,
    turned into a superscript link to that footnote.

    Only text between tags changes, never tags or their attributes, nor text inside a link.
    The first marker of each footnote gets the id the footnote links back to; the numbers
    given that id are added to the set `linked`. Other "[n]" stay as they are.
    """

    def link(match):
        number = int(match.group(1))
        if not 1 <= number <= count:
            return match.group(0)
        anchor = "" if number in linked else f' id="fnref-{number}"'
        linked.add(number)
        return (
            f'<sup class="footnote-ref"><a href="#fn-{number}"{anchor}'
            f' aria-describedby="footnotes-title">{number}</a></sup>'
        )

    parts = []
    link_depth = 0
    for part in HTML_TAG.split(html):
        if part.startswith("<"):
            name = re.match(r"<(/?)\s*([A-Za-z0-9]+)", part)
            if name and name.group(2).lower() == "a":
                link_depth = max(0, link_depth + (-1 if name.group(1) else 1))
            parts.append(part)
        elif link_depth:
            parts.append(part)
        else:
            parts.append(FOOTNOTE_MARKER.sub(link, part))
    return "".join(parts)


class Licence(models.TextChoices):
    CC_BY = "CC-BY-4.0", "CC BY 4.0"
    CC_BY_SA = "CC-BY-SA-4.0", "CC BY-SA 4.0"
    CC_BY_NC = "CC-BY-NC-4.0", "CC BY-NC 4.0"
    CC_BY_NC_SA = "CC-BY-NC-SA-4.0", "CC BY-NC-SA 4.0"
    CC_BY_ND = "CC-BY-ND-4.0", "CC BY-ND 4.0"
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")

    @classmethod
    def url(cls, value):
        """The licence's deed, or an empty string."""
        if value.startswith("CC-"):
            kind = value.removeprefix("CC-").removesuffix("-4.0").lower()
            return f"https://creativecommons.org/licenses/{kind}/4.0/"
        return ""


class PublicationIndexPage(BasePage):
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]

    parent_page_types = ["cdp_pages.HomePage"]
    subpage_types = ["cdp_pages.QuadernoPage"]
    max_count_per_parent = 1
    schema_type = "CollectionPage"

    class Meta:
        verbose_name = _("publication index")
        verbose_name_plural = _("publication indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["quaderni"] = (
            QuadernoPage.objects.child_of(self)
            .live()
            .select_related("cover_image", "community")
            .prefetch_related("cover_image__renditions")
            .order_by("-series_number")
        )
        return context


class QuadernoPage(BasePage):
    series_number = models.PositiveSmallIntegerField(_("series number"))
    subtitle = models.CharField(_("subtitle"), max_length=255, blank=True)
    community = models.ForeignKey(
        "cdp_pages.CommunityPage",
        verbose_name=_("community"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quaderni",
        help_text=_("The community, that is the edition of the call, that the Quaderno collects."),
    )
    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    isbn = models.CharField(_("ISBN"), max_length=17, blank=True, validators=[validate_isbn])
    licence = models.CharField(
        _("licence"), max_length=32, choices=Licence.choices, default=Licence.CC_BY
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    introduction = RichTextField(_("introduction"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("series_number"), FieldPanel("publication_date")]),
        FieldPanel("subtitle"),
        FieldPanel("community"),
        InlinePanel("editors", heading=_("Editors"), label=_("Editor")),
        FieldRowPanel([FieldPanel("isbn"), FieldPanel("licence")]),
        FieldPanel("cover_image"),
        FieldPanel("introduction"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("subtitle"),
        index.SearchField("introduction"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("series_number"),
        APIField("subtitle"),
        APIField("community"),
        APIField("publication_date"),
        APIField("editors"),
        APIField("isbn"),
        APIField("licence"),
        APIField("cover_image"),
        APIField("introduction"),
    ]

    parent_page_types = ["cdp_pages.PublicationIndexPage"]
    subpage_types = ["cdp_pages.ArticlePage"]
    schema_type = "Book"
    # Identifiers are the same in every language.
    override_translatable_fields = [SynchronizedField("isbn")]

    class Meta:
        verbose_name = _("Quaderno dell'osservatorio")
        verbose_name_plural = _("Quaderni dell'osservatorio")

    @property
    def licence_url(self):
        return Licence.url(self.licence)

    @cached_property
    def editor_list(self):
        return list(self.editors.select_related("person"))

    def live_articles(self):
        return ArticlePage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from ..discussion import with_comment_counts

        context["articles"] = with_comment_counts(self.live_articles()).prefetch_related(
            "authors__person__affiliation"
        )
        context["live_community"] = (
            self.community if self.community is not None and self.community.live else None
        )
        return context

    def get_json_ld(self, request=None):
        data = super().get_json_ld(request)
        if self.subtitle:
            data["alternativeHeadline"] = self.subtitle
        data["position"] = self.series_number
        data["isPartOf"] = {
            "@type": "BookSeries",
            "name": citations.SERIES,
            "position": self.series_number,
        }
        if self.editor_list:
            data["editor"] = [
                {"@type": "Person", "name": editor.person.name} for editor in self.editor_list
            ]
        if self.publication_date:
            data["datePublished"] = self.publication_date.isoformat()
        if self.isbn:
            data["isbn"] = self.isbn
        if self.licence_url:
            data["license"] = self.licence_url
        if self.cover_image:
            url = self.cover_image.get_rendition("width-800").url
            data["image"] = request.build_absolute_uri(url) if request else url
        data["hasPart"] = [
            {
                "@type": "ScholarlyArticle",
                "name": article.title,
                "url": article.get_full_url(request),
            }
            for article in self.live_articles()
        ]
        return data


class QuadernoEditor(Orderable):
    """A person who edited a Quaderno, in the order of the title page."""

    page = ParentalKey(QuadernoPage, on_delete=models.CASCADE, related_name="editors")
    person = models.ForeignKey(
        "cdp_pages.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("editor")
        verbose_name_plural = _("editors")

    def __str__(self):
        return str(self.person)


class ArticlePage(RoutablePageMixin, BasePage):
    abstract = models.TextField(_("abstract"), max_length=3000)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    footnotes = StreamField(
        [("note", FootnoteBlock())],
        verbose_name=_("footnotes"),
        blank=True,
        help_text=_("Numbered in order; paragraphs refer to them as [1], [2]…"),
    )
    references = StreamField(
        [("reference", ReferenceBlock())], verbose_name=_("references"), blank=True
    )
    keywords = models.CharField(
        _("keywords"), max_length=255, blank=True, help_text=_("Separated by commas.")
    )
    themes = ParentalManyToManyField(
        "cdp_pages.ThemePage", verbose_name=_("themes"), blank=True, related_name="articles"
    )
    lessons = ParentalManyToManyField(
        "cdp_pages.LessonLearnedPage",
        verbose_name=_("lessons learned"),
        blank=True,
        related_name="articles",
    )
    solutions = ParentalManyToManyField(
        "cdp_pages.SolutionCardPage",
        verbose_name=_("solution cards"),
        blank=True,
        related_name="articles",
    )
    journal = models.CharField(_("journal"), max_length=255, blank=True)
    journal_volume = models.CharField(_("volume"), max_length=32, blank=True)
    journal_issue = models.CharField(_("issue"), max_length=32, blank=True)
    journal_pages = models.CharField(
        _("pages"),
        max_length=32,
        blank=True,
        validators=[RegexValidator(r"^\d+(\s*[-–]\s*\d+)?$", _("Pages look like 12-34."))],
    )
    journal_year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    doi = models.CharField(_("DOI"), max_length=255, blank=True, validators=[DOI])
    journal_url = models.URLField(_("address in the journal"), blank=True)

    content_panels = [
        *Page.content_panels,
        InlinePanel("authors", heading=_("Authors"), label=_("Author"), min_num=1),
        FieldPanel("abstract"),
        FieldPanel("body"),
        FieldPanel("footnotes"),
        FieldPanel("references"),
        FieldPanel("keywords"),
        MultiFieldPanel(
            [FieldPanel("themes"), FieldPanel("lessons"), FieldPanel("solutions")],
            heading=_("Related content"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("journal"),
                FieldRowPanel(
                    [
                        FieldPanel("journal_volume"),
                        FieldPanel("journal_issue"),
                        FieldPanel("journal_pages"),
                        FieldPanel("journal_year"),
                    ]
                ),
                FieldRowPanel([FieldPanel("doi"), FieldPanel("journal_url")]),
            ],
            heading=_("Also published in a journal"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("abstract"),
        index.SearchField("body"),
        index.SearchField("keywords"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("authors"),
        APIField("abstract"),
        APIField("body"),
        APIField("footnotes"),
        APIField("references"),
        APIField("keywords"),
        APIField("themes"),
        APIField("lessons"),
        APIField("solutions"),
        APIField("journal"),
        APIField("journal_volume"),
        APIField("journal_issue"),
        APIField("journal_pages"),
        APIField("journal_year"),
        APIField("doi"),
        APIField("journal_url"),
    ]

    parent_page_types = ["cdp_pages.QuadernoPage"]
    subpage_types = []
    schema_type = "ScholarlyArticle"
    # Where the article also appeared is the same in every language.
    override_translatable_fields = [
        SynchronizedField(name)
        for name in ("journal", "journal_volume", "journal_issue", "journal_pages", "doi")
    ]
    discussable = True

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def clean(self):
        super().clean()
        journal_details = (self.journal_volume, self.journal_issue, self.journal_pages)
        if (any(journal_details) or self.journal_year) and not self.journal:
            raise ValidationError({"journal": _("Name the journal the article appeared in.")})

    @property
    def keyword_list(self):
        return [word.strip() for word in self.keywords.split(",") if word.strip()]

    def ordered_authors(self):
        return list(self.authors.select_related("person", "person__affiliation"))

    @cached_property
    def byline(self):
        """The authors in order, read once per page object."""
        return self.ordered_authors()

    @cached_property
    def quaderno(self):
        parent = self.get_parent()
        parent = parent.specific if parent is not None else None
        return parent if isinstance(parent, QuadernoPage) else None

    @property
    def doi_url(self):
        return citations.doi_url(self.doi)

    def citation(self, request=None):
        return citations.Citation.of(self, request)

    def affiliations(self):
        """Numbered affiliations as journals print them: the distinct affiliations in the order
        of the byline, and for each author the numbers of theirs."""
        numbers = {}
        authors = []
        for author in self.byline:
            affiliation = author.signed_affiliation
            if affiliation:
                numbers.setdefault(affiliation, len(numbers) + 1)
            authors.append((author, numbers.get(affiliation)))
        return authors, list(numbers)

    def body_with_notes(self):
        """The body's blocks, each with its number when it is a figure or a table, the
        paragraphs' footnote markers linked; and the footnotes as (number, note, whether
        the text links to it)."""
        count = len(self.footnotes)
        linked = set()
        counters = {"figure": 0, "table": 0}
        blocks = []
        for child in self.body:
            number = None
            if child.block_type == "paragraph":
                source = link_footnote_markers(child.value.source, count, linked)
                child = StreamValue.StreamChild(child.block, RichText(source), id=child.id)
            elif child.block_type in counters:
                counters[child.block_type] += 1
                number = counters[child.block_type]
            blocks.append((child, number))
        notes = [(number, note, number in linked) for number, note in enumerate(self.footnotes, 1)]
        return blocks, notes

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        citation = self.citation(request)
        context["body_blocks"], context["notes"] = self.body_with_notes()
        context["authors"], context["affiliations"] = self.affiliations()
        context["citation"] = citation
        context["highwire_tags"] = citation.highwire_tags()
        return context

    def cite_response(self, text, content_type, extension):
        response = HttpResponse(text, content_type=f"{content_type}; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.{extension}"'
        return response

    @path("cite/bibtex/", name="cite_bibtex")
    def cite_bibtex(self, request):
        text = citations.to_bibtex(self.citation(request))
        return self.cite_response(text, "application/x-bibtex", "bib")

    @path("cite/ris/", name="cite_ris")
    def cite_ris(self, request):
        text = citations.to_ris(self.citation(request))
        return self.cite_response(text, "application/x-research-info-systems", "ris")

    @path("cite/csl-json/", name="cite_csl_json")
    def cite_csl_json(self, request):
        text = citations.to_csl_json(self.citation(request))
        return self.cite_response(text, "application/vnd.citationstyles.csl+json", "json")

    def get_json_ld(self, request=None):
        data = super().get_json_ld(request)
        data["headline"] = self.title[:110]
        data["author"] = []
        for author in self.byline:
            person = {"@type": "Person", "name": author.person.name}
            if author.signed_affiliation:
                person["affiliation"] = {
                    "@type": "Organization",
                    "name": author.signed_affiliation,
                }
            data["author"].append(person)
        data["abstract"] = self.abstract
        if self.keyword_list:
            data["keywords"] = self.keyword_list
        quaderno = self.quaderno
        if quaderno is not None:
            book = {
                "@type": "Book",
                "name": quaderno.title,
                "url": quaderno.get_full_url(request),
            }
            if quaderno.isbn:
                book["isbn"] = quaderno.isbn
            data["isPartOf"] = book
            if quaderno.licence_url:
                data["license"] = quaderno.licence_url
        if self.doi:
            data["sameAs"] = self.doi_url
        return data


class ArticleAuthor(Orderable):
    """An author of an article, in the byline's order, with the affiliation they signed with."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey(
        "cdp_pages.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )
    affiliation = models.CharField(
        _("affiliation"),
        max_length=255,
        blank=True,
        help_text=_("As printed in the article; empty for the person's organization."),
    )

    panels = [FieldPanel("person"), FieldPanel("affiliation")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return str(self.person)

    @property
    def signed_affiliation(self):
        if self.affiliation:
            return self.affiliation
        organization = self.person.affiliation
        return organization.name if organization else ""
