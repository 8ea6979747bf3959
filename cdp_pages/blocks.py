"""StreamField blocks of the CdP pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTable, TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail_localize.segments import StringSegmentValue

SIMPLE_RICH_TEXT = ["bold", "italic", "link", "ol", "ul"]


class ExternalExperienceBlock(blocks.StructBlock):
    """An experience from outside the partnerships that a theme compares itself with."""

    name = blocks.CharBlock(label=_("name"), max_length=255)
    scale = blocks.ChoiceBlock(
        label=_("scale"),
        choices=[
            ("regional", _("Regional")),
            ("national", _("National")),
            ("international", _("International")),
        ],
    )
    place = blocks.CharBlock(label=_("place"), required=False, max_length=255)
    link = blocks.URLBlock(label=_("link"), required=False)
    teaching = blocks.RichTextBlock(label=_("what it teaches"), features=SIMPLE_RICH_TEXT)

    class Meta:
        icon = "site"
        template = "cdp_pages/blocks/external_experience.html"
        label = _("External experience")
        description = _("An experience from elsewhere, its scale and what it teaches.")
        preview_value = {
            "name": "Contratto di fiume Seveso",
            "scale": "regional",
            "place": "Lombardia",
            "link": "https://example.org/contratto-di-fiume",
            "teaching": "<p>Un tavolo stabile tra comuni e agricoltori riduce i conflitti.</p>",
        }


class StepBlock(blocks.StructBlock):
    """One step of a solution, in the order a reader should follow."""

    title = blocks.CharBlock(label=_("title"), max_length=255)
    description = blocks.RichTextBlock(label=_("description"), features=SIMPLE_RICH_TEXT)

    class Meta:
        icon = "list-ol"
        template = "cdp_pages/blocks/step.html"
        label = _("Step")
        description = _("A step of the solution: what to do and how.")
        preview_value = {
            "title": "Mappare i portatori di interesse",
            "description": "<p>Elencare chi usa il territorio e come contattarlo.</p>",
        }


class AgendaItemBlock(blocks.StructBlock):
    """An item of a meeting's agenda."""

    time = blocks.TimeBlock(label=_("time"), required=False)
    title = blocks.CharBlock(label=_("title"), max_length=255)
    speaker = blocks.CharBlock(label=_("speaker"), required=False, max_length=255)

    class Meta:
        icon = "time"
        template = "cdp_pages/blocks/agenda_item.html"
        label = _("Agenda item")
        description = _("A time, a title and who speaks.")
        preview_value = {
            "time": "10:00",
            "title": "Saluti e introduzione",
            "speaker": "Facilitatore",
        }


class MaterialBlock(blocks.StructBlock):
    """A document made available with a meeting."""

    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(label=_("description"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        template = "cdp_pages/blocks/material.html"
        label = _("Material")
        description = _("A document shared at the meeting, such as slides or minutes.")
        preview_value = {"description": "Presentazione dei risultati"}


class FigureBlock(blocks.StructBlock):
    """An image of an article, with its caption and credit."""

    image = ImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("text alternative"),
        max_length=255,
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    caption = blocks.RichTextBlock(label=_("caption"), features=["bold", "italic", "link"])
    credit = blocks.CharBlock(label=_("credit"), required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "cdp_pages/blocks/figure.html"
        label = _("Figure")
        description = _("An image with its caption and credit, numbered in the article.")
        preview_value = {
            "alt": "Pozza per anfibi appena scavata",
            "caption": "<p>Una pozza scavata nel 2019.</p>",
            "credit": "Archivio del progetto",
        }


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        template = "cdp_pages/blocks/quote.html"
        label = _("Quote")
        description = _("A quotation and who said or wrote it.")
        preview_value = {
            "text": "Senza i volontari le pozze si sarebbero interrate in due anni.",
            "attribution": "Un guardiaparco",
        }


class TranslatableTableBlock(TypedTableBlock):
    """A typed table whose headings and text cells are translated with the page.

    wagtail-localize extracts nothing from a typed table by itself; these two methods give it
    one string per heading and per text cell, and put the translations back in place.
    """

    def get_translatable_segments(self, value):
        segments = [
            StringSegmentValue(f"heading.{index}", column["heading"])
            for index, column in enumerate(value.columns)
            if column["heading"]
        ]
        for row_index, row in enumerate(value.row_data):
            for index, (column, cell) in enumerate(zip(value.columns, row["values"], strict=False)):
                if isinstance(column["block"], blocks.CharBlock) and cell:
                    segments.append(StringSegmentValue(f"cell.{row_index}.{index}", cell))
        return segments

    def restore_translated_segments(self, value, segments):
        translated = {segment.path: segment.render_text() for segment in segments}
        columns = [
            {**column, "heading": translated.get(f"heading.{index}", column["heading"])}
            for index, column in enumerate(value.columns)
        ]
        row_data = [
            {
                **row,
                "values": [
                    translated.get(f"cell.{row_index}.{index}", cell)
                    for index, cell in enumerate(row["values"])
                ],
            }
            for row_index, row in enumerate(value.row_data)
        ]
        return TypedTable(columns, row_data, value.caption)


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("caption"), max_length=255)
    table = TranslatableTableBlock(
        [
            ("text", blocks.CharBlock(required=False)),
            ("number", blocks.DecimalBlock(required=False)),
        ],
        label=_("table"),
    )

    class Meta:
        icon = "table"
        template = "cdp_pages/blocks/table.html"
        label = _("Table")
        description = _("A table with a caption; its first row holds the headings.")
        preview_value = {"caption": "Pozze scavate per anno"}


class ArticleBodyBlock(blocks.StreamBlock):
    """The body of an article. Paragraphs refer to footnotes as [1], [2]…"""

    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=255,
        form_classname="title",
        icon="title",
        template="cdp_pages/blocks/article_heading.html",
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul", "superscript", "subscript"],
        icon="pilcrow",
        template="cdp_pages/blocks/paragraph.html",
    )
    figure = FigureBlock()
    table = TableBlock()
    quote = QuoteBlock()


class ReferenceBlock(blocks.StructBlock):
    """An entry of an article's references, as it is printed, with its DOI or address."""

    citation = blocks.TextBlock(
        label=_("reference"),
        help_text=_("Authors (year). Title. Journal or publisher, volume, pages."),
    )
    doi = blocks.RegexBlock(
        label=_("DOI"),
        regex=r"^10\.\d{4,9}/\S+$",
        required=False,
        error_messages={"invalid": _("A DOI looks like 10.1234/abcd.")},
    )
    url = blocks.URLBlock(label=_("address"), required=False)

    class Meta:
        icon = "doc-full"
        template = "cdp_pages/blocks/reference.html"
        label = _("Reference")
        description = _("A work the article cites.")
        preview_value = {
            "citation": "Costanza R. et al. (1997). The value of the world's ecosystem "
            "services and natural capital. Nature, 387, 253-260.",
            "doi": "10.1038/387253a0",
        }


class FootnoteBlock(blocks.RichTextBlock):
    """A footnote of an article, numbered by its place in the list."""

    def __init__(self, **kwargs):
        super().__init__(features=["bold", "italic", "link"], label=_("footnote"), **kwargs)

    class Meta:
        icon = "list-ol"
        template = "cdp_pages/blocks/footnote.html"
        description = _("A note that a paragraph refers to as [1], [2]…")
