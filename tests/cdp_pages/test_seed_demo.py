"""seed_demo is idempotent: running it twice duplicates and loses nothing.

Seeding takes several seconds, so the module seeds once (twice in a row, to check
idempotence) inside a transaction that is rolled back at the end, and the tests read the
result. The data modules are also checked on their own, without a database.
"""

import re
from collections import Counter
from http import HTTPStatus
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import override_settings
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringSegment, Translation

from cdp_pages.demo import (
    content,
    lessons,
    meetings,
    projects,
    publications,
    solutions,
    themes,
    translations,
)
from cdp_pages.demo.builder import DemoBuilder
from cdp_pages.management.commands.seed_demo import DEMO_USERS
from cdp_pages.models import (
    ArticleAuthor,
    ArticlePage,
    CommunityIndexPage,
    CommunityPage,
    HomePage,
    LessonIndexPage,
    LessonLearnedPage,
    MeetingPage,
    Organization,
    Person,
    ProjectAchievement,
    ProjectIssue,
    ProjectPage,
    ProjectPartner,
    ProjectSite,
    PublicationIndexPage,
    QuadernoEditor,
    QuadernoPage,
    SolutionCardPage,
    SolutionIndexPage,
    ThemeLessonLink,
    ThemePage,
    ThemeSolutionLink,
    Topic,
)
from cdp_pages.models.publications import Licence, validate_isbn
from cdp_pages.translation import relations
from learning_paths.demo import PATHS, seed_learning_paths, step_key
from learning_paths.models import LearningPathIndexPage, LearningPathPage, LearningPathStep

pytestmark = pytest.mark.django_db


def snapshot():
    Image = get_image_model()
    Document = get_document_model()
    return {
        "pages": sorted(Page.objects.values_list("pk", "title", "live")),
        "revisions": Revision.objects.count(),
        "users": sorted(get_user_model().objects.values_list("username", flat=True)),
        "organizations": sorted(Organization.objects.values_list("pk", "name")),
        "people": sorted(Person.objects.values_list("pk", "name")),
        "topics": sorted(Topic.objects.values_list("pk", "slug", "name")),
        "images": sorted(Image.objects.values_list("pk", "title")),
        "documents": sorted(Document.objects.values_list("pk", "title")),
        "partners": ProjectPartner.objects.count(),
        "issues": ProjectIssue.objects.count(),
    }


def assert_filled(obj, *names):
    empty = [name for name in names if not getattr(obj, name)]
    assert not empty, f"{obj}: empty {', '.join(empty)}"


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker, tmp_path_factory):
    """The database after two runs of seed_demo, with the snapshot taken after each run."""
    media = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        override_settings(DEBUG=True, MEDIA_ROOT=media),
        transaction.atomic(),
    ):
        first_output = StringIO()
        call_command("seed_demo", stdout=first_output)
        first = snapshot()
        second_output = StringIO()
        call_command("seed_demo", stdout=second_output)
        second = snapshot()
        yield {
            "first": first,
            "second": second,
            "first_output": first_output.getvalue(),
            "second_output": second_output.getvalue(),
            "media": media,
        }
        transaction.set_rollback(True)


@pytest.fixture
def home(seeded):
    return HomePage.objects.get(locale__language_code="it")


# Idempotence ------------------------------------------------------------------------


def test_seed_demo_twice_gives_the_same_content(seeded):
    assert seeded["second"] == seeded["first"]
    assert set(seeded["first"]["users"]) == {username for username, *_ in DEMO_USERS}
    editor = get_user_model().objects.get(username="editor")
    assert list(editor.groups.values_list("name", flat=True)) == ["Editors"]


def test_the_second_run_publishes_nothing(seeded):
    assert "Pages: 0 created, 0 updated, 90 unchanged." in seeded["second_output"]
    assert "0 images and 0 documents created" in seeded["second_output"]
    assert "90 created" in seeded["first_output"]
    assert "Translations into en: 0 published, 117 unchanged." in seeded["second_output"]
    assert "Translations into en: 117 published, 0 unchanged." in seeded["first_output"]


def test_the_command_prints_a_summary_of_counts(seeded):
    output = seeded["second_output"]
    for label, count in [
        ("communities", 3),
        ("projects", 12),
        ("themes", 8),
        ("meetings", 10),
        ("solution cards", 24),
        ("lessons learned", 18),
        ("Quaderni", 2),
        ("articles", 8),
    ]:
        assert re.search(rf"^\s+{label}\s+{count}$", output, re.MULTILINE), label


def test_seed_demo_refuses_to_run_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")


# Counts -----------------------------------------------------------------------------


def test_indexes_are_under_the_italian_home(home):
    for model, title in [
        (CommunityIndexPage, "Comunità di pratica"),
        (SolutionIndexPage, "Soluzioni"),
        (LessonIndexPage, "Lezioni apprese"),
        (PublicationIndexPage, "Pubblicazioni"),
    ]:
        index = model.objects.child_of(home).get()
        assert index.title == title
        assert index.live
        assert index.live_revision_id is not None


