"""What visitors see of learning paths: the index, the overview with its modules, steps and
duration, the step links, the path bar on a step's page, the step pages of documents and
addresses, the completion summary, refused requests and the query budgets."""

from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from learning_paths.context_processors import learning_path as learning_path_context
from learning_paths.models import LearningPathStep
from learning_paths.views import format_minutes
from tests.html import it, soup, text

from .conftest import add_path

pytestmark = pytest.mark.django_db

MARK_URL = "/it/learning-progress/mark/"


def steps_done(count, total):
    return it("%(count)s of %(total)s steps done", count=count, total=total)


def in_path(page, path, number):
    return f"{page.url}?path={path.pk}&step={number}"


def step_page(path, number):
    return f"{path.url}steps/{number}/"


def path_bar(client, url):
    return soup(client.get(url)).select_one("nav.path-bar")


def mark(client, path, number, done=True, next_url=""):
    step = path.ordered_steps()[number - 1]
    data = {"path": path.pk, "step": step.key, "done": "1" if done else "0", "next": next_url}
    return client.post(MARK_URL, data)


# Durations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "shown"),
    [(0, "0 min"), (25, "25 min"), (60, "1 h"), (100, "1 h 40 min"), (600, "10 h")],
)
def test_durations_read_as_hours_and_minutes(minutes, shown):
    with override("en"):
        assert format_minutes(minutes) == shown


# The index ---------------------------------------------------------------------------------


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_the_index_lists_live_paths_in_order(client, learning_path, portal, media_root):
    index = learning_path.index
    second = add_path(
        index,
        "Monitorare le zone umide",
        [{"page": portal.meeting, "minutes": 45}],
        level="advanced",
        audience="Tecnici dei parchi",
        cover_image=wagtail_factories.ImageFactory(file__width=960, file__height=720),
    )
    draft = add_path(index, "Bozza di percorso", [{"page": portal.lesson}])
    draft.unpublish()

    html = soup(client.get(index.url))
    cards = html.select(".path-card")
    assert [text(card.select_one("h3")) for card in cards] == [
        "Coinvolgere gli agricoltori",
        "Monitorare le zone umide",
    ]
    first, other = cards
    assert first.select_one("h3 a")["href"] == learning_path.page.url
    assert "Guardiaparco e tecnici comunali" in text(first)
    assert first.select_one("time")["datetime"] == "PT100M"
    assert text(first.select_one("time")) == it("%(hours)d h %(minutes)d min", hours=1, minutes=40)
    assert "Tecnici dei parchi" in text(other)
    assert other.select_one(".badge").get_text() == str(second.get_level_display())
    image = other.select_one("img")
    assert image["loading"] == "lazy"
    assert image["width"] == "480"
    assert image["height"] == "270"
    assert image["alt"] == ""
    assert "Bozza di percorso" not in html.get_text()


# The overview ------------------------------------------------------------------------------


def test_the_overview_shows_modules_steps_and_durations(client, learning_path):
    path, portal = learning_path.page, learning_path.portal
    html = soup(client.get(path.url))
    aside = text(html.select_one("aside"))
    assert "Guardiaparco e tecnici comunali" in aside
    assert it("%(hours)d h %(minutes)d min", hours=1, minutes=40) in aside
    assert "Riconoscere i problemi" in text(html.select_one("main"))

    modules = html.select(".path-module")
    assert [text(module.select_one("h2")) for module in modules] == [
        "Capire il contesto",
        "Mettere in pratica",
    ]
    durations = [module.select_one(".meta time") for module in modules]
    assert [time["datetime"] for time in durations] == ["PT45M", "PT55M"]
    assert text(durations[0]) == it("%(minutes)d min", minutes=45)

    steps = html.select(".path-step")
    assert [text(step.select_one(".path-step-number")) for step in steps] == [
        it("Step %(number)s", number=number) for number in range(1, 6)
    ]
    first = steps[0]
    assert text(first.select_one("h3 a")) == "Rane e risaie"
    assert first.select_one(".meta time")["datetime"] == "PT15M"
    assert "Leggete come il progetto ha lavorato con le risaie." in text(first)
    assert "Chi sono gli agricoltori del vostro territorio?" in text(first)
    # The kind: the page's type, a document or an external link.
    assert [text(step.select_one(".badge")) for step in steps] == [
        "Progetto",
        "Tema",
        "Scheda soluzione",
        "Documento",
        "Collegamento esterno",
    ]
    assert text(steps[3].select_one("h3 a")) == "Scheda da compilare"
    assert portal.card.title in text(steps[2])
    moodle = html.find("a", string=it("Download for Moodle"))
    assert moodle["href"] == f"{path.url}moodle/"


