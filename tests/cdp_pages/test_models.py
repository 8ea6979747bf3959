"""The content model: page tree rules, creation through the admin, rendering and validation.

Wagtail's `WagtailPageTestCase` assertions are used from pytest tests through the
`wagtail_asserts` fixture, so they can work on the `portal` fixture.
"""

import datetime
from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.coreutils import get_dummy_request
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cdp_pages.models import (
    ArticlePage,
    CommunityIndexPage,
    CommunityPage,
    DocumentLibraryPage,
    HomePage,
    LessonIndexPage,
    LessonLearnedPage,
    MeetingPage,
    ProjectIssue,
    ProjectPage,
    ProjectPartner,
    ProjectSite,
    PublicationIndexPage,
    QuadernoPage,
    SolutionCardPage,
    SolutionIndexPage,
    ThemePage,
)
from tests import factories


class PageAssertions(WagtailPageTestCase):
    """WagtailPageTestCase's assertions, bound to pytest-django's client."""

    __test__ = False

    def runTest(self):  # unittest needs a test method to make an instance
        pass


@pytest.fixture
def wagtail_asserts(client):
    case = PageAssertions()
    case.client = client
    case.dummy_request = get_dummy_request()
    return case


@pytest.fixture
def admin_client_asserts(wagtail_asserts, admin_user):
    wagtail_asserts.client.force_login(admin_user)
    return wagtail_asserts


# Page tree --------------------------------------------------------------------------------

TREE = {
    # page type: (allowed parent types, allowed subpage types)
    CommunityIndexPage: ({HomePage}, {CommunityPage}),
    CommunityPage: ({CommunityIndexPage}, {ProjectPage, ThemePage, MeetingPage}),
    ProjectPage: ({CommunityPage}, set()),
    ThemePage: ({CommunityPage}, set()),
    MeetingPage: ({CommunityPage}, set()),
    SolutionIndexPage: ({HomePage}, {SolutionCardPage}),
    SolutionCardPage: ({SolutionIndexPage}, set()),
    LessonIndexPage: ({HomePage}, {LessonLearnedPage}),
    LessonLearnedPage: ({LessonIndexPage}, set()),
    PublicationIndexPage: ({HomePage}, {QuadernoPage}),
    QuadernoPage: ({PublicationIndexPage}, {ArticlePage}),
    ArticlePage: ({QuadernoPage}, set()),
    DocumentLibraryPage: ({HomePage}, set()),
}


@pytest.mark.parametrize("model", list(TREE), ids=lambda model: model.__name__)
def test_page_tree(wagtail_asserts, model):
    parents, children = TREE[model]
    wagtail_asserts.assertAllowedParentPageTypes(model, parents)
    wagtail_asserts.assertAllowedSubpageTypes(model, children)
    for parent in parents:
        wagtail_asserts.assertCanCreateAt(parent, model)


def test_home_page_tree(wagtail_asserts):
    wagtail_asserts.assertAllowedParentPageTypes(HomePage, {Page})
    # Other apps add their own index under the home: the portal's are these.
    cdp_children = {
        model for model in HomePage.allowed_subpage_models() if model._meta.app_label == "cdp_pages"
    }
    assert cdp_children == {
        CommunityIndexPage,
        SolutionIndexPage,
        LessonIndexPage,
        PublicationIndexPage,
        DocumentLibraryPage,
    }
    assert Page not in HomePage.creatable_subpage_models()
    for model in (ProjectPage, SolutionCardPage, ArticlePage, HomePage):
        wagtail_asserts.assertCanNotCreateAt(HomePage, model)


@pytest.mark.django_db
def test_one_home_per_language():
    root = Page.objects.get(depth=1)
    assert HomePage.objects.count() == 2
    assert not HomePage.can_create_at(root)


def test_one_index_of_each_kind_per_home(portal):
    for model in (CommunityIndexPage, SolutionIndexPage, LessonIndexPage):
        assert not model.can_create_at(portal.home)
    assert PublicationIndexPage.can_create_at(portal.home)


# Creation through the admin ---------------------------------------------------------------