def test_every_italian_page_and_topic_has_a_published_english_translation(home):
    """Real wagtail-localize translations, complete, so that sync works on them."""
    english = Locale.objects.get(language_code="en")
    sources = list(Page.objects.descendant_of(home, inclusive=True).live().specific())
    sources += list(Topic.objects.filter(locale=home.locale))
    by_source = {
        t.source.object_id: t
        for t in Translation.objects.filter(target_locale=english).select_related("source")
    }
    for source in sources:
        total, done = by_source[source.translation_key].get_progress()
        assert total > 0, source
        assert done == total, source
        target = source.get_translation(english)
        if isinstance(target, Page):
            assert target.live, target
            assert target.alias_of_id is None, target
            assert target.url.startswith("/en/"), target.url


def test_the_english_text_is_written_english(home):
    """The translations come from the demo's memory, not from a copy of the source."""
    english = Locale.objects.get(language_code="en")
    card = SolutionCardPage.objects.descendant_of(home).order_by("path").first()
    card_en = card.get_translation(english)
    memory = translations.memory("en")
    assert card_en.title == memory[card.title] != card.title
    assert card_en.slug == memory[card.slug] != card.slug
    assert str(card_en.challenge) != str(card.challenge)
    index_en = SolutionIndexPage.objects.get(locale=english)
    assert (index_en.title, index_en.url) == ("Solutions", "/en/solutions/")
    issue = ProjectIssue.objects.filter(locale=english).first()
    assert issue.text == memory[issue.get_translation(home.locale).text]


def test_english_pages_refer_to_english_pages_and_topics(seeded):
    english = Locale.objects.get(language_code="en")
    checked = 0
    for relation in relations():
        held = relation.model.objects.filter(**{relation.owner_locale: english}).exclude(
            **{relation.target_id: None}
        )
        checked += held.count()
        assert not held.exclude(**{f"{relation.target}__locale": english}).exists(), relation
    assert checked > 100


def test_the_translation_memory_matches_the_demo_content(home):
    """Every string of the demo has its English in the memory, and the memory holds no
    string the demo no longer uses."""
    used = set(
        StringSegment.objects.filter(
            source__locale=home.locale, source__translations__target_locale__language_code="en"
        ).values_list("string__data", flat=True)
    )
    memory = translations.memory("en")
    assert used - set(memory) == set()
    assert set(memory) - used == set()


def test_the_english_demo_pages_render(seeded, client):
    english = Locale.objects.get(language_code="en")
    for page in Page.objects.filter(locale=english, depth__gt=1).live().specific()[:40]:
        response = client.get(page.url)
        assert response.status_code == HTTPStatus.OK, page.url
        assert f"<h1>{escape(page.title)}" in response.content.decode() or page.depth == 2


def test_page_counts(home):
    communities = CommunityPage.objects.descendant_of(home).live().order_by("edition")
    assert [c.edition for c in communities] == [2017, 2018, 2019]
    for community in communities:
        assert community.summary
        assert community.facilitators.count() >= 1
        assert ProjectPage.objects.child_of(community).count() >= 4
    assert ProjectPage.objects.live().descendant_of(home).count() >= 12
    assert ThemePage.objects.live().descendant_of(home).count() == 8
    assert MeetingPage.objects.live().descendant_of(home).count() == 10
    assert SolutionCardPage.objects.live().descendant_of(home).count() == 24
    assert LessonLearnedPage.objects.live().descendant_of(home).count() == 18


def test_every_community_has_themes_and_meetings(home):
    for community in CommunityPage.objects.descendant_of(home):
        assert ThemePage.objects.child_of(community).exists()
        assert MeetingPage.objects.child_of(community).exists()


def test_snippet_counts(seeded):
    assert Organization.objects.count() >= 60
    assert Topic.objects.filter(kind=Topic.Kind.HABITAT).count() >= 6
    assert Topic.objects.filter(kind=Topic.Kind.ACTION_TYPE).count() >= 5
    assert Person.objects.count() >= 6


# Projects ---------------------------------------------------------------------------


def test_projects_are_complete(home):
    for project in ProjectPage.objects.descendant_of(home):
        partners = list(project.partners.all())
        assert [p.role for p in partners].count(ProjectPartner.Role.LEAD) == 1, project
        assert len(partners) >= 4
        assert project.sites.exists()
        for site in project.sites.all():
            prefix = "IT114" if project.province == "VB" else "IT20"
            assert re.fullmatch(r"IT[0-9A-Z]{7}", site.code)
            assert site.code.startswith(prefix), site.code
        assert project.habitats.exists()
        assert all(h.kind == Topic.Kind.HABITAT for h in project.habitats.all())
        assert project.start_date < project.end_date
        assert 0 < project.contribution < project.budget
        assert_filled(project, "summary", "objectives", "municipalities", "province")
        assert 3 <= project.achievements.count() <= 5
        kinds = Counter(project.issues.values_list("kind", flat=True))
        assert 3 <= kinds[ProjectIssue.Kind.STRENGTH] <= 6
        assert 3 <= kinds[ProjectIssue.Kind.CRITICAL] <= 6


