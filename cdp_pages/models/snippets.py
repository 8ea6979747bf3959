"""Snippets shared across pages: partner organizations, people and the topic taxonomy."""

from django.conf import settings
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index

__all__ = ["Organization", "Person", "Topic"]


class Organization(index.Indexed, models.Model):
    """A partner of one or more projects: a park, a municipality, an association, a university."""

    class Kind(models.TextChoices):
        PROTECTED_AREA = "protected_area", _("Protected area authority")
        PUBLIC_BODY = "public_body", _("Public body")
        ASSOCIATION = "association", _("Association or NGO")
        RESEARCH = "research", _("University or research centre")
        COMPANY = "company", _("Company or cooperative")
        FOUNDATION = "foundation", _("Foundation")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=255, unique=True)
    kind = models.CharField(_("type"), max_length=32, choices=Kind.choices, default=Kind.OTHER)
    website = models.URLField(_("website"), blank=True)
    place = models.CharField(
        _("place"), max_length=255, blank=True, help_text=_("Town and province.")
    )

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("website"), FieldPanel("place")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    api_fields = [APIField("name"), APIField("kind"), APIField("website"), APIField("place")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")

    def __str__(self):
        return self.name


class Person(index.Indexed, models.Model):
    """An author, a facilitator or a contact person."""

    name = models.CharField(_("name"), max_length=255)
    affiliation = models.ForeignKey(
        Organization,
        verbose_name=_("affiliation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    role = models.CharField(_("role"), max_length=255, blank=True)
    bio = models.TextField(_("short bio"), blank=True, max_length=1000)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
        help_text=_(
            "Their account on this portal, if they have one: with it they edit the articles "
            "they co-author, through moderation."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("affiliation"),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("user"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A term of the taxonomy: a habitat, an action type (such as an engagement technique)."""

    class Kind(models.TextChoices):
        HABITAT = "habitat", _("Habitat")
        ACTION_TYPE = "action_type", _("Action type")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=255, allow_unicode=True, blank=True)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.OTHER)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["kind", "name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name, allow_unicode=True)[:255]
        super().save(*args, **kwargs)