def test_create_indexes(admin_client_asserts, home_it):
    for model, extra in (
        (CommunityIndexPage, {"intro": rich_text("<p>Le comunità.</p>")}),
        (SolutionIndexPage, {"intro": rich_text("<p>Le soluzioni.</p>")}),
        (LessonIndexPage, {"intro": rich_text("<p>Le lezioni.</p>")}),
        (PublicationIndexPage, {"intro": rich_text("<p>I quaderni.</p>")}),
        (DocumentLibraryPage, {"intro": rich_text("<p>I materiali.</p>")}),
    ):
        title = str(model._meta.verbose_name)
        admin_client_asserts.assertCanCreate(
            home_it, model, nested_form_data({"title": title, **extra})
        )
        assert model.objects.get(title=title).live


def test_create_community(admin_client_asserts, portal):
    facilitator = factories.PersonFactory()
    admin_client_asserts.assertCanCreate(
        portal.communities,
        CommunityPage,
        nested_form_data(
            {
                "title": "Comunità 2019",
                "edition": "2019",
                "summary": rich_text("<p>I progetti del 2019.</p>"),
            }
        )
        | {"facilitators": [facilitator.pk]},
    )
    community = CommunityPage.objects.get(title="Comunità 2019")
    assert list(community.facilitators.all()) == [facilitator]


def test_create_project(admin_client_asserts, portal):
    lead, partner = portal.organizations
    admin_client_asserts.assertCanCreate(
        portal.community,
        ProjectPage,
        nested_form_data(
            {
                "title": "Torbiere vive",
                "summary": "Ripristino di torbiere in un sito Natura 2000.",
                "objectives": rich_text("<p>Riportare l'acqua nelle torbiere.</p>"),
                "start_date": "2019-04-01",
                "end_date": "2022-03-31",
                "budget": "650000",
                "contribution": "400000",
                "status": ProjectPage.Status.ONGOING,
                "partners": inline_formset(
                    [
                        {"organization": lead.pk, "role": ProjectPartner.Role.LEAD},
                        {"organization": partner.pk, "role": ProjectPartner.Role.PARTNER},
                    ],
                    min=1,
                ),
                "municipalities": "Comune Uno",
                "province": "SO",
                "sites": inline_formset([{"code": "IT2040001", "name": "Torbiera immaginaria"}]),
                "achievements": inline_formset(
                    [
                        {
                            "date": "2020-05-01",
                            "title": "Prima chiusa",
                            "text": rich_text("<p>Fatta.</p>"),
                            "image": "",
                            "document": "",
                        }
                    ]
                ),
                "issues": inline_formset(
                    [
                        {
                            "kind": ProjectIssue.Kind.CRITICAL,
                            "category": ProjectIssue.Category.REGULATION,
                            "status": ProjectIssue.Status.OPEN,
                            "text": "Permessi lenti.",
                            "solution": "",
                        }
                    ]
                ),
            }
        )
        | {"habitats": [portal.habitat.pk]},
    )
    project = ProjectPage.objects.get(title="Torbiere vive")
    assert list(project.habitats.all()) == [portal.habitat]
    assert project.budget == 650000
    assert [p.organization for p in project.lead_partners()] == [lead]
    assert [site.code for site in project.sites.all()] == ["IT2040001"]
    assert [item.title for item in project.achievements.all()] == ["Prima chiusa"]
    assert project.issues.get().category == ProjectIssue.Category.REGULATION


def test_create_theme(admin_client_asserts, portal):
    admin_client_asserts.assertCanCreate(
        portal.community,
        ThemePage,
        nested_form_data(
            {
                "title": "Governare l'acqua",
                "summary": "Chi decide quanta acqua resta nelle zone umide.",
                "knowledge": rich_text("<p>Ciò che sappiamo.</p>"),
                "external_experiences": streamfield(
                    [
                        (
                            "experience",
                            {
                                "name": "Contratto di fiume",
                                "scale": "regional",
                                "place": "Lombardia",
                                "link": "https://example.org/contratto",
                                "teaching": rich_text("<p>Un tavolo stabile aiuta.</p>"),
                            },
                        )
                    ]
                ),
                "critical_issues": rich_text("<p>Le criticità.</p>"),
                "solution_links": inline_formset([{"solution": portal.card.pk, "note": ""}]),
                "evolutions": rich_text("<p>Più siccità.</p>"),
                "lesson_links": inline_formset([{"lesson": portal.lesson.pk, "note": "Chiave"}]),
            }
        )
        | {"projects": [portal.project.pk]},
    )
    theme = ThemePage.objects.get(title="Governare l'acqua")
    assert theme.external_experiences[0].value["scale"] == "regional"
    assert theme.solution_links.get().solution.pk == portal.card.pk
    assert list(theme.projects.all()) == [portal.project]


