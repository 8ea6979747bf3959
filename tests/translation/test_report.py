"""The translation status report (Reports → Translation status): statuses, percentages and
"out of date since" per page and language, filters, pagination, CSV and XLSX export, who may
see it, its accessible table and its query budget."""

import csv
import datetime
import io
from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import GroupPagePermission, Locale, Page, PageLogEntry
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from cdp_pages.models import SolutionCardPage
from cdp_pages.translation import report, status
from tests import factories
from tests.admin_pages import sidebar_names

INDEX = "translation_status:index"


def admin_text(message):
    """A label as the admin renders it, in the default language."""
    with translation.override(settings.LANGUAGE_CODE):
        return gettext(message)


def get(client, **params):
    response = client.get(reverse(INDEX), params)
    assert response.status_code == HTTPStatus.OK
    return response


def table(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find("table", id="translation-status")


def cells(response, language="en"):
    """The listed pages and their cell in one language: {page id: (status code, cell text)}."""
    found = table(response)
    if found is None:
        return {}
    listed = {}
    for row in found.tbody.find_all("tr"):
        cell = row.find("td", attrs={"data-language": language})
        listed[int(row["id"].removeprefix("page-"))] = (
            cell["data-status"] if cell else None,
            cell.get_text(" ", strip=True) if cell else None,
        )
    return listed


def listed(response):
    return set(cells(response))


def export(client, export_format="csv", **params):
    response = client.get(reverse(INDEX), {**params, "export": export_format})
    assert response.status_code == HTTPStatus.OK
    return response


def csv_rows(response):
    assert response["Content-Type"] == "text/csv"
    assert "attachment" in response["Content-Disposition"]
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


def publish_edit(page, title):
    """An editor changes the Italian page and publishes it; returns the publication's time."""
    page.refresh_from_db()
    page.title = title
    page.save_revision().publish()
    return PageLogEntry.objects.filter(page=page, action="wagtail.publish").latest("pk").timestamp


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def submit(django_capture_on_commit_callbacks, english):
    """Submit a page for translation, as an editor does, without translating anything."""

    def submit(page):
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(page, [english])
        return page.get_translation(english)

    return submit


@pytest.fixture
def statuses(portal, translate, submit, english):
    """One page in each state, in English:

    - the lesson: fully translated and published (up to date, 100%);
    - the card: translated and published, then one of its 4 segments lost its translation
      (incomplete, 75%);
    - the theme: submitted, nothing translated yet (a draft: incomplete, 0%);
    - the meeting: translated, then its Italian page was published twice (out of date since
      the first of those publications);
    - the project, the community and the indexes: never submitted (missing; the indexes above
      the translated pages are aliases, which show the Italian text);
    - the home: translated by hand, never synced through wagtail-localize (up to date).
    """
    translate(portal.lesson)
    card = translate(portal.card)
    StringTranslation.objects.get(
        locale=english,
        context__path="solution",
        context__object_id=portal.card.translation_key,
    ).delete()
    submit(portal.theme)
    translate(portal.meeting)
    since = publish_edit(portal.meeting, "Plenaria di primavera, programma nuovo")
    publish_edit(portal.meeting, "Plenaria di primavera, programma definitivo")
    return {"card": card, "since": since}


# Statuses, percentages, dates ------------------------------------------------------------


def test_each_page_of_the_source_language_has_its_status(client, admin_user, portal, statuses):
    client.force_login(admin_user)

    found = cells(get(client))

    assert {page: state for page, (state, _text) in found.items()} == {
        portal.home.pk: status.UP_TO_DATE,
        portal.communities.pk: status.MISSING,
        portal.community.pk: status.MISSING,
        portal.project.pk: status.MISSING,
        portal.theme.pk: status.INCOMPLETE,
        portal.meeting.pk: status.OUT_OF_DATE,
        portal.solutions.pk: status.MISSING,
        portal.card.pk: status.INCOMPLETE,
        portal.lessons.pk: status.MISSING,
        portal.lesson.pk: status.UP_TO_DATE,
    }
    text = {page: text for page, (_state, text) in found.items()}
    assert admin_text("Live") in text[portal.lesson.pk]
    assert "100%" in text[portal.lesson.pk]
    assert admin_text("Live") in text[portal.card.pk]
    assert "75%" in text[portal.card.pk]
    assert admin_text("Draft") in text[portal.theme.pk]
    assert "0%" in text[portal.theme.pk]
    assert admin_text("Alias") in text[portal.lessons.pk]
    assert "%" not in text[portal.lessons.pk]
    assert text[portal.project.pk] == admin_text("Missing")
    assert admin_text("not synced") in text[portal.home.pk]
    assert admin_text("Out of date") in text[portal.meeting.pk]


def test_the_percentage_is_the_one_wagtail_localize_computes(portal, statuses, english):
    pages = status.annotate_translation_status(status.source_pages(), ["en"])
    percent = dict(pages.values_list("pk", "en_percent"))
    for page in (portal.lesson, portal.card, portal.theme, portal.meeting):
        total, done = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=english
        ).get_progress()
        assert percent[page.pk] == done * 100 // total
    assert percent[portal.card.pk] == 75
    assert percent[portal.project.pk] is None