def test_page_steps_lead_to_the_page_in_the_path_others_to_the_step_page(client, learning_path):
    path, portal = learning_path.page, learning_path.portal
    html = soup(client.get(path.url))
    links = [step.select_one("h3 a")["href"] for step in html.select(".path-step")]
    assert links == [
        in_path(portal.project, path, 1),
        in_path(portal.theme, path, 2),
        in_path(portal.card, path, 3),
        step_page(path, 4),
        step_page(path, 5),
    ]


def test_the_overview_lists_prerequisites(client, learning_path, portal):
    basics = add_path(learning_path.index, "Le basi", [{"page": portal.lesson}])
    path = learning_path.page
    path.prerequisites.add(basics)
    path.save_revision().publish()
    html = soup(client.get(path.url))
    link = html.select_one("aside").find("a", string="Le basi")
    assert link["href"] == basics.url


def test_a_step_to_an_unpublished_page_is_shown_as_unavailable(client, learning_path):
    path, portal = learning_path.page, learning_path.portal
    portal.theme.unpublish()
    html = soup(client.get(path.url))
    unavailable = html.select_one("#step-2")
    assert "is-unavailable" in unavailable["class"]
    assert unavailable.select_one("a") is None
    problem = it("The page is not published.")
    assert it("Not available at the moment: %(problem)s", problem=problem) in text(unavailable)
    # It does not count: the progress is out of the four steps that can be followed.
    assert text(html.select_one(".path-progress label")) == steps_done(0, 4)
    # The path bar of step 1 leads past it, to step 3.
    bar = path_bar(client, in_path(portal.project, path, 1))
    assert bar.select_one("a[rel=next]")["href"] == in_path(portal.card, path, 3)
    # Its step page says so instead of redirecting to a page that is not there.
    html = soup(client.get(step_page(path, 2)))
    assert it("This step is not available at the moment: %(problem)s", problem=problem) in text(
        html.select_one("main")
    )


# The progress on the overview --------------------------------------------------------------


def test_start_then_continue_at_the_first_step_not_done(client, learning_path):
    path, portal = learning_path.page, learning_path.portal
    html = soup(client.get(path.url))
    start = html.select_one(".path-progress a.button")
    assert text(start) == it("Start: %(title)s", title="Rane e risaie")
    assert start["href"] == in_path(portal.project, path, 1)
    progress = html.select_one("progress")
    assert (progress["value"], progress["max"]) == ("0", "5")

    mark(client, path, 1)
    mark(client, path, 3)
    html = soup(client.get(path.url))
    assert text(html.select_one(".path-progress label")) == steps_done(2, 5)
    progress = html.select_one("progress")
    assert (progress["value"], progress["max"]) == ("2", "5")
    go_on = html.select_one(".path-progress a.button")
    assert text(go_on) == it("Continue: %(title)s", title="Coinvolgere gli agricoltori")
    assert go_on["href"] == in_path(portal.theme, path, 2)
    # Done steps say so in words, not only with a colour.
    statuses = [text(step.select_one(".step-status")) for step in html.select(".path-step")]
    done, to_do = f"✓ {it('Done')}", it("To do")
    assert statuses == [done, to_do, done, to_do, to_do]
    assert html.select_one("#completed") is None


