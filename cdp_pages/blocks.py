"""StreamField blocks of the CdP pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

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
