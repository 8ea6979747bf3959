"""The search index follows the pages and documents: what goes in, and when."""

from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from search import index
from search.models import SearchEntry
from tests import factories

pytestmark = pytest.mark.django_db


def facets_of(entry):
    return {(facet.name, facet.value) for facet in entry.facets.all()}


def test_a_published_solution_card_is_indexed_with_its_text_and_facets(portal):
    entry = SearchEntry.objects.get(page=portal.card)
    assert entry.kind == "solution"
    assert entry.locale == "it"
    assert entry.config == "italian"
    assert entry.title == "Incontri in cascina"
    assert entry.url == portal.card.url
    assert "<p>" not in entry.body
    assert portal.card.solution.replace("<p>", "").replace("</p>", "").strip() in entry.body
    assert facets_of(entry) >= {
        ("type", "solution"),
        ("community", str(portal.community.pk)),
        ("theme", str(portal.theme.pk)),
        ("topic", str(portal.habitat.pk)),
        ("project", str(portal.project.pk)),
        ("maturity", portal.card.maturity),
        ("year", str(entry.date.year)),
    }
    community = entry.facets.get(name="community")
    assert community.label == f"{portal.community.title} ({portal.community.edition})"


def test_every_kind_of_page_is_indexed(portal):
    kinds = set(SearchEntry.objects.values_list("kind", flat=True))
    assert kinds == {"solution", "lesson", "theme", "project", "meeting"}
    # Index pages, communities and the home are not search results.
    assert not SearchEntry.objects.filter(page=portal.solutions).exists()
    assert not SearchEntry.objects.filter(page=portal.community).exists()


def test_a_meeting_is_dated_by_its_start(portal):
    entry = SearchEntry.objects.get(page=portal.meeting)
    assert entry.date == timezone.localtime(portal.meeting.start).date()
    assert ("community", str(portal.community.pk)) in facets_of(entry)


def test_unpublish_publish_move_and_delete_keep_the_index_true(portal):
    portal.card.unpublish()
    assert not SearchEntry.objects.filter(page=portal.card).exists()
    portal.card.save_revision().publish()
    assert SearchEntry.objects.filter(page=portal.card).exists()
    lesson = portal.lesson
    new_index = factories.LessonIndexPageFactory(parent=portal.home, slug="altre-lezioni")
    lesson.move(new_index, pos="last-child")
    lesson.refresh_from_db()
    assert SearchEntry.objects.get(page=lesson).url == lesson.url
    assert "/altre-lezioni/" in lesson.url
    portal.theme.delete()
    assert not SearchEntry.objects.filter(title=portal.theme.title).exists()


def test_pages_in_a_private_section_are_not_indexed(portal):
    PageViewRestriction.objects.create(page=portal.lessons, restriction_type="login")
    card = factories.LessonLearnedPageFactory(parent=portal.lessons, title="Lezione riservata")
    assert not SearchEntry.objects.filter(page=card).exists()
    assert index.rebuild() == SearchEntry.objects.count()
    assert not SearchEntry.objects.filter(kind="lesson").exists()


def test_an_english_translation_has_its_own_entry(portal, home_en):
    translation = portal.card.copy_for_translation(home_en.locale, copy_parents=True)
    translation.title = "Evening meetings in farmhouses"
    translation.save_revision().publish()
    entry = SearchEntry.objects.get(page=translation)
    assert (entry.locale, entry.config, entry.title) == (
        "en",
        "english",
        "Evening meetings in farmhouses",
    )


def test_documents_are_indexed_for_every_language(db):
    document = get_document_model().objects.create(
        title="Protocollo di monitoraggio degli anfibi",
        file=ContentFile(b"protocollo", name="protocollo.txt"),
    )
    entry = SearchEntry.objects.get(document=document)
    assert (entry.kind, entry.locale) == ("document", "")
    document.delete()
    assert not SearchEntry.objects.filter(kind="document").exists()


def test_the_rebuild_command_reports_its_progress(portal):
    SearchEntry.objects.all().delete()
    out = StringIO()
    call_command("search_index", "--rebuild", stdout=out)
    assert "5/5" in out.getvalue()
    assert "Indexed 5 pages and documents." in out.getvalue()
    assert SearchEntry.objects.count() == 5
    assert facets_of(SearchEntry.objects.get(page=portal.card)) >= {("type", "solution")}


def test_searchable_text_reads_stream_fields(portal):
    meeting = portal.meeting
    text = index.searchable_text(meeting)
    for block in meeting.agenda:
        assert str(block.value["title"]) in text