def test_the_completion_summary_appears_once_every_step_is_done(client, learning_path, portal):
    path = learning_path.page
    next_path = add_path(learning_path.index, "Il passo successivo", [{"page": portal.lesson}])
    next_path.prerequisites.add(path)
    next_path.save_revision().publish()

    for number in range(1, 5):
        mark(client, path, number)
    assert soup(client.get(path.url)).select_one("#completed") is None

    response = mark(client, path, 5)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == f"{path.url}#completed"
    html = soup(client.get(path.url))
    summary = html.select_one("#completed")
    assert text(summary.select_one("h2")) == it("Congratulations: you have completed this path")
    facts = [text(item) for item in summary.select(".facts > *")]
    # Anonymous progress does not know when the steps were done.
    assert facts == [it("Total time"), it("%(hours)d h %(minutes)d min", hours=1, minutes=40)]
    questions = [text(item) for item in summary.select(".path-questions li")]
    assert questions == [
        "Chi sono gli agricoltori del vostro territorio? ("
        + it("step %(number)s, %(title)s", number=1, title="Rane e risaie")
        + ")",
        "Quale misura potreste proporre? ("
        + it("step %(number)s, %(title)s", number=5, title="Guida regionale per gli agricoltori")
        + ")",
    ]
    follow = summary.find("a", string="Il passo successivo")
    assert follow["href"] == next_path.url
    assert text(html.select_one(".messages")) == it(
        "Step marked as done. You have completed the path!"
    )
    assert html.select_one(".path-progress a.button") is None

    # Not done any more: no summary.
    mark(client, path, 2, done=False)
    assert soup(client.get(path.url)).select_one("#completed") is None


def test_a_signed_in_learner_sees_the_completion_date(client, learning_path):
    from tests import factories

    client.force_login(factories.UserFactory(username="lucia"))
    path = learning_path.page
    for number in range(1, 6):
        mark(client, path, number)
    summary = soup(client.get(path.url)).select_one("#completed")
    assert text(summary.select_one(".facts dt")) == it("Completed on")
    assert summary.select_one(".facts time")["datetime"].startswith(str(timezone.localtime().year))


# Step pages --------------------------------------------------------------------------------


def test_a_page_step_redirects_to_the_page_in_the_path(client, learning_path):
    path, portal = learning_path.page, learning_path.portal
    response = client.get(step_page(path, 2))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == in_path(portal.theme, path, 2)


@pytest.mark.parametrize("number", ["0", "6", "99999999999999999999999"])
def test_an_unknown_step_number_is_not_found(client, learning_path, number):
    response = client.get(f"{learning_path.page.url}steps/{number}/")
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_a_document_step_links_to_the_document(client, learning_path):
    path, document = learning_path.page, learning_path.document
    html = soup(client.get(step_page(path, 4)))
    main = html.select_one("main")
    assert text(main.select_one("h1")) == "Scheda da compilare"
    link = main.select_one(".path-target a")
    assert link["href"] == document.url
    assert "Scheda di monitoraggio" in text(link)
    assert "PDF" in text(main.select_one(".path-target"))
    bar = main.select_one("nav.path-bar")
    assert it("Step %(number)s of %(total)s", number=4, total=5) in text(bar)
    assert "Mettere in pratica" in text(bar)
    assert html.select_one('meta[name="robots"]')["content"] == "noindex"