def test_some_achievements_have_images_and_documents(home):
    projects_ = ProjectPage.objects.descendant_of(home)
    with_image = [a for p in projects_ for a in p.achievements.all() if a.image_id]
    with_document = [a for p in projects_ for a in p.achievements.all() if a.document_id]
    assert len(with_image) >= 6
    assert with_document


def test_some_issues_are_addressed_by_a_solution_card(home):
    addressed = ProjectIssue.objects.filter(
        page__in=ProjectPage.objects.descendant_of(home), status=ProjectIssue.Status.ADDRESSED
    )
    assert addressed.count() >= 10
    assert all(issue.solution_id for issue in addressed)
    assert all(issue.solution.live for issue in addressed)
    categories = set(ProjectIssue.objects.values_list("category", flat=True))
    assert len(categories) >= 6


def test_organizations_are_shared_across_projects_and_communities(seeded):
    memberships = {}
    for partner in ProjectPartner.objects.select_related("page"):
        memberships.setdefault(partner.organization_id, []).append(partner.page)
    shared = [pages for pages in memberships.values() if len(pages) > 1]
    assert len(shared) >= 8
    across = [pages for pages in shared if len({page.path[:-4] for page in pages}) > 1]
    assert len(across) >= 4


def test_project_statuses_vary(home):
    statuses = set(ProjectPage.objects.descendant_of(home).values_list("status", flat=True))
    assert {"completed", "ongoing"} <= statuses


# Themes -----------------------------------------------------------------------------


def test_every_theme_section_is_filled(home):
    for theme in ThemePage.objects.descendant_of(home):
        assert_filled(theme, "summary", "knowledge", "critical_issues", "evolutions")
        scales = {block.value["scale"] for block in theme.external_experiences}
        assert {"regional", "national", "international"} <= scales, theme
        assert all(block.value["teaching"] for block in theme.external_experiences)
        assert theme.solution_links.count() >= 2, theme
        assert theme.lesson_links.count() >= 2, theme
        assert theme.projects.count() >= 2, theme
        assert all(link.solution.live for link in theme.solution_links.all())
        assert all(link.lesson.live for link in theme.lesson_links.all())


def test_themes_are_spread_over_the_communities(home):
    per_community = [
        ThemePage.objects.child_of(c).count() for c in CommunityPage.objects.descendant_of(home)
    ]
    assert all(count >= 2 for count in per_community)


# Meetings ---------------------------------------------------------------------------


def test_meetings_past_and_upcoming(home):
    from django.utils import timezone

    meetings_ = list(MeetingPage.objects.descendant_of(home))
    now = timezone.now()
    assert sum(m.start < now for m in meetings_) >= 4
    assert sum(m.start >= now for m in meetings_) >= 2
    kinds = Counter(m.kind for m in meetings_)
    assert kinds[MeetingPage.Kind.PLENARY] >= 3
    assert kinds[MeetingPage.Kind.WEBINAR] >= 3
    for meeting in meetings_:
        assert meeting.end > meeting.start
        if meeting.kind == MeetingPage.Kind.WEBINAR:
            assert meeting.online_link
        else:
            assert meeting.place
        assert len(meeting.agenda) >= 3
        assert meeting.outcomes
        assert meeting.themes.exists()
    with_materials = [m for m in meetings_ if len(m.materials)]
    assert len(with_materials) >= 5
    for meeting in with_materials:
        for block in meeting.materials:
            assert block.value["document"] is not None


# Solutions and lessons --------------------------------------------------------------


def test_solution_cards_are_complete(home):
    cards = list(SolutionCardPage.objects.descendant_of(home))
    assert set(SolutionCardPage.Maturity.values) == {card.maturity for card in cards}
    for card in cards:
        assert_filled(
            card,
            "challenge",
            "solution",
            "time_needed",
            "cost_range",
            "skills",
            "results",
            "enabling_factors",
            "pitfalls",
            "transferability",
        )
        assert 3 <= len(card.steps) <= 6, card
        assert card.themes.exists(), card
        assert card.projects.exists(), card
        assert card.topics.filter(kind=Topic.Kind.ACTION_TYPE).exists(), card
        assert card.contacts.exists(), card


def test_lessons_are_complete(home):
    items = list(LessonLearnedPage.objects.descendant_of(home))
    assert {lesson.kind for lesson in items} == set(LessonLearnedPage.Kind.values)
    assert len({lesson.evidence_strength for lesson in items}) >= 3
    for lesson in items:
        assert_filled(lesson, "statement", "context", "evidence", "recommendation")
        assert lesson.source_meeting is not None, lesson
        assert lesson.themes.exists(), lesson
        assert lesson.projects.exists(), lesson


# Publications -----------------------------------------------------------------------

DOI_FORM = re.compile(r"^10\.\d{4,9}/\S+$")
FOOTNOTE_MARK = re.compile(r"\[(\d+)\]")