def test_out_of_date_since_the_first_publication_after_the_last_sync(
    client, admin_user, portal, statuses
):
    client.force_login(admin_user)
    soup = table(get(client))

    cell = soup.find("tr", id=f"page-{portal.meeting.pk}").find("td", attrs={"data-language": "en"})
    shown = datetime.datetime.fromisoformat(cell.find("time")["datetime"])
    assert shown == statuses["since"]
    # Only the out-of-date translation carries a date.
    assert len(soup.find_all("time")) == 1


def test_syncing_the_translation_brings_it_up_to_date(client, admin_user, portal, statuses):
    TranslationSource.objects.get(object_id=portal.meeting.translation_key).update_from_db()
    client.force_login(admin_user)

    state, _text = cells(get(client))[portal.meeting.pk]

    # The new title is a new segment, not translated yet.
    assert state == status.INCOMPLETE


def test_a_translation_made_by_hand_is_out_of_date_after_a_later_publication(
    client, admin_user, home_it, home_en
):
    home_en.save_revision().publish()
    since = publish_edit(home_it, "Comunità di pratica, nuova edizione")
    client.force_login(admin_user)

    soup = table(get(client))

    cell = soup.find("tr", id=f"page-{home_it.pk}").find("td", attrs={"data-language": "en"})
    assert cell["data-status"] == status.OUT_OF_DATE
    assert datetime.datetime.fromisoformat(cell.find("time")["datetime"]) == since
    assert admin_text("not synced") in cell.get_text()


def test_the_root_and_the_other_languages_pages_are_not_rows(client, admin_user, portal, statuses):
    client.force_login(admin_user)

    rows = listed(get(client))

    assert statuses["card"].pk not in rows
    assert portal.home.get_parent().pk not in rows
    assert rows == set(status.source_pages().values_list("pk", flat=True))  # every Italian page


def test_titles_link_to_the_editor_and_the_translation_to_its_editor(
    client, admin_user, portal, statuses
):
    client.force_login(admin_user)
    soup = table(get(client))

    row = soup.find("tr", id=f"page-{portal.card.pk}")
    assert row.th["scope"] == "row"
    assert row.th.a["href"] == reverse("wagtailadmin_pages:edit", args=[portal.card.pk])
    assert row.th.a.get_text(strip=True) == portal.card.title
    target = row.find("td", attrs={"data-language": "en"}).a
    assert target["href"] == reverse("wagtailadmin_pages:edit", args=[statuses["card"].pk])
    assert admin_text("Solution card").lower() in row.get_text().lower()


# A third language --------------------------------------------------------------------------

THREE_LANGUAGES = [("it", "Italian"), ("en", "English"), ("de", "German")]


@pytest.fixture
def german(db):
    with override_settings(LANGUAGES=THREE_LANGUAGES, WAGTAIL_CONTENT_LANGUAGES=THREE_LANGUAGES):
        Locale.objects.create(language_code="de")
        yield