def test_an_address_step_links_to_the_external_site(client, learning_path):
    path = learning_path.page
    main = soup(client.get(step_page(path, 5))).select_one("main")
    link = main.select_one(".path-target a")
    assert link["href"] == "https://www.example.org/guida-agricoltori"
    assert "noopener" in link["rel"]
    assert it("external site") in text(link)
    assert "www.example.org" in text(main.select_one(".path-target"))
    # The question is in the page, once: the bar leaves it to the page.
    assert text(main).count("Quale misura potreste proporre?") == 1
    bar = main.select_one("nav.path-bar")
    assert bar.select_one("a[rel=prev]")["href"] == step_page(path, 4)
    # The last step leads back to the overview.
    assert bar.select(".path-bar-moves a")[-1]["href"] == path.url
    assert it("Back to the path's overview") in text(bar.select(".path-bar-moves a")[-1])


# The path bar ------------------------------------------------------------------------------


def test_the_path_bar_on_the_first_step(client, learning_path):
    path, portal = learning_path.page, learning_path.portal
    bar = path_bar(client, in_path(portal.project, path, 1))
    assert bar["aria-label"] == it("Learning path")
    title = bar.select_one(".path-bar-path a")
    assert (text(title), title["href"]) == ("Coinvolgere gli agricoltori", path.url)
    assert "Capire il contesto" in text(bar)
    assert it("Step %(number)s of %(total)s", number=1, total=5) in text(bar)
    assert "Leggete come il progetto ha lavorato con le risaie." in text(bar)
    assert "Chi sono gli agricoltori del vostro territorio?" in text(bar)
    assert bar.select_one("a[rel=prev]") is None
    next_link = bar.select_one("a[rel=next]")
    assert next_link["href"] == in_path(portal.theme, path, 2)
    assert text(next_link) == it("Next: %(title)s", title="Coinvolgere gli agricoltori") + " →"

    form = bar.select_one("form")
    assert (form["method"], form["action"]) == ("post", MARK_URL)
    fields = {field["name"]: field["value"] for field in form.select("input")}
    assert fields["path"] == str(path.pk)
    assert fields["step"] == str(path.ordered_steps()[0].key)
    assert fields["done"] == "1"
    assert fields["next"] == in_path(portal.project, path, 1)
    assert fields["csrfmiddlewaretoken"]
    assert text(form.select_one("button")) == it("Mark as done")


def test_the_path_bar_in_the_middle_and_at_the_end_of_a_module(client, learning_path):
    path, portal = learning_path.page, learning_path.portal
    bar = path_bar(client, in_path(portal.card, path, 3))
    assert it("Step %(number)s of %(total)s", number=3, total=5) in text(bar)
    assert bar.select_one("a[rel=prev]")["href"] == in_path(portal.theme, path, 2)
    previous = it("Previous: %(title)s", title="Coinvolgere gli agricoltori")
    assert text(bar.select_one("a[rel=prev]")) == f"← {previous}"
    # The next step is in the next module: the document's step page.
    assert bar.select_one("a[rel=next]")["href"] == step_page(path, 4)


def test_marking_a_step_keeps_the_visitor_on_the_page(client, learning_path):
    path, portal = learning_path.page, learning_path.portal
    url = in_path(portal.project, path, 1)
    response = mark(client, path, 1, next_url=url)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == url
    bar = path_bar(client, url)
    assert text(bar.select_one(".messages")) == it("Step marked as done.")
    assert f"✓ {it('Done')}" in text(bar.select_one("form"))
    assert text(bar.select_one("form button")) == it("Mark as not done")
    assert bar.select_one("input[name=done]")["value"] == "0"

    mark(client, path, 1, done=False, next_url=url)
    bar = path_bar(client, url)
    assert text(bar.select_one(".messages")) == it("Step marked as not done.")
    assert text(bar.select_one("form button")) == it("Mark as done")