def test_there_is_a_quaderno_for_each_of_the_first_two_editions(home):
    index = PublicationIndexPage.objects.child_of(home).get()
    quaderni = list(QuadernoPage.objects.child_of(index).live().order_by("series_number"))
    assert [q.series_number for q in quaderni] == [1, 2]
    assert [q.community.edition for q in quaderni] == [2017, 2018]
    for quaderno in quaderni:
        assert_filled(quaderno, "subtitle", "publication_date", "introduction", "cover_image")
        validate_isbn(quaderno.isbn)
        assert quaderno.isbn.startswith(("979-12", "978-88")), quaderno.isbn
        assert quaderno.licence == Licence.CC_BY
        editors = list(quaderno.editors.order_by("sort_order"))
        assert 2 <= len(editors) <= 3, quaderno
        spec = next(q for q in publications.QUADERNI if q["slug"] == quaderno.slug)
        keys = {key: name for key, name, *_ in content.PEOPLE}
        assert [e.person.name for e in editors] == [keys[key] for key in spec["editors"]]
        assert 4 <= ArticlePage.objects.child_of(quaderno).live().count() <= 6, quaderno


def test_articles_have_ordered_authors_and_a_full_apparatus(home):
    names = {key: name for key, name, *_ in content.PEOPLE}
    specs = {a["slug"]: a for q in publications.QUADERNI for a in q["articles"]}
    for article in ArticlePage.objects.descendant_of(home).live():
        spec = specs[article.slug]
        authors = list(article.authors.order_by("sort_order"))
        assert 2 <= len(authors) <= 4, article
        assert [a.sort_order for a in authors] == list(range(len(authors)))
        assert [a.person.name for a in authors] == [names[key] for key, _ in spec["authors"]]
        assert all(a.signed_affiliation for a in authors), article
        assert 80 <= len(article.abstract.split()) <= 150, article
        assert 4 <= len(article.body) <= 8, article
        kinds = {block.block_type for block in article.body}
        assert {"heading", "paragraph"} <= kinds, article
        cited = {
            int(mark)
            for block in article.body
            if block.block_type == "paragraph"
            for mark in FOOTNOTE_MARK.findall(block.value.source)
        }
        assert 1 <= len(article.footnotes) <= 3, article
        assert cited == set(range(1, len(article.footnotes) + 1)), article
        assert 3 <= len(article.references) <= 6, article
        for reference in article.references:
            assert reference.value["citation"]
            assert not reference.value["doi"] or DOI_FORM.match(reference.value["doi"])
        assert len(article.keyword_list) >= 4, article
        assert article.themes.exists(), article
        assert article.lessons.exists(), article
        assert article.solutions.exists(), article


def test_each_quaderno_has_figures_tables_quotes_and_dois(home):
    charts = {title for title, *_ in publications.CHARTS.values()}
    for quaderno in QuadernoPage.objects.descendant_of(home):
        articles = list(ArticlePage.objects.child_of(quaderno))
        blocks = [block for article in articles for block in article.body]
        figures = [block.value for block in blocks if block.block_type == "figure"]
        assert figures, quaderno
        for figure in figures:
            assert figure["image"].title in charts
            assert figure["image"].file.name.endswith(".png")
            assert all(figure[name] for name in ("alt", "caption", "credit")), figure
        tables = [block.value for block in blocks if block.block_type == "table"]
        assert tables, quaderno
        for table in tables:
            assert table["caption"]
            assert table["table"].columns
            assert list(table["table"].rows)
        assert any(block.block_type == "quote" for block in blocks), quaderno
        dois = [r.value["doi"] for article in articles for r in article.references]
        assert sum(bool(doi) for doi in dois) >= 3, quaderno
        # One article also appeared in a journal, named as invented, without a DOI.
        in_journal = [article for article in articles if article.journal]
        assert len(in_journal) == 1, quaderno
        article = in_journal[0]
        assert_filled(article, "journal_volume", "journal_issue", "journal_pages", "journal_year")
        assert not article.doi


def test_the_quaderni_and_their_articles_are_in_english(home):
    english = Locale.objects.get(language_code="en")
    memory = translations.memory("en")
    for quaderno in QuadernoPage.objects.descendant_of(home):
        quaderno_en = quaderno.get_translation(english)
        assert quaderno_en.live
        assert quaderno_en.url.startswith("/en/")
        assert quaderno_en.title == memory[quaderno.title] != quaderno.title
        assert quaderno_en.subtitle == memory[quaderno.subtitle]
        assert quaderno_en.community.locale_id == english.pk
        assert [e.person_id for e in quaderno_en.editors.order_by("sort_order")] == [
            e.person_id for e in quaderno.editors.order_by("sort_order")
        ]
        for article in ArticlePage.objects.child_of(quaderno):
            article_en = article.get_translation(english)
            assert article_en.live
            assert article_en.get_parent().specific == quaderno_en
            assert article_en.title == memory[article.title] != article.title
            assert article_en.abstract == memory[article.abstract]
            assert [a.person_id for a in article_en.authors.order_by("sort_order")] == [
                a.person_id for a in article.authors.order_by("sort_order")
            ]
            assert all(t.locale_id == english.pk for t in article_en.themes.all())
            for block, block_en in zip(article.body, article_en.body, strict=True):
                if block.block_type == "table":
                    headings = [column["heading"] for column in block.value["table"].columns]
                    headings_en = [column["heading"] for column in block_en.value["table"].columns]
                    assert headings_en == [memory[heading] for heading in headings]


