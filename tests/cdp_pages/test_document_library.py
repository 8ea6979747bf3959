"""The document library: the materials of meetings and projects, their origin, the filters."""

import datetime
import json
from http import HTTPStatus

import pytest
import wagtail_factories
from django.utils import timezone, translation
from django.utils.translation import gettext

from cdp_pages.models import DocumentLibraryPage, ProjectAchievement, ProjectPage
from tests import factories


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def document(title, filename):
    return wagtail_factories.DocumentFactory(title=title, file__filename=filename)


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_materials(meeting, *materials):
    meeting.materials = json.dumps(
        [
            {"type": "material", "value": {"document": doc.pk, "description": description}}
            for doc, description in materials
        ]
    )
    return publish(meeting)


@pytest.fixture
def library(portal):
    return DocumentLibraryPage(title="Materiali", slug="materiali", intro="<p>I documenti.</p>")


@pytest.fixture
def materials(portal, library):
    """Slides of the portal's meeting (with a theme), a report of the portal's project, and
    minutes of a meeting of a second community."""
    portal.home.add_child(instance=library)
    meeting = portal.meeting
    meeting.themes.add(portal.theme)
    add_materials(meeting, (document("Le slide della plenaria", "slide.pdf"), "Le slide"))
    report = document("Rapporto finale", "rapporto.odt")
    ProjectAchievement.objects.filter(page=portal.project).update(document=report)
    # Published again from the database, with the document, as the admin would.
    publish(ProjectPage.objects.get(pk=portal.project.pk))
    other = publish(factories.CommunityPageFactory(parent=portal.communities, edition=2019))
    webinar = publish(
        factories.MeetingPageFactory(
            parent=other,
            title="Webinar sulle risaie",
            kind="webinar",
            start=timezone.now() - datetime.timedelta(days=30),
        )
    )
    add_materials(webinar, (document("Verbale del webinar", "verbale.pdf"), ""))
    return {"other": other, "webinar": webinar}


def get(client, library, **params):
    response = client.get(library.url, params)
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


def test_lists_materials_with_origin_and_community(client, portal, library, materials):
    html = get(client, library)
    assert "Le slide della plenaria" in html
    assert "Le slide</p>" in html
    assert "(PDF" in html
    assert "Rapporto finale" in html
    assert "(ODT" in html
    # The achievement's title describes the document of a project.
    assert "Prima pozza scavata" in html
    assert "Verbale del webinar" in html
    for page in (portal.meeting, portal.project, portal.community, portal.theme):
        assert f'href="{page.url}"' in html
    assert f'href="{materials["webinar"].url}"' in html
    assert f'href="{materials["other"].url}"' in html
    with translation.override("it"):
        assert gettext("Meeting") in html
        assert gettext("Project") in html


def titles(client, library, **params):
    html = get(client, library, **params)
    return {
        title
        for title in ("Le slide della plenaria", "Rapporto finale", "Verbale del webinar")
        if title in html
    }


def test_each_filter_narrows_the_list(client, portal, library, materials):
    assert titles(client, library) == {
        "Le slide della plenaria",
        "Rapporto finale",
        "Verbale del webinar",
    }
    assert titles(client, library, community=portal.community.pk) == {
        "Le slide della plenaria",
        "Rapporto finale",
    }
    assert titles(client, library, community=materials["other"].pk) == {"Verbale del webinar"}
    assert titles(client, library, meeting=portal.meeting.pk) == {"Le slide della plenaria"}
    assert titles(client, library, theme=portal.theme.pk) == {"Le slide della plenaria"}
    assert titles(client, library, file_type="ODT") == {"Rapporto finale"}
    assert titles(client, library, file_type="PDF", community=portal.community.pk) == {
        "Le slide della plenaria"
    }


@pytest.mark.parametrize(
    "params",
    [
        {"community": "abc"},
        {"community": "999999"},
        {"meeting": "-1"},
        {"theme": "1e9"},
        {"file_type": "EXE"},
        {"page": "zzz"},
        {"community": "x", "meeting": "y", "theme": "z", "file_type": "<b>"},
    ],
)
def test_bad_filter_values_are_ignored(client, library, materials, params):
    html = get(client, library, **params)
    # The list is not narrowed by the bad value, and the form says what was wrong.
    assert "Verbale del webinar" in html
    if set(params) != {"page"}:
        assert "errorlist" in html


def test_materials_of_unpublished_pages_are_not_listed(client, portal, library, materials):
    materials["webinar"].unpublish()
    portal.project.unpublish()
    html = get(client, library)
    assert "Verbale del webinar" not in html
    assert "Rapporto finale" not in html
    assert "Le slide della plenaria" in html


def test_english_library_lists_what_english_pages_make_available(
    client, portal, home_en, library, materials, translate
):
    translate(portal.communities, subtree=True)
    english = translate(library)
    assert english.locale.language_code == "en"
    html = get(client, english)
    assert "Le slide della plenaria" in html
    assert "Rapporto finale" in html
    english_meeting = portal.meeting.get_translation(english.locale)
    assert f'href="{english_meeting.url}"' in html
    assert f'href="{portal.meeting.url}"' not in html
    # The Italian library is unchanged by the translations.
    italian = get(client, library)
    assert f'href="{portal.meeting.url}"' in italian
    assert f'href="{english_meeting.url}"' not in italian


def test_query_budget_does_not_grow_with_documents(
    client, portal, library, django_assert_max_num_queries
):
    portal.home.add_child(instance=library)
    community = portal.community

    def grow(start, stop):
        for number in range(start, stop):
            doc = document(f"Documento {number}", f"documento-{number}.pdf")
            if number % 2:
                meeting = factories.MeetingPageFactory(parent=community, title=f"Incontro {number}")
                meeting.themes.add(portal.theme)
                add_materials(meeting, (doc, f"Descrizione {number}"))
            else:
                project = factories.ProjectPageFactory(parent=community)
                project.achievements.create(
                    date=datetime.date(2020, 1, 1),
                    title=f"Tappa {number}",
                    text="<p>.</p>",
                    document=doc,
                )
                publish(project)

    def measure():
        assert client.get(library.url).status_code == HTTPStatus.OK
        with django_assert_max_num_queries(30) as context:
            response = client.get(library.url, {"file_type": "PDF"})
        assert response.status_code == HTTPStatus.OK
        return len(context.captured_queries), response.content.decode()

    grow(0, 3)
    small, html = measure()
    assert "Documento 2" in html
    grow(3, 12)
    large, html = measure()
    assert "Documento 11" in html
    assert small == large