@pytest.mark.parametrize(
    "query",
    [
        "path={path}&step=2",  # step 2 leads to the theme, not to the project
        "path={path}&step=4",  # a document
        "path={path}&step=0",
        "path={path}&step=6",
        "path={path}&step=99999",
        "path={path}",
        "step=1",
        "path=abc&step=1",
        "path=-1&step=1",
        "path={path}&step=1e0",
        "path={path}&step=%EF%BC%91",  # a full-width digit one
        "path=99999999999999999999999999&step=1",
        "path=0&step=1",
        "path={project}&step=1",  # a page that is not a path
    ],
)
def test_no_path_bar_for_another_page_or_junk(client, learning_path, query):
    portal = learning_path.portal
    query = query.format(path=learning_path.page.pk, project=portal.project.pk)
    response = client.get(f"{portal.project.url}?{query}")
    assert soup(response).select_one("nav.path-bar") is None


def test_no_path_bar_for_an_unpublished_path(client, learning_path):
    path, portal = learning_path.page, learning_path.portal
    path.unpublish()
    assert path_bar(client, in_path(portal.project, path, 1)) is None


def test_the_context_processor_queries_nothing_until_used(learning_path, django_assert_num_queries):
    request = RequestFactory().get("/", {"path": learning_path.page.pk, "step": 1})
    with django_assert_num_queries(0):
        context = learning_path_context(request)
    assert set(context) == {"learning_path"}
    # Used on another page than the step's: nothing to show.
    assert not context["learning_path"]
    assert learning_path_context(RequestFactory().get("/", {"path": "x", "step": "1"})) == {}


# Refused requests --------------------------------------------------------------------------


def posted(client, **fields):
    response = client.post(MARK_URL, fields)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    html = BeautifulSoup(response.content, "html.parser")
    assert text(html.select_one("h1")) == it("The step could not be marked")
    return text(html.select_one("main"))


def test_bad_posts_get_a_clear_refusal(client, learning_path, portal):
    path = learning_path.page
    key = str(path.ordered_steps()[0].key)
    other = add_path(learning_path.index, "Altro percorso", [{"page": portal.lesson}])
    other_key = str(other.ordered_steps()[0].key)
    no_path = it("This learning path does not exist or is not published.")
    no_step = it("This step is not part of the path any more. Open the path again from its page.")
    incomplete = it("The request was incomplete. Go back, reload the page and try again.")

    assert no_path in posted(client, step=key, done="1")
    assert no_path in posted(client, path="abc", step=key, done="1")
    assert no_path in posted(client, path="9" * 30, step=key, done="1")
    assert no_path in posted(client, path=portal.project.pk, step=key, done="1")
    for bad_step in ["", "not-a-uuid", "1", other_key, "x" * 5000]:
        assert no_step in posted(client, path=path.pk, step=bad_step, done="1")
    for bad_done in ["", "2", "yes"]:
        assert incomplete in posted(client, path=path.pk, step=key, done=bad_done)
    # Nothing was recorded.
    assert "learning_paths" not in client.session


def test_marking_needs_a_post(client, learning_path):
    assert reverse("learning_paths:mark") == MARK_URL
    assert client.get(MARK_URL).status_code == HTTPStatus.METHOD_NOT_ALLOWED


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example.com/", "//evil.example.com/", "javascript:alert(1)", ""],
)
def test_marking_goes_back_only_to_this_site(client, learning_path, next_url):
    response = mark(client, learning_path.page, 1, next_url=next_url)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == learning_path.page.url


def test_marking_needs_the_csrf_token(learning_path):
    path, portal = learning_path.page, learning_path.portal
    client = Client(enforce_csrf_checks=True)
    step = path.ordered_steps()[0]
    response = client.post(MARK_URL, {"path": path.pk, "step": step.key, "done": "1"})
    assert response.status_code == HTTPStatus.FORBIDDEN

    # With the form's token, as a browser sends it.
    form = path_bar(client, in_path(portal.project, path, 1)).select_one("form")
    data = {field["name"]: field["value"] for field in form.select("input")}
    response = client.post(form["action"], data)
    assert response.status_code == HTTPStatus.FOUND
    assert text(soup(client.get(path.url)).select_one(".path-progress label")) == steps_done(1, 5)