def test_the_publications_render(home, client):
    english = Locale.objects.get(language_code="en")
    for quaderno in QuadernoPage.objects.descendant_of(home):
        pages = [quaderno, *ArticlePage.objects.child_of(quaderno)]
        for page in pages + [page.get_translation(english) for page in pages]:
            response = client.get(page.url)
            assert response.status_code == HTTPStatus.OK, page.url
            assert escape(page.title) in response.content.decode(), page.url


# Images and documents ---------------------------------------------------------------


def test_images_are_generated_locally_and_used(home, seeded):
    Image = get_image_model()
    titles = [title for title, *_ in content.IMAGES.values()]
    images = Image.objects.filter(title__in=titles)
    assert images.count() == len(titles)
    for image in images:
        assert (image.width, image.height) == (1200, 750)
        assert_filled(image, "file_hash", "file_size")
        assert image.file.path.startswith(str(seeded["media"]))
    with_image = ProjectPage.objects.descendant_of(home).exclude(listing_image=None)
    assert with_image.count() >= 6


def test_documents_are_small_pdf_files(seeded):
    Document = get_document_model()
    for document in Document.objects.filter(
        title__in=[title for title, _ in content.DOCUMENTS.values()]
    ):
        with document.file.open("rb") as handle:
            data = handle.read()
        assert data.startswith(b"%PDF-1.4")
        assert data.rstrip().endswith(b"%%EOF")
        assert len(data) < 20_000


# The data itself, without a database ------------------------------------------------


@pytest.mark.django_db(False)
def test_the_data_refers_only_to_what_it_defines():
    organizations = {key for key, *_ in content.ORGANIZATIONS}
    people = {key for key, *_ in content.PEOPLE}
    topics = {key for key, *_ in content.TOPICS}
    project_slugs = {spec["slug"] for spec in projects.PROJECTS}
    theme_slugs = {spec["slug"] for spec in themes.THEMES}
    meeting_slugs = {spec["slug"] for spec in meetings.MEETINGS}
    solution_slugs = {spec["slug"] for spec in solutions.SOLUTIONS}
    lesson_slugs = {spec["slug"] for spec in lessons.LESSONS}
    all_slugs = [
        spec["slug"]
        for module in (projects.COMMUNITIES, projects.PROJECTS, themes.THEMES)
        for spec in module
    ] + [*meeting_slugs, *solution_slugs, *lesson_slugs]
    assert len(all_slugs) == len(set(all_slugs)), "slugs must be unique across the demo"
    assert len({name for _, name, *_ in content.ORGANIZATIONS}) == len(organizations)
    used = set()
    for spec in projects.PROJECTS:
        used |= set(spec["partners"])
        assert set(spec["habitats"]) <= topics
        for *_, image, document in spec["achievements"]:
            assert image is None or image in content.IMAGES
            assert document is None or document in content.DOCUMENTS
        for _, _, *solution in spec["critical_issues"] + spec["strengths"]:
            assert set(solution) <= solution_slugs
    assert used <= organizations
    # Every organization takes part in a project, but the facilitators' cooperative.
    assert organizations - used == {"intrecci"}
    for spec in themes.THEMES:
        assert {key for key, _ in spec["solutions"]} <= solution_slugs
        assert {key for key, _ in spec["lessons"]} <= lesson_slugs
        assert set(spec["projects"]) <= project_slugs
    for spec in meetings.MEETINGS:
        assert set(spec["themes"]) <= theme_slugs
        assert {key for key, _ in spec.get("materials", [])} <= set(content.DOCUMENTS)
    for spec in solutions.SOLUTIONS:
        assert set(spec["themes"]) <= theme_slugs
        assert set(spec["projects"]) <= project_slugs
        assert set(spec["topics"]) <= topics
        assert set(spec["contacts"]) <= people
    for quaderno in publications.QUADERNI:
        assert quaderno["community"] in {spec["slug"] for spec in projects.COMMUNITIES}
        assert set(quaderno["editors"]) <= people
        assert quaderno["cover"] in publications.COVERS
        for article in quaderno["articles"]:
            assert {key for key, _ in article["authors"]} <= people
            assert set(article["themes"]) <= theme_slugs
            assert set(article["lessons"]) <= lesson_slugs
            assert set(article["solutions"]) <= solution_slugs
            for kind, value in article["body"]:
                assert kind != "figure" or value["chart"] in publications.CHARTS
    for spec in lessons.LESSONS:
        assert spec["meeting"] in meeting_slugs
        assert isinstance(
            next(m for m in meetings.MEETINGS if m["slug"] == spec["meeting"])["date"], str
        ), "a lesson comes from a past meeting"
        assert set(spec["themes"]) <= theme_slugs
        assert set(spec["projects"]) <= project_slugs


