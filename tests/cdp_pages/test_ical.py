"""iCalendar downloads: one meeting, and a community's calendar, parsed back with icalendar."""

import datetime
from http import HTTPStatus
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from cdp_pages.ical import html_to_text
from tests.factories import CommunityPageFactory, MeetingPageFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
ROME = ZoneInfo("Europe/Rome")


@pytest.fixture
def webinar(portal):
    """A webinar on a summer day (CEST), with agenda, place, online link and outcomes."""
    meeting = MeetingPageFactory(
        parent=portal.community,
        title="Webinar sulle pozze",
        slug="webinar-pozze",
        kind="webinar",
        start=datetime.datetime(2025, 6, 12, 8, 0, tzinfo=UTC),
        end=datetime.datetime(2025, 6, 12, 10, 30, tzinfo=UTC),
        place="Sala civica, Gallarate",
        online_link="https://meet.example.org/pozze",
        listing_summary="Come scavare pozze per anfibi.",
        outcomes="<p>Tre pozze &amp; un sentiero.</p><p>Prossimo passo: monitoraggio.</p>",
    )
    meeting.agenda = [
        ("item", {"time": datetime.time(10, 0), "title": "Saluti", "speaker": "Anna Neri"}),
        ("item", {"time": None, "title": "Discussione", "speaker": ""}),
    ]
    meeting.save_revision().publish()
    meeting.refresh_from_db()
    return meeting


def parse(response):
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events(calendar):
    return list(calendar.walk("VEVENT"))


def test_meeting_download_is_an_attachment_named_after_the_slug(client, webinar):
    response = client.get(f"{webinar.url}meeting.ics")
    parse(response)
    assert response["Content-Disposition"] == 'attachment; filename="webinar-pozze.ics"'


def test_meeting_event_fields(client, webinar):
    calendar = parse(client.get(f"{webinar.url}meeting.ics"))
    assert calendar["VERSION"] == "2.0"
    assert "CdP Capitale naturale" in str(calendar["PRODID"])
    [event] = events(calendar)

    assert str(event["UID"]) == f"meeting-{webinar.translation_key}@localhost"
    assert event.decoded("DTSTAMP").tzinfo is not None
    assert str(event["SUMMARY"]) == "Webinar sulle pozze"
    assert str(event["URL"]) == webinar.get_full_url()
    assert str(event["URL"]).startswith("http://localhost/it/")

    location = str(event["LOCATION"])
    assert "Sala civica, Gallarate" in location
    assert "https://meet.example.org/pozze" in location

    description = str(event["DESCRIPTION"])
    assert "Come scavare pozze per anfibi." in description
    assert "10:00 Saluti (Anna Neri)" in description
    assert "- Discussione" in description
    assert "Tre pozze & un sentiero.\nProssimo passo: monitoraggio." in description
    assert "<p>" not in description


def test_meeting_times_are_in_the_meeting_time_zone(client, webinar):
    calendar = parse(client.get(f"{webinar.url}meeting.ics"))
    [event] = events(calendar)
    assert event["DTSTART"].params["TZID"] == "Europe/Rome"
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    # 08:00 UTC is 10:00 in Rome in June (CEST, UTC+2).
    assert (start.hour, start.minute) == (10, 0)
    assert start == webinar.start
    assert end == webinar.end
    assert end.astimezone(ROME).time() == datetime.time(12, 30)
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Rome"]
    assert not calendar.get_missing_tzids()


def test_meeting_in_another_time_zone(client, portal):
    meeting = MeetingPageFactory(
        parent=portal.community,
        slug="london",
        time_zone="Europe/London",
        start=datetime.datetime(2025, 1, 20, 14, 0, tzinfo=UTC),
        end=datetime.datetime(2025, 1, 20, 15, 0, tzinfo=UTC),
        place="",
        online_link="https://meet.example.org/london",
    )
    calendar = parse(client.get(f"{meeting.url}meeting.ics"))
    [event] = events(calendar)
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert event.decoded("DTSTART").hour == 14
    assert event.decoded("DTSTART") == meeting.start
    assert str(event["LOCATION"]) == "https://meet.example.org/london"
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/London"]


def test_uid_is_stable_and_shared_by_translations(client, webinar):
    first = events(parse(client.get(f"{webinar.url}meeting.ics")))[0]["UID"]
    webinar.title = "Webinar sulle pozze (rinviato)"
    webinar.save_revision().publish()
    second = events(parse(client.get(f"{webinar.url}meeting.ics")))[0]["UID"]
    assert first == second


def test_community_calendar_lists_its_live_meetings(client, portal, webinar):
    MeetingPageFactory(parent=portal.community, title="Bozza di incontro", live=False)
    other = CommunityPageFactory(parent=portal.communities, edition=2019)
    MeetingPageFactory(parent=other, title="Incontro di un'altra comunità")

    response = client.get(f"{portal.community.url}calendar.ics")
    calendar = parse(response)
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert portal.community.title in str(calendar["X-WR-CALNAME"])
    summaries = sorted(str(event["SUMMARY"]) for event in events(calendar))
    assert summaries == sorted([portal.meeting.title, webinar.title])
    uids = {str(event["UID"]) for event in events(calendar)}
    assert f"meeting-{webinar.translation_key}@localhost" in uids
    assert not calendar.get_missing_tzids()


def test_community_calendar_leaves_out_private_meetings(client, portal, webinar):
    PageViewRestriction.objects.create(
        page=webinar, restriction_type=PageViewRestriction.PASSWORD, password="segreto"
    )
    calendar = parse(client.get(f"{portal.community.url}calendar.ics"))
    assert [str(event["SUMMARY"]) for event in events(calendar)] == [portal.meeting.title]
    # The file of a private meeting asks for the password, like the page.
    response = client.get(f"{webinar.url}meeting.ics")
    assert response.status_code == HTTPStatus.OK
    assert not response["Content-Type"].startswith("text/calendar")


def test_empty_community_calendar(client, portal):
    community = CommunityPageFactory(parent=portal.communities, edition=2017)
    calendar = parse(client.get(f"{community.url}calendar.ics"))
    assert events(calendar) == []


@pytest.mark.parametrize(
    "url",
    [
        "{community}meeting.ics",  # a community has a calendar, not a meeting file
        "{meeting}calendar.ics",
        "{meeting}other.ics",
        "{project}meeting.ics",  # not a routable page
        "{community}feed/calendar.ics",  # the path must name the page itself
        "/it/nowhere/meeting.ics",
    ],
)
def test_unknown_calendar_files_are_not_found(client, portal, url):
    url = url.format(
        community=portal.community.url, meeting=portal.meeting.url, project=portal.project.url
    )
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


def test_draft_meeting_has_no_calendar_file(client, portal):
    draft = MeetingPageFactory(parent=portal.community, slug="bozza", live=False)
    url = f"{portal.community.url}bozza/meeting.ics"
    assert draft.live is False
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


def test_italian_meeting_is_not_found_under_the_english_prefix(client, webinar):
    url = f"{webinar.url}meeting.ics".replace("/it/", "/en/", 1)
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


def test_html_to_text():
    assert html_to_text("") == ""
    assert html_to_text(None) == ""
    assert (
        html_to_text("<p>Uno &amp; <b>due</b></p><ul><li>tre</li><li>quattro</li></ul>")
        == "Uno & due\ntre\nquattro"
    )
    assert html_to_text("<p>a<br>b</p>\n\n\n<p>c</p>") == "a\nb\nc"