def meeting_form(title, start, end, **extra):
    return nested_form_data(
        {
            "title": title,
            "kind": MeetingPage.Kind.WEBINAR,
            "start": start,
            "end": end,
            "time_zone": "Europe/Rome",
            "place": "",
            "online_link": "https://example.org/webinar",
            "agenda": streamfield(
                [("item", {"time": "10:00", "title": "Apertura", "speaker": "Facilitatrice"})]
            ),
            "materials": streamfield([]),
            "recording_link": "",
            "outcomes": rich_text("<p>Gli esiti.</p>"),
            **extra,
        }
    )


def test_create_meeting(admin_client_asserts, portal):
    admin_client_asserts.assertCanCreate(
        portal.community,
        MeetingPage,
        meeting_form("Webinar d'autunno", "2026-10-05 10:00", "2026-10-05 12:00"),
    )
    meeting = MeetingPage.objects.get(title="Webinar d'autunno")
    assert meeting.end - meeting.start == datetime.timedelta(hours=2)
    assert meeting.agenda[0].value["title"] == "Apertura"


def test_create_solution_card(admin_client_asserts, portal):
    admin_client_asserts.assertCanCreate(
        portal.solutions,
        SolutionCardPage,
        nested_form_data(
            {
                "title": "Aste d'acqua condivise",
                "challenge": rich_text("<p>Troppa poca acqua d'estate.</p>"),
                "solution": rich_text("<p>Un calendario condiviso delle asciutte.</p>"),
                "steps": streamfield(
                    [
                        (
                            "step",
                            {
                                "title": "Riunire i consorzi",
                                "description": rich_text("<p>Al tavolo tutti.</p>"),
                            },
                        ),
                        (
                            "step",
                            {
                                "title": "Fissare il calendario",
                                "description": rich_text("<p>Per l'intera stagione.</p>"),
                            },
                        ),
                    ]
                ),
                "maturity": SolutionCardPage.Maturity.CONSOLIDATED,
                "time_needed": "3 mesi",
                "cost_range": SolutionCardPage.CostRange.LOW,
            }
        )
        | {
            "themes": [portal.theme.pk],
            "projects": [portal.project.pk],
            "topics": [portal.habitat.pk],
        },
    )
    card = SolutionCardPage.objects.get(title="Aste d'acqua condivise")
    assert [step.value["title"] for step in card.steps] == [
        "Riunire i consorzi",
        "Fissare il calendario",
    ]
    assert list(card.projects.all()) == [portal.project]


def test_create_lesson(admin_client_asserts, portal):
    admin_client_asserts.assertCanCreate(
        portal.lessons,
        LessonLearnedPage,
        nested_form_data(
            {
                "title": "Meglio la sera",
                "statement": "Gli incontri serali raccolgono più agricoltori.",
                "kind": LessonLearnedPage.Kind.WORKED,
                "context": rich_text("<p>Pianura irrigua.</p>"),
                "evidence": rich_text("<p>Tre progetti.</p>"),
                "evidence_strength": LessonLearnedPage.Strength.SEVERAL_PROJECTS,
                "recommendation": rich_text("<p>Fissate gli incontri dopo le 20.</p>"),
                "source_meeting": portal.meeting.pk,
                "source_discussion": "",
            }
        )
        # Many-to-many values as lists: nested_form_data would number them.
        | {"themes": [portal.theme.pk], "projects": [portal.project.pk]},
    )
    lesson = LessonLearnedPage.objects.get(title="Meglio la sera")
    assert lesson.source_meeting.pk == portal.meeting.pk
    assert list(lesson.themes.all()) == [portal.theme]


def test_create_publications(admin_client_asserts, home_it):
    publications = factories.PublicationIndexPageFactory(parent=home_it)
    author = factories.PersonFactory(name="Giulia Brambati")
    admin_client_asserts.assertCanCreate(
        publications,
        QuadernoPage,
        nested_form_data(
            {
                "title": "Quaderno 1",
                "series_number": "1",
                "subtitle": "Le zone umide",
                "licence": "CC-BY-4.0",
                "isbn": "979-12-80456-01-4",
                "editors": inline_formset([{"person": author.pk}]),
                "introduction": rich_text("<p>Introduzione.</p>"),
            }
        ),
    )
    quaderno = QuadernoPage.objects.get(title="Quaderno 1")
    assert [editor.person for editor in quaderno.editors.all()] == [author]
    admin_client_asserts.assertCanCreate(
        quaderno,
        ArticlePage,
        nested_form_data(
            {
                "title": "Rane e risaie",
                "abstract": "Sintesi.",
                "authors": inline_formset([{"person": author.pk, "affiliation": ""}], min=1),
                "body": streamfield([("paragraph", rich_text("<p>Testo.</p>"))]),
                "footnotes": streamfield([]),
                "references": streamfield([]),
            }
        ),
    )
    assert ArticlePage.objects.child_of(quaderno).get().title == "Rane e risaie"