@pytest.mark.django_db(False)
def test_texts_are_not_repeated():
    texts = []
    for spec in projects.PROJECTS:
        texts += [spec["summary"], spec["listing_summary"], spec["objectives"]]
        texts += [text for _, _, text, *_ in spec["achievements"]]
        texts += [text for _, text, *_ in spec["strengths"] + spec["critical_issues"]]
    for spec in [*themes.THEMES, *solutions.SOLUTIONS, *lessons.LESSONS, *meetings.MEETINGS]:
        texts += [spec["listing_summary"]] if "listing_summary" in spec else []
    for spec in solutions.SOLUTIONS:
        texts += [spec["challenge"], spec["solution"], spec["results"]]
    for spec in lessons.LESSONS:
        texts += [spec["statement"], spec["context"], spec["evidence"]]
    duplicates = [text for text, count in Counter(texts).items() if count > 1]
    assert not duplicates


# Learning paths (added by the learning_paths app through `content_seeded`) ----------


def test_the_learning_paths_are_seeded_once(seeded):
    assert (
        "Learning paths: 3 paths with 34 steps. Pages: 4 created, 0 updated, 0 unchanged."
        in seeded["first_output"]
    )
    assert (
        "Learning paths: 3 paths with 34 steps. Pages: 0 created, 0 updated, 4 unchanged."
        in seeded["second_output"]
    )
    # Steps keep their identity (the learners' progress refers to it) from run to run.
    for path in LearningPathPage.objects.filter(locale__language_code="it"):
        keys = list(path.steps.order_by("sort_order").values_list("translation_key", flat=True))
        assert keys == [step_key(path.slug, position) for position in range(len(keys))]


def test_a_changed_path_is_updated_in_place(home, monkeypatch):
    builder = DemoBuilder(home)
    builder.seed_images()
    builder.seed_documents()
    spec = PATHS[0]
    path = LearningPathPage.objects.get(slug=spec["slug"], locale=home.locale)
    rows = list(path.steps.order_by("sort_order").values_list("pk", "translation_key"))
    revisions = Revision.objects.count()
    monkeypatch.setitem(spec["steps"][1], "note", "Una nota riscritta dalla redazione.")

    summary = seed_learning_paths(sender=DemoBuilder, builder=builder)

    assert "Pages: 0 created, 1 updated, 3 unchanged." in summary
    assert Revision.objects.count() == revisions + 1
    path.refresh_from_db()
    assert list(path.steps.order_by("sort_order").values_list("pk", "translation_key")) == rows
    assert path.ordered_steps()[1].note == "Una nota riscritta dalla redazione."


def test_the_learning_paths_are_realistic(home):
    index = LearningPathIndexPage.objects.child_of(home).get()
    assert (index.title, index.slug, index.live) == ("Percorsi di apprendimento", "percorsi", True)
    assert index.intro
    paths = list(LearningPathPage.objects.child_of(index).live().order_by("path"))
    assert len(paths) >= 3
    kinds = set()
    for path in paths:
        assert_filled(path, "audience", "introduction", "listing_summary", "cover_image")
        assert path.objectives.startswith("<ul>"), path
        steps = path.ordered_steps()
        assert 6 <= len(steps) <= 15, path
        assert steps[0].module, path
        assert 2 <= len(path.modules()) <= 4, path
        assert path.broken_steps() == [], path
        path_kinds = {step.kind for step in steps}
        assert path_kinds & {LearningPathStep.Kind.DOCUMENT, LearningPathStep.Kind.URL}, path
        kinds |= path_kinds
        assert all(step.note and 1 <= step.minutes <= 60 for step in steps), path
        assert sum(bool(step.question) for step in steps) >= len(steps) // 2, path
        for step in steps:
            if step.kind == LearningPathStep.Kind.PAGE:
                assert step.page.locale_id == home.locale_id
            if step.kind == LearningPathStep.Kind.URL:
                assert step.title
                assert step.url.startswith("https://")
        assert path.minutes == sum(step.minutes for step in steps)
    assert set(LearningPathStep.Kind.values) == kinds
    assert any(path.prerequisites.exists() for path in paths)
    levels = {path.level for path in paths}
    assert len(levels) >= 2