def test_a_third_language_gets_its_column_by_settings_alone(
    client, admin_user, portal, statuses, german
):
    client.force_login(admin_user)

    response = get(client)

    headers = [th.get_text(strip=True) for th in table(response).thead.find_all("th")]
    assert len(headers) == 4
    assert {state for state, _text in cells(response, "de").values()} == {status.MISSING}
    assert cells(response, "en")[portal.lesson.pk][0] == status.UP_TO_DATE


def test_the_language_filter_chooses_the_columns_and_the_status_filters_scope(
    client, admin_user, portal, statuses, german
):
    client.force_login(admin_user)

    german_only = get(client, language="de")
    assert all(state is None for state, _text in cells(german_only, "en").values())
    assert len(table(german_only).thead.find_all("th")) == 3
    # Every page is missing in German, none is up to date there.
    assert listed(get(client, language="de", status=status.MISSING)) == listed(german_only)
    assert listed(get(client, language="de", status=status.UP_TO_DATE)) == set()
    assert listed(get(client, language="en", status=status.UP_TO_DATE)) == {
        portal.home.pk,
        portal.lesson.pk,
    }
    # Without a language, a page is listed when any language has the status.
    assert listed(get(client, status=status.UP_TO_DATE)) == {portal.home.pk, portal.lesson.pk}


# Filters and pagination --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (status.OUT_OF_DATE, {"meeting"}),
        (status.INCOMPLETE, {"card", "theme"}),
        (status.UP_TO_DATE, {"home", "lesson"}),
        (
            status.MISSING,
            {"communities", "community", "project", "solutions", "lessons"},
        ),
    ],
)
def test_status_filter(client, admin_user, portal, statuses, state, expected):
    client.force_login(admin_user)

    found = cells(get(client, status=state))

    assert set(found) == {getattr(portal, name).pk for name in expected}
    assert {code for code, _text in found.values()} == {state}


def test_page_type_filter(client, admin_user, portal, statuses):
    client.force_login(admin_user)
    content_type = ContentType.objects.get_for_model(SolutionCardPage)

    assert listed(get(client, content_type=content_type.pk)) == {portal.card.pk}


def test_section_filter(client, admin_user, portal, statuses):
    client.force_login(admin_user)

    assert listed(get(client, section=portal.community.pk)) == {
        portal.community.pk,
        portal.project.pk,
        portal.theme.pk,
        portal.meeting.pk,
    }
    assert listed(get(client, section=portal.solutions.pk)) == {
        portal.solutions.pk,
        portal.card.pk,
    }
    # Filters combine.
    assert listed(get(client, section=portal.communities.pk, status=status.INCOMPLETE)) == {
        portal.theme.pk
    }


def test_sections_are_the_top_level_pages_and_the_communities(portal):
    assert set(report.sections()) == {
        portal.communities.page_ptr,
        portal.community.page_ptr,
        portal.solutions.page_ptr,
        portal.lessons.page_ptr,
    }


@pytest.mark.parametrize(
    "params",
    [
        {"status": "everything"},
        {"language": "xx"},
        {"section": "999999"},
        {"section": "not-a-page"},
        {"content_type": "abc"},
        {"p": "many"},
        {"p": "9999"},
        {"export": "pdf"},
    ],
)
def test_bad_input_is_answered_without_error(client, admin_user, portal, params):
    client.force_login(admin_user)

    response = client.get(reverse(INDEX), params)

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/html")
    assert table(response) is not None


def test_an_invalid_filter_says_so(client, admin_user, portal):
    client.force_login(admin_user)

    response = get(client, status="everything", section=portal.solutions.pk)

    soup = BeautifulSoup(response.content, "html.parser")
    alert = soup.find(id="translation-status-errors")
    assert alert["role"] == "alert"
    with translation.override(settings.LANGUAGE_CODE):
        message = gettext("Select a valid choice. %(value)s is not one of the available choices.")
        label = str(report.TranslationStatusFilterSet.base_filters["status"].label)
    assert f"{label}: {message % {'value': 'everything'}}" in alert.get_text(" ", strip=True)
    # No filter applies then, not even the valid one.
    assert listed(response) == set(status.source_pages().values_list("pk", flat=True))