# Rendering --------------------------------------------------------------------------------


@pytest.fixture
def publications(portal):
    index = factories.PublicationIndexPageFactory(parent=portal.home)
    quaderno = factories.QuadernoPageFactory(parent=index, title="Quaderno 1")
    article = factories.ArticlePageFactory(parent=quaderno)
    library = DocumentLibraryPage(title="Materiali", slug="materiali")
    portal.home.add_child(instance=library)
    return [index, quaderno, article, library]


def test_every_page_type_renders(wagtail_asserts, portal, publications):
    pages = [
        portal.home,
        portal.communities,
        portal.community,
        portal.project,
        portal.theme,
        portal.meeting,
        portal.solutions,
        portal.card,
        portal.lessons,
        portal.lesson,
        *publications,
    ]
    rendered = set()
    for page in pages:
        # Not assertPageIsRoutable: it routes the path without the language prefix
        # that i18n_patterns puts in front of every page URL.
        wagtail_asserts.assertPageIsRenderable(page)
        rendered.add(type(page.specific))
    assert rendered == {HomePage, *TREE}


def test_pages_render_for_logged_in_users_and_with_filters(wagtail_asserts, portal, admin_user):
    wagtail_asserts.assertPageIsRenderable(portal.card, user=admin_user)
    wagtail_asserts.assertPageIsRenderable(portal.solutions, query_data={"page": "999"})
    wagtail_asserts.assertPageIsRenderable(portal.community, query_data={"page": "x"})


def test_routable_pages_render(wagtail_asserts, portal):
    wagtail_asserts.assertPageIsRenderable(portal.community, route_path="calendar.ics")
    wagtail_asserts.assertPageIsRenderable(portal.community, route_path="feed/")
    wagtail_asserts.assertPageIsRenderable(portal.meeting, route_path="meeting.ics")
    wagtail_asserts.assertPageIsRenderable(
        portal.meeting, route_path="no-such-route/", accept_404=True
    )


def test_edit_views_render(client, admin_user, portal):
    client.force_login(admin_user)
    for page in (portal.project, portal.theme, portal.meeting, portal.card, portal.lesson):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == HTTPStatus.OK


# Validation -------------------------------------------------------------------------------


def test_meeting_cannot_end_before_it_starts(portal):
    start = timezone.now()
    meeting = MeetingPage(
        title="Al contrario",
        slug="al-contrario",
        start=start,
        end=start - datetime.timedelta(hours=1),
        place="Varese",
    )
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert "end" in error.value.message_dict


def test_meeting_needs_a_place_or_a_link(portal):
    start = timezone.now()
    meeting = MeetingPage(
        title="Da nessuna parte",
        slug="da-nessuna-parte",
        start=start,
        end=start + datetime.timedelta(hours=1),
    )
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert "place" in error.value.message_dict


def test_admin_refuses_a_meeting_that_ends_before_it_starts(client, admin_user, portal):
    client.force_login(admin_user)
    url = reverse(
        "wagtailadmin_pages:add",
        args=["cdp_pages", "meetingpage", portal.community.pk],
    )
    data = meeting_form("Al contrario", "2026-10-05 12:00", "2026-10-05 10:00")
    data["slug"] = "al-contrario"
    data["action-publish"] = "action-publish"
    response = client.post(url, data)
    assert response.status_code == HTTPStatus.OK
    assert "end" in response.context["form"].errors
    assert not MeetingPage.objects.filter(slug="al-contrario").exists()


@pytest.mark.parametrize("code", ["IT2010001", "IT20B0012", "ITA010001"])
def test_natura_2000_site_code_valid(portal, code):
    ProjectSite(page=portal.project, code=code, name="Sito").full_clean()


@pytest.mark.parametrize("code", ["IT201000", "it2010001", "FR2010001", "IT2010-01", ""])
def test_natura_2000_site_code_invalid(portal, code):
    site = ProjectSite(page=portal.project, code=code, name="Sito")
    with pytest.raises(ValidationError) as error:
        site.full_clean()
    assert "code" in error.value.message_dict