def test_the_english_learning_paths_lead_to_english_pages(home):
    english = Locale.objects.get(language_code="en")
    memory = translations.memory("en")
    paths = LearningPathPage.objects.descendant_of(home).order_by("path")
    for path in paths:
        path_en = path.get_translation(english)
        assert path_en.live
        assert path_en.url.startswith("/en/"), path_en.url
        assert path_en.title == memory[path.title] != path.title
        assert path_en.audience == memory[path.audience]
        steps, steps_en = path.ordered_steps(), path_en.ordered_steps()
        assert [step.key for step in steps_en] == [step.key for step in steps]
        for step, step_en in zip(steps, steps_en, strict=True):
            assert step_en.note == memory[step.note] != step.note
            assert step_en.module == (memory[step.module] if step.module else "")
            assert step_en.kind == step.kind
            if step.kind == LearningPathStep.Kind.PAGE:
                assert step_en.page.locale_id == english.pk, step_en.page
                assert step_en.page.translation_key == step.page.translation_key
                assert step_en.page.live
                assert step_en.target_url.startswith("/en/")
        assert [p.translation_key for p in path_en.prerequisites.all()] == [
            p.translation_key for p in path.prerequisites.all()
        ]
        assert all(p.locale_id == english.pk for p in path_en.prerequisites.all())


def test_the_learning_paths_render(home, client):
    english = Locale.objects.get(language_code="en")
    index = LearningPathIndexPage.objects.child_of(home).get()
    for locale_index in (index, index.get_translation(english)):
        response = client.get(locale_index.url)
        assert response.status_code == HTTPStatus.OK, locale_index.url
        html = response.content.decode()
        for path in LearningPathPage.objects.child_of(locale_index).live():
            assert escape(path.title) in html
    for path in LearningPathPage.objects.live().specific():
        response = client.get(path.url)
        assert response.status_code == HTTPStatus.OK, path.url
        html = response.content.decode()
        assert f"<h1>{escape(path.title)}</h1>" in html
        for module in path.modules():
            assert escape(module.title) in html, (path.url, module.title)


# Discussion -------------------------------------------------------------------------

DISCUSSION_THREADS = 12
DISCUSSION_COMMENTS = 43
DISCUSSION_LIKES = 19


def demo_comments(language_code="it"):
    from django_comments_xtd.models import XtdComment

    pages = Page.objects.filter(locale__language_code=language_code).values_list("pk", flat=True)
    return XtdComment.norel_objects.filter(object_pk__in=[str(pk) for pk in pages]).order_by(
        "thread_id", "order"
    )


def comments_on(page):
    from django.contrib.contenttypes.models import ContentType

    return demo_comments().filter(
        content_type=ContentType.objects.get_for_model(page.specific_class),
        object_pk=str(page.pk),
    )


def test_the_discussion_is_seeded_once(seeded):
    from django_comments.models import CommentFlag

    from cdp_pages.demo.discussion import seed_discussion

    assert f"Discussion: {DISCUSSION_COMMENTS} comments on 11 pages " in seeded["first_output"]
    assert "English discussion: 5 comments on 2 pages (5 created" in seeded["first_output"]
    assert f"({DISCUSSION_COMMENTS} created, 0 updated)" in seeded["first_output"]
    assert (
        f"Discussion: {DISCUSSION_COMMENTS} comments on 11 pages (0 created, 0 updated); "
        "22 likes, dislikes and flags (0 created)."
    ) in seeded["second_output"]
    assert demo_comments().count() == DISCUSSION_COMMENTS
    assert demo_comments("en").count() == 5
    assert CommentFlag.objects.filter(comment__in=demo_comments()).count() == 22
    # A third run, on its own, still changes nothing.
    result = seed_discussion()
    assert (result.created, result.updated, result.flags_created) == (0, 0, 0)
    assert (result.comments, result.flags) == (DISCUSSION_COMMENTS, 22)
    assert demo_comments().count() == DISCUSSION_COMMENTS
    assert CommentFlag.objects.filter(comment__in=demo_comments()).count() == 22


def test_the_discussion_spans_every_discussable_kind(home):
    from django.contrib.contenttypes.models import ContentType

    comments = demo_comments()
    assert comments.filter(level=0).count() == DISCUSSION_THREADS
    kinds = Counter(
        ContentType.objects.get_for_id(pk).model_class()
        for pk in comments.filter(level=0).values_list("content_type_id", flat=True)
    )
    assert set(kinds) == {ThemePage, SolutionCardPage, LessonLearnedPage, MeetingPage}
    assert Counter(comments.values_list("level", flat=True)) == {0: 12, 1: 20, 2: 11}
    # Every thread is on an Italian page of the demo.
    pages = {
        (comment.content_type_id, int(comment.object_pk)) for comment in comments.filter(level=0)
    }
    assert len(pages) == 11
    for content_type_id, pk in pages:
        page = ContentType.objects.get_for_id(content_type_id).get_object_for_this_type(pk=pk)
        assert page.locale.language_code == "it"
        assert page.live


def test_a_thread_goes_three_levels_deep(home):
    card = SolutionCardPage.objects.descendant_of(home).get(slug="nasse-gambero-volontari")
    comments = list(comments_on(card))
    assert [comment.level for comment in comments] == [0, 1, 2, 1, 2]
    assert len({comment.thread_id for comment in comments}) == 1
    dates = [comment.submit_date for comment in comments]
    assert dates == sorted(dates)
    root, reply, answer = comments[:3]
    assert reply.parent_id == root.pk
    assert answer.parent_id == reply.pk
    assert root.user_id is None
    assert root.followup
    partner = get_user_model().objects.get(username="partner")
    assert reply.user == partner
    assert (reply.user_name, reply.user_email) == ("Paolo Partner", "partner@example.org")