def test_pagination(client, admin_user, portal, monkeypatch):
    monkeypatch.setattr(report.TranslationStatusView, "paginate_by", 4)
    client.force_login(admin_user)
    everything = list(status.source_pages().values_list("pk", flat=True))

    first = list(cells(get(client)))
    second = list(cells(get(client, p=2)))
    last = list(cells(get(client, p=3)))

    assert first == everything[:4]
    assert second == everything[4:8]
    assert last == everything[8:]


# Export ------------------------------------------------------------------------------------


def test_csv_has_one_row_per_page_and_language(client, admin_user, portal, statuses, german):
    client.force_login(admin_user)

    rows = csv_rows(export(client))

    header, *body = rows
    assert header == [
        admin_text(str(h)) for h in report.TranslationStatusView.export_headings.values()
    ]
    pages = status.source_pages().count()
    assert len(body) == pages * 2
    by_key = {(int(row[0]), row[4]): row for row in body}
    card = by_key[(portal.card.pk, "en")]
    assert card == [
        str(portal.card.pk),
        portal.card.title,
        admin_text("Solution card"),
        portal.card.url_path,
        "en",
        admin_text("Live"),
        admin_text("Incomplete"),
        "75",
        "",
    ]
    meeting = by_key[(portal.meeting.pk, "en")]
    assert meeting[6] == admin_text("Out of date")
    assert datetime.datetime.fromisoformat(meeting[8]) == statuses["since"]
    assert by_key[(portal.project.pk, "de")][5:8] == [admin_text("Missing")] * 2 + [""]
    assert by_key[(portal.theme.pk, "en")][5:8] == [
        admin_text("Draft"),
        admin_text("Incomplete"),
        "0",
    ]


def test_csv_follows_the_filters(client, admin_user, portal, statuses):
    client.force_login(admin_user)

    rows = csv_rows(export(client, status=status.INCOMPLETE))

    assert sorted(int(row[0]) for row in rows[1:]) == sorted([portal.card.pk, portal.theme.pk])


def test_xlsx_export(client, admin_user, portal, statuses):
    from openpyxl import load_workbook

    client.force_login(admin_user)

    response = export(client, "xlsx")

    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.values)
    assert len(rows) == status.source_pages().count() + 1
    meeting = next(row for row in rows[1:] if row[0] == portal.meeting.pk)
    assert meeting[7] == 100
    # Spreadsheets hold naive times: Wagtail writes them in UTC.
    since = meeting[8].replace(tzinfo=datetime.UTC)
    assert abs(since - statuses["since"]) < datetime.timedelta(seconds=1)


# Who sees it -------------------------------------------------------------------------------


@pytest.fixture
def users(portal, editor, translator, partner, moderator, admin_user):
    return {
        "superuser": admin_user,
        "editor": editor,
        "translator": translator,
        "partner": partner,
        "moderator": moderator,
    }


def test_who_may_view_the_report(users):
    allowed = {name for name, user in users.items() if report.can_view_translation_status(user)}
    assert allowed == {"superuser", "editor", "translator"}
    assert not report.can_view_translation_status(AnonymousUser())
    users["editor"].is_active = False
    assert not report.can_view_translation_status(users["editor"])


def test_any_group_allowed_to_edit_translated_pages_may_view(portal, english):
    user = factories.UserFactory(username="esterno")
    group = Group.objects.create(name="Traduttori esterni")
    user.groups.add(group)
    change = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    # Editing Italian pages is not enough.
    GroupPagePermission.objects.create(group=group, page=portal.solutions, permission=change)
    assert not report.can_view_translation_status(user)

    GroupPagePermission.objects.create(
        group=group, page=Page.objects.get(depth=2, locale=english), permission=change
    )

    assert report.can_view_translation_status(type(user).objects.get(pk=user.pk))


@pytest.mark.parametrize("name", ["superuser", "editor", "translator"])
def test_allowed_roles_see_the_report_and_its_menu_item(client, users, name, statuses):
    client.force_login(users[name])

    response = get(client)

    assert len(cells(response)) == status.source_pages().count()
    assert "translation-status" in sidebar_names(response)
    assert "translation-status" in sidebar_names(client.get(reverse("wagtailadmin_home")))