def test_community_edition_is_a_year_of_the_call(portal):
    portal.community.edition = 2016
    with pytest.raises(ValidationError) as error:
        portal.community.full_clean()
    assert "edition" in error.value.message_dict


# What a community knows about its projects ------------------------------------------------


@pytest.fixture
def network(portal):
    """Two projects in the 2018 community sharing a lead partner, a 2019 community whose
    project shares the two other organizations, and a draft project that must not count."""
    park, association = portal.organizations
    municipality = factories.OrganizationFactory(name="Comune di Esempio")

    second = factories.ProjectPageFactory(parent=portal.community, title="Aironi in pianura")
    ProjectPartner.objects.create(page=second, organization=park, role="lead")
    ProjectPartner.objects.create(page=second, organization=municipality, role="partner")
    for kind, category, status in (
        ("critical", "engagement", "addressed"),
        ("critical", "funding", "open"),
        ("strength", "governance", "open"),
    ):
        ProjectIssue.objects.create(
            page=second, kind=kind, category=category, status=status, text="…"
        )

    draft = factories.ProjectPageFactory(parent=portal.community, title="Bozza")
    draft.unpublish()
    ProjectPartner.objects.create(page=draft, organization=park, role="lead")
    ProjectIssue.objects.create(page=draft, kind="critical", category="engagement", text="…")

    community_2019 = factories.CommunityPageFactory(parent=portal.communities, edition=2019)
    third = factories.ProjectPageFactory(parent=community_2019, title="Prati stabili")
    ProjectPartner.objects.create(page=third, organization=association, role="lead")
    ProjectPartner.objects.create(page=third, organization=municipality, role="partner")
    ProjectIssue.objects.create(page=third, kind="critical", category="funding", text="…")

    return {
        "park": park,
        "association": association,
        "municipality": municipality,
        "second": second,
        "third": third,
        "community_2019": community_2019,
    }


def test_issues_overview(portal, network, django_assert_num_queries):
    with django_assert_num_queries(1):
        overview = portal.community.issues_overview()

    assert [section["kind"] for section in overview] == ["strength", "critical"]
    rows = {
        section["kind"]: [
            (row["category"], row["projects"], row["open"], row["addressed"])
            for row in section["rows"]
        ]
        for section in overview
    }
    assert rows == {
        "strength": [("governance", 1, 1, 0)],
        # Engagement: "Pochi volontari" (open) and the second project's (addressed); the
        # draft project and the 2019 community do not count.
        "critical": [("engagement", 2, 1, 1), ("funding", 1, 1, 0)],
    }
    labels = {row["category"]: row["category_label"] for row in overview[1]["rows"]}
    assert labels["engagement"] == ProjectIssue.Category.ENGAGEMENT.label


def test_issues_overview_of_a_community_without_issues(portal):
    community = factories.CommunityPageFactory(parent=portal.communities, edition=2017)
    assert [section["rows"] for section in community.issues_overview()] == [[], []]


def test_relational_capital(portal, network, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        capital = portal.community.relational_capital()

    assert capital["counts"] == {
        "projects": 2,
        "organizations": 3,
        "ties": 4,
        "shared": 1,
        "across_communities": 2,
    }
    rows = [
        (
            row["organization"].name,
            [project.title for project in row["projects"]],
            row["is_lead"],
            row["total_projects"],
        )
        for row in capital["organizations"]
    ]
    assert rows == [
        ("Parco Regionale Immaginario", ["Aironi in pianura", "Rane e risaie"], True, 2),
        ("Associazione Rane Felici", ["Rane e risaie"], False, 2),
        ("Comune di Esempio", ["Aironi in pianura"], False, 2),
    ]
    assert [row["organization"] for row in capital["shared"]] == [network["park"]]
    assert [row["organization"] for row in capital["across_communities"]] == [
        network["association"],
        network["municipality"],
    ]
    assert [project.title for project in capital["projects"]] == [
        "Aironi in pianura",
        "Rane e risaie",
    ]


def test_relational_capital_seen_from_the_other_community(portal, network):
    capital = network["community_2019"].relational_capital()
    assert capital["counts"]["projects"] == 1
    assert capital["counts"]["organizations"] == 2
    assert capital["counts"]["shared"] == 0
    # Both organizations of "Prati stabili" also work in the 2018 community.
    assert capital["counts"]["across_communities"] == 2