def test_comments_are_dated_in_the_past_and_mixed(seeded):
    from django.utils import timezone

    comments = demo_comments()
    assert all(comment.submit_date < timezone.now() for comment in comments)
    assert len({comment.submit_date.year for comment in comments}) >= 4
    anonymous = comments.filter(user=None)
    signed_in = comments.exclude(user=None)
    assert anonymous.count() > signed_in.count() > 10
    assert set(signed_in.values_list("user__username", flat=True)) == {"partner", "editor"}
    for comment in anonymous:
        assert comment.user_email.endswith(("@example.org", "@example.net"))
        assert comment.user_name
    assert anonymous.filter(followup=True).count() >= 4
    for comment in comments:
        if comment.level:
            parent = comments.get(pk=comment.parent_id)
            assert parent.submit_date < comment.submit_date


def test_the_discussion_has_pending_removed_and_flagged_comments(seeded):
    from django_comments.models import CommentFlag
    from django_comments_xtd.models import DISLIKEDIT_FLAG, LIKEDIT_FLAG

    comments = demo_comments()
    pending = comments.get(is_public=False)
    assert pending.user_id is None
    assert "https://" in pending.comment
    removed = comments.get(is_removed=True)
    assert removed.is_public
    assert comments.filter(parent_id=removed.pk, is_public=True).exclude(pk=removed.pk).exists()
    suggestion = CommentFlag.objects.get(flag=CommentFlag.SUGGEST_REMOVAL)
    assert suggestion.user.username == "partner"
    assert suggestion.comment.is_public
    assert not suggestion.comment.is_removed
    assert CommentFlag.objects.get(flag=CommentFlag.MODERATOR_DELETION).comment_id == removed.pk
    flags = CommentFlag.objects.filter(comment__in=comments)
    assert flags.filter(flag=LIKEDIT_FLAG).count() == DISCUSSION_LIKES
    assert flags.filter(flag=DISLIKEDIT_FLAG).count() == 1
    assert all(flag.flag_date > flag.comment.submit_date for flag in CommentFlag.objects.all())


def test_a_solution_card_shows_its_discussion(home, client):
    card = SolutionCardPage.objects.descendant_of(home).get(slug="nasse-gambero-volontari")
    response = client.get(card.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="discussion"' in html
    assert "crocchette per gatti al pesce" in html
    assert "Chiara Salici" in html
    assert "Paolo Partner" in html


def test_pending_and_removed_comments_are_not_shown(home, client):
    theme = ThemePage.objects.descendant_of(home).get(slug="monitoraggio-partecipato")
    html = client.get(theme.url).content.decode()
    assert "Nadia Ninfei" in html
    assert "fototrappole-lombardia" not in html
    theme = ThemePage.objects.descendant_of(home).get(slug="accordi-con-agricoltori")
    html = client.get(theme.url).content.decode()
    assert 'class="comment-removed"' in html
    assert "Bonzanini" not in html
    assert "Abbiamo rimosso il commento qui sopra" in html


@pytest.mark.django_db(False)
def test_the_discussion_data_holds_together():
    from cdp_pages.demo import discussion

    slugs = {
        "theme": {spec["slug"] for spec in themes.THEMES},
        "solution": {spec["slug"] for spec in solutions.SOLUTIONS},
        "lesson": {spec["slug"] for spec in lessons.LESSONS},
        "meeting": {spec["slug"] for spec in meetings.MEETINGS if isinstance(spec["date"], str)},
    }
    usernames = {username for username, *_ in DEMO_USERS}
    keys = []
    for kind, slug, roots in discussion.THREADS:
        assert slug in slugs[kind], slug
        for comment, parent, level in discussion.walk(roots):
            assert level <= 2
            assert comment["author"] in discussion.VISITORS or comment["author"] in usernames
            for name in ("likes", "dislikes", "flags"):
                assert set(comment.get(name, [])) <= usernames
            if parent is not None:
                assert discussion.when(parent["when"]) < discussion.when(comment["when"])
            keys.append((slug, comment["author"], comment["when"]))
            assert len(comment["text"]) < 3000
    assert len(keys) == len(set(keys)) == DISCUSSION_COMMENTS
    texts = [
        comment["text"]
        for *_, roots in discussion.THREADS
        for comment, *_ in discussion.walk(roots)
    ]
    assert len(set(texts)) == len(texts)


def test_child_rows_keep_the_order_of_the_demo_data(seeded):
    """Without a sort order, PostgreSQL returns rows in any order after an update."""
    for model in (
        ArticleAuthor,
        QuadernoEditor,
        ProjectPartner,
        ProjectSite,
        ProjectAchievement,
        ProjectIssue,
        ThemeSolutionLink,
        ThemeLessonLink,
    ):
        assert model.objects.exists(), model
        assert not model.objects.filter(sort_order=None).exists(), model