@pytest.mark.parametrize("name", ["partner", "moderator"])
def test_other_roles_are_refused_and_do_not_see_the_menu_item(client, users, name):
    client.force_login(users[name])

    response = client.get(reverse(INDEX))
    export_response = client.get(reverse(INDEX), {"export": "csv"})
    results = client.get(reverse("translation_status:results"))

    # Wagtail answers a refused admin view with a redirect to the dashboard and a message.
    for refused in (response, export_response, results):
        assert refused.status_code == HTTPStatus.FOUND
        assert refused["Location"] == reverse("wagtailadmin_home")
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == HTTPStatus.OK
    assert "translation-status" not in sidebar_names(home)


def test_a_translator_edits_translations_not_the_italian_pages(
    client, translator, portal, statuses
):
    client.force_login(translator)
    soup = table(get(client))

    row = soup.find("tr", id=f"page-{portal.card.pk}")
    assert row.th.a is None
    assert row.th.get_text(" ", strip=True).startswith(portal.card.title)
    target = row.find("td", attrs={"data-language": "en"}).a
    assert target["href"] == reverse("wagtailadmin_pages:edit", args=[statuses["card"].pk])


# Accessibility -----------------------------------------------------------------------------


def test_the_table_has_a_caption_and_headers(client, admin_user, portal, statuses):
    client.force_login(admin_user)
    response = get(client)
    soup = BeautifulSoup(response.content, "html.parser")
    found = table(response)

    assert soup.find("h1").get_text(strip=True) == admin_text("Translation status")
    assert found.caption.get_text(strip=True)
    headers = found.thead.find_all("th")
    assert [th["scope"] for th in headers] == ["col"] * 3
    assert headers[2]["lang"] == "en"
    for row in found.tbody.find_all("tr"):
        assert row.th["scope"] == "row"
        assert row.th.get_text(strip=True)
    # Each link to a translation names its page and language for screen readers.
    for link in found.tbody.select("td a"):
        assert link.find(class_="w-sr-only").get_text(strip=True)


def test_the_number_of_matches_is_announced_as_a_status(client, admin_user, portal, statuses):
    client.force_login(admin_user)
    soup = BeautifulSoup(get(client, status=status.INCOMPLETE).content, "html.parser")

    region = soup.find(id="listing-results").find(attrs={"role": "status"})
    assert region.h2.get_text(strip=True)
    assert "2" in region.h2.get_text()
    # A heading cannot take the role "alert" (axe: aria-allowed-role).
    assert not soup.select("h1[role], h2[role]")


# Query budget ------------------------------------------------------------------------------

BUDGET = 20  # 11 to 17 queries, by role; the same for 3 pages or 300


@pytest.fixture
def many_cards(portal, translate):
    def make(count):
        for n in range(count):
            card = factories.SolutionCardPageFactory(
                parent=portal.solutions, title=f"Scheda {n}", slug=f"scheda-{n}"
            )
            if n % 3 == 0:
                translate(card)
        return status.source_pages().count()

    return make


@pytest.mark.parametrize("count", [3, 30])
def test_the_query_count_does_not_grow_with_the_pages(
    client, admin_user, many_cards, count, django_assert_max_num_queries, monkeypatch
):
    monkeypatch.setattr(report.TranslationStatusView, "paginate_by", 100)
    pages = many_cards(count)
    client.force_login(admin_user)
    get(client)  # Warm the caches a first request fills (content types, site root paths).

    with django_assert_max_num_queries(BUDGET):
        response = get(client)
    with django_assert_max_num_queries(BUDGET):
        rows = csv_rows(export(client))

    assert len(cells(response)) == pages
    assert len(rows) == pages + 1


@pytest.mark.parametrize("name", ["editor", "translator"])
def test_the_query_budget_holds_for_each_role(
    client, users, name, many_cards, django_assert_max_num_queries
):
    pages = many_cards(12)
    client.force_login(users[name])
    get(client)

    with django_assert_max_num_queries(BUDGET):
        response = get(client)

    assert len(cells(response)) == pages
