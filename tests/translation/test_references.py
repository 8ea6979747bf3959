"""References between pages follow the locale of the page that holds them."""

from cdp_pages.models import SolutionCardPage, ThemePage, Topic
from cdp_pages.translation import relations


def test_relations_are_found_from_the_models():
    found = {(r.owner_model.__name__, r.target) for r in relations()}
    assert ("SolutionCardPage", "themepage") in found
    assert ("SolutionCardPage", "topic") in found
    assert ("LessonLearnedPage", "source_meeting") in found
    assert ("ThemePage", "solution") in found
    assert ("ProjectPage", "solution") in found
    # Organizations and people are not translated: their references stay as they are.
    assert not {r for r in relations() if r.target_model.__name__ in ("Person", "Organization")}


def test_a_translated_card_points_at_the_translated_theme_and_topic(portal, translate):
    translate(portal.home)
    translate(portal.habitat)
    en_card = translate(portal.card)
    en_topic = Topic.objects.get(
        translation_key=portal.habitat.translation_key, locale=en_card.locale
    )
    # The English theme does not exist yet: the card keeps the Italian one.
    assert list(en_card.themes.all()) == [portal.theme]
    assert list(en_card.topics.all()) == [en_topic]
    en_theme = translate(portal.theme)
    en_card = SolutionCardPage.objects.get(pk=en_card.pk)
    assert list(en_card.themes.all()) == [en_theme]
    # The Italian card is untouched.
    assert list(SolutionCardPage.objects.get(pk=portal.card.pk).themes.all()) == [portal.theme]


def test_an_unpublished_translation_gives_its_references_back(portal, translate):
    translate(portal.home)
    en_theme = translate(portal.theme)
    en_card = translate(portal.card)
    assert list(en_card.themes.all()) == [en_theme]
    ThemePage.objects.get(pk=en_theme.pk).unpublish()
    assert list(SolutionCardPage.objects.get(pk=en_card.pk).themes.all()) == [portal.theme]


def test_child_rows_and_foreign_keys_follow(portal, translate):
    translate(portal.home)
    portal.theme.solution_links.create(solution=portal.card, note="Vedi la scheda")
    portal.theme.save_revision().publish()
    en_lesson = translate(portal.lesson)
    en_meeting = translate(portal.meeting)
    en_theme = translate(portal.theme)
    en_card = translate(portal.card)
    assert en_theme.solution_links.get().note == "Vedi la scheda (EN)"
    assert ThemePage.objects.get(pk=en_theme.pk).solution_links.get().solution_id == en_card.pk
    en_lesson.refresh_from_db()
    assert en_lesson.source_meeting_id == en_meeting.pk


def test_two_links_of_a_theme_to_one_card_both_follow(portal, translate):
    """Child rows are not pairs: two links to the same card keep both their notes."""
    translate(portal.home)
    portal.theme.solution_links.create(solution=portal.card, note="Prima")
    portal.theme.solution_links.create(solution=portal.card, note="Seconda")
    portal.theme.save_revision().publish()
    en_theme = translate(portal.theme)
    en_card = translate(portal.card)
    links = ThemePage.objects.get(pk=en_theme.pk).solution_links.order_by("sort_order")
    assert [(link.note, link.solution_id) for link in links] == [
        ("Prima (EN)", en_card.pk),
        ("Seconda (EN)", en_card.pk),
    ]