# Query budgets -----------------------------------------------------------------------------


def long_path(index, portal, count):
    targets = [portal.project, portal.theme, portal.meeting, portal.card, portal.lesson]
    return add_path(
        index,
        f"Percorso di {count} passi",
        [
            {
                "module": f"Modulo {number // 10 + 1}" if number % 10 == 0 else "",
                "page": targets[number % len(targets)],
                "note": f"Nota {number}",
                "question": f"Domanda {number}?",
            }
            for number in range(count)
        ],
    )


def count_queries(client, url, django_assert_max_num_queries, budget):
    assert client.get(url).status_code == HTTPStatus.OK
    with django_assert_max_num_queries(budget) as context:
        response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return len(context.captured_queries)


# About 13 queries are the same on every page at this depth (see
# tests/cdp_pages/test_query_budgets.py); the overview adds its steps and its prerequisites.
# Progress adds the session, and for a signed-in learner the user, the user's completed
# steps and the user bar's two permission queries.
OVERVIEW_BUDGETS = {"new visitor": 15, "anonymous learner": 16, "signed-in learner": 20}


@pytest.mark.parametrize("visitor", OVERVIEW_BUDGETS)
def test_the_overview_of_a_30_step_path_has_a_query_budget(
    client, paths_index, portal, django_assert_max_num_queries, visitor
):
    from tests import factories

    small, large = long_path(paths_index, portal, 5), long_path(paths_index, portal, 30)
    if visitor == "signed-in learner":
        client.force_login(factories.UserFactory(username="lucia"))
    if visitor != "new visitor":
        for path in (small, large):
            mark(client, path, 1)
            mark(client, path, 4)
    budget = OVERVIEW_BUDGETS[visitor]
    queries = [
        count_queries(client, path.url, django_assert_max_num_queries, budget)
        for path in (small, large)
    ]
    assert queries[0] == queries[1]
    html = soup(client.get(large.url))
    assert len(html.select(".path-step")) == 30
    done = "0" if visitor == "new visitor" else "2"
    assert html.select_one("progress")["value"] == done


def test_the_path_bar_adds_a_few_queries(
    client, paths_index, portal, django_assert_max_num_queries
):
    path = long_path(paths_index, portal, 30)
    mark(client, path, 1)
    step = path.ordered_steps()[10]
    assert step.kind == LearningPathStep.Kind.PAGE
    plain = count_queries(client, step.page.url, django_assert_max_num_queries, 40)
    url = in_path(step.page, path, 11)
    assert it("Step %(number)s of %(total)s", number=11, total=30) in text(path_bar(client, url))
    with_bar = count_queries(client, url, django_assert_max_num_queries, plain + 5)
    assert with_bar > plain


@pytest.mark.parametrize("next_url", ["/it/\r\nSet-Cookie: x=1", "/it/\x00", "/\\evil.example.com"])
def test_a_hostile_next_address_never_breaks_the_redirect(client, learning_path, next_url):
    response = mark(client, learning_path.page, 1, next_url=next_url)
    assert response.status_code == HTTPStatus.FOUND
    assert "\n" not in response["Location"]
    assert "evil" not in urlsplit(response["Location"]).netloc


# Previews ----------------------------------------------------------------------------------


def test_a_draft_with_a_new_step_previews(learning_path, portal):
    """In a preview the steps are the editor's, in memory: a new one has no id yet."""
    draft = learning_path.page.get_latest_revision_as_object()
    steps = list(draft.steps.all())
    steps.insert(0, LearningPathStep(page=portal.lesson, kind="page", minutes=5))
    draft.steps = steps
    response = draft.make_preview_request()
    assert response.status_code == HTTPStatus.OK
    html = BeautifulSoup(response.content, "html.parser")
    first = html.select_one(".path-step")
    assert text(first.select_one("h3 a")) == portal.lesson.title
    assert len(html.select(".path-step")) == 6
