"""iCalendar (RFC 5545) downloads of meetings: one meeting, or a community's whole calendar.

Times are written in the meeting's own time zone, with a TZID parameter and the matching
VTIMEZONE component, so that calendar applications show them right wherever the reader is.
"""

import datetime
import html
import re
from urllib.parse import urlsplit

from django.http import Http404, HttpResponse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from icalendar import Calendar, Event
from wagtail import hooks
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

__all__ = [
    "community_calendar",
    "community_calendar_response",
    "html_to_text",
    "meeting_event",
    "meeting_response",
    "page_ics_view",
]

PRODID = "-//Fondazione Cariplo//CdP Capitale naturale//IT"
CONTENT_TYPE = "text/calendar; charset=utf-8"

_BLOCK_END = re.compile(r"</(p|h[1-6]|li|div|blockquote)>|<br\s*/?>", re.IGNORECASE)


def html_to_text(value):
    """Plain text from rich text: one line per block, entities decoded, no markup."""
    if not value:
        return ""
    text = _BLOCK_END.sub("\n", str(value))
    text = html.unescape(strip_tags(text))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _host(meeting, request):
    """The host name of the site serving the meeting, for stable UIDs."""
    return urlsplit(meeting.get_full_url(request) or "").hostname or "cdp.invalid"


def _location(meeting):
    return " – ".join(part for part in (meeting.place, meeting.online_link) if part)


def _description(meeting, url):
    parts = []
    if meeting.listing_summary:
        parts.append(meeting.listing_summary)
    agenda = []
    for block in meeting.agenda:
        item = block.value
        line = item["title"]
        if item.get("time"):
            line = f"{item['time']:%H:%M} {line}"
        if item.get("speaker"):
            line = f"{line} ({item['speaker']})"
        agenda.append(f"- {line}")
    if agenda:
        parts.append("\n".join([_("Agenda:"), *agenda]))
    outcomes = html_to_text(meeting.outcomes)
    if outcomes:
        parts.append(f"{_('Outcomes:')}\n{outcomes}")
    if meeting.online_link:
        parts.append(f"{_('Online link:')} {meeting.online_link}")
    if meeting.recording_link:
        parts.append(f"{_('Recording:')} {meeting.recording_link}")
    if url:
        parts.append(url)
    return "\n\n".join(parts)


def meeting_event(meeting, request=None):
    """The VEVENT of a meeting, its times in the meeting's time zone."""
    zone = meeting.zone
    url = meeting.get_full_url(request)
    stamp = meeting.last_published_at or timezone.now()
    event = Event()
    event.add("uid", f"meeting-{meeting.translation_key}@{_host(meeting, request)}")
    event.add("dtstamp", stamp.astimezone(datetime.UTC))
    if meeting.last_published_at:
        event.add("last-modified", meeting.last_published_at.astimezone(datetime.UTC))
    event.add("dtstart", meeting.start.astimezone(zone))
    event.add("dtend", meeting.end.astimezone(zone))
    event.add("summary", meeting.title)
    description = _description(meeting, url)
    if description:
        event.add("description", description)
    location = _location(meeting)
    if location:
        event.add("location", location)
    if url:
        event.add("url", url)
    event.add("categories", [str(meeting.get_kind_display())])
    event.add("status", "CONFIRMED")
    return event


def _calendar(name, events):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
    starts = []
    for event in events:
        calendar.add_component(event)
        starts.append(event.decoded("dtstart"))
    if starts:
        # VTIMEZONE definitions covering the meetings' years, not the default 1970–2038.
        calendar.add_missing_timezones(
            first_date=datetime.date(min(starts).year - 1, 1, 1),
            last_date=datetime.date(max(starts).year + 2, 1, 1),
        )
    return calendar


def community_calendar(community, request=None):
    """The calendar of every live, public meeting of a community."""
    from .models import MeetingPage

    with translation.override(community.locale.language_code):
        meetings = MeetingPage.objects.child_of(community).live().public().order_by("start", "pk")
        name = _("%(community)s – meetings") % {"community": community.title}
        return _calendar(name, [meeting_event(meeting, request) for meeting in meetings])


def _response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def meeting_response(meeting, request):
    """A download of one meeting as an iCalendar file named after its slug."""
    with translation.override(meeting.locale.language_code):
        calendar = _calendar(None, [meeting_event(meeting, request)])
    return _response(calendar, f"{meeting.slug}.ics")


def community_calendar_response(community, request):
    """The community's meetings as an iCalendar file, to import or subscribe to."""
    return _response(community_calendar(community, request), f"{community.slug}.ics")


def page_ics_view(request, page_path, filename):
    """Serve a page's `.ics` route, such as a meeting's `meeting.ics`.

    Wagtail's catch-all URL only accepts slash-ended path segments without dots, and the
    routable-page resolver adds a trailing slash to what it resolves, so a route declared as
    `path("meeting.ics")` cannot be reached through it. This view, mounted before the
    catch-all, finds the page at `page_path`, resolves `filename` among its routes and serves
    it through Wagtail's page-serving hooks (view restrictions among them).
    """
    route_result = Page.route_for_request(request, page_path)
    if route_result is None:
        raise Http404
    page = route_result[0]
    page_url = page.get_url(request) or ""
    # The path must name the page itself, not one of its other routes.
    if not isinstance(page, RoutablePageMixin) or urlsplit(page_url).path + filename != (
        request.path
    ):
        raise Http404
    match = page.resolve_subpage(f"/{filename}")
    request.routable_resolver_match = match
    args = (match.func, match.args, match.kwargs)
    request._wagtail_route_for_request = RouteResult(page, args=args)

    def serve_chain(page, request, args, kwargs):
        return page.serve(request, *args, **kwargs)

    on_serve_chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, {})
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(page, request, args, {})
