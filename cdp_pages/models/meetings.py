"""Plenary meetings and working webinars of a community."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import AgendaItemBlock, MaterialBlock
from .base import BasePage

__all__ = ["MeetingPage"]

TIME_ZONES = [(name, name) for name in ("Europe/Rome", "Europe/Brussels", "Europe/London", "UTC")]


class MeetingPage(RoutablePageMixin, BasePage):
    class Kind(models.TextChoices):
        PLENARY = "plenary", _("Plenary meeting")
        WEBINAR = "webinar", _("Webinar")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.PLENARY)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    time_zone = models.CharField(
        _("time zone"), max_length=64, choices=TIME_ZONES, default="Europe/Rome"
    )
    place = models.CharField(_("place"), max_length=255, blank=True)
    online_link = models.URLField(_("online link"), blank=True)
    agenda = StreamField([("item", AgendaItemBlock())], verbose_name=_("agenda"), blank=True)
    materials = StreamField(
        [("material", MaterialBlock())], verbose_name=_("materials"), blank=True
    )
    recording_link = models.URLField(_("recording link"), blank=True)
    outcomes = RichTextField(_("outcomes"), blank=True)
    themes = ParentalManyToManyField(
        "cdp_pages.ThemePage", verbose_name=_("themes"), blank=True, related_name="meetings"
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone"),
                FieldPanel("place"),
                FieldPanel("online_link"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("agenda"),
        FieldPanel("materials"),
        FieldPanel("recording_link"),
        FieldPanel("outcomes"),
        FieldPanel("themes"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("place"),
        index.SearchField("agenda"),
        index.SearchField("outcomes"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("kind"),
        APIField("start"),
        APIField("end"),
        APIField("time_zone"),
        APIField("place"),
        APIField("online_link"),
        APIField("agenda"),
        APIField("materials"),
        APIField("recording_link"),
        APIField("outcomes"),
        APIField("themes"),
    ]

    parent_page_types = ["cdp_pages.CommunityPage"]
    subpage_types = []
    schema_type = "Event"
    discussable = True

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The meeting cannot end before it starts.")})
        if not self.place and not self.online_link:
            raise ValidationError({"place": _("Give a place, an online link or both.")})

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def community(self):
        return self.get_parent().specific

    @path("meeting.ics")
    def ics(self, request):
        from ..ical import meeting_response

        return meeting_response(self, request)

    def get_json_ld(self, request=None):
        data = super().get_json_ld(request)
        data.update(
            startDate=self.start.isoformat(),
            endDate=self.end.isoformat(),
            eventAttendanceMode=(
                "https://schema.org/MixedEventAttendanceMode"
                if self.place and self.online_link
                else "https://schema.org/OnlineEventAttendanceMode"
                if self.online_link
                else "https://schema.org/OfflineEventAttendanceMode"
            ),
        )
        locations = []
        if self.place:
            locations.append({"@type": "Place", "name": self.place, "address": self.place})
        if self.online_link:
            locations.append({"@type": "VirtualLocation", "url": self.online_link})
        if locations:
            data["location"] = locations if len(locations) > 1 else locations[0]
        return data
