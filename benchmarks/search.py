"""Search benchmark: `manage.py bench_search`.

Fills a throwaway database with N pages (10,000 by default) of realistic, varied text
(`benchmarks.text`), rebuilds the search index, then times a set of varied one-, two- and
three-word queries, some with facet filters, some misspelled, some finding nothing: through
the search backend (`get_backend().search`) and through the whole search view (Django's test
client: URL routing, middleware, the view and its template, but no web server). It prints the
median and 95th percentile of each, and whether the whole view is within the budget.

The throwaway database
----------------------
The benchmark never touches the database of the settings in use. `manage.py bench_search` is
only a launcher: it creates a temporary directory and runs `manage.py bench_search --child` in a
new process with `DJANGO_SETTINGS_MODULE=cdp_site.settings.test` (DEBUG off, any host
allowed), `VAR_DIR=<that directory>` (so SQLite opens `<that directory>/db.sqlite3`, a new
file) and without `DATABASE_URL` and `ELASTICSEARCH_URL` (so the database backend of the search
is measured). Settings are read once per process, so re-pointing the database in a fresh
process is simpler and surer than patching `DATABASES` in a running one. The child migrates the
new database, fills it, measures and prints the report; the launcher then deletes the directory
(unless `--keep`).

With `--database-url postgres://user@host:port/name` the child uses that database instead. It
must be an empty scratch database created for the purpose (`createdb cdp_bench`): the child
refuses any database that already has tables, and at the end drops and recreates its `public`
schema, leaving it empty again (unless `--keep`). The launcher also refuses the database of the
settings in use.

The child refuses to run unless the launcher sent it, in the environment variable
`CDP_BENCH_THROWAWAY`, the database it created or was given, and its settings point there.

The pages
---------
Projects (15%), themes (10%), meetings (10%), solution cards (40%) and lessons (25%), a tenth
of them in English, in three communities per language (editions 2017 to 2019), with topics,
maturities, publication years from 2017 to 2024 and links between them (cards and lessons to
projects and themes, lessons to meetings), each page about a few habitats, species, people and
actions of its own (`benchmarks.text`). They are written straight into the page tree, live and
without revisions, in transactions of 500 pages; then `search.index.rebuild()` indexes them
once, and on PostgreSQL `VACUUM ANALYZE` brings the tables to the state autovacuum would.
10,000 pages take about a minute and a half on SQLite, two on PostgreSQL (2 CPUs).

Latencies
---------
The queries (`build_queries`): 40% of one word, 35% of two, 25% of three, drawn from the
vocabulary of the text in its various forms; about a quarter with one or two facet filters
(type, community, topic, maturity, year), a tenth misspelled, a few finding nothing, a few in
English, with all languages, sorted by date or on their second page. After a warm-up round
(every query once, both ways), each query runs `--repeat` times (3 by default), through the
backend and then through the view; the median and the 95th percentile (nearest rank) are
taken over all those runs. The budget is the view's: median <= 60 ms, p95 <= 150 ms.

PostgreSQL
----------
Any empty database will do, for example a throwaway server as `.ci/run` starts one:

    initdb -D /tmp/pg/data -U cdp --auth=trust
    pg_ctl -D /tmp/pg/data -o "-h 127.0.0.1 -p 5433 -k /tmp/pg" -w start
    createdb -h 127.0.0.1 -p 5433 -U cdp cdp_bench
    manage.py bench_search --database-url postgres://cdp@127.0.0.1:5433/cdp_bench
    pg_ctl -D /tmp/pg/data stop && rm -rf /tmp/pg
"""

import datetime
import json
import math
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from django.utils.text import slugify

from .text import (
    ACTION_NOUNS,
    HABITATS,
    INVASIVES,
    PEOPLE,
    SPECIES,
    TOWNS,
    EnglishText,
    ItalianText,
    query_vocabulary,
)

THROWAWAY_ENV = "CDP_BENCH_THROWAWAY"
BUDGET_MEDIAN_MS = 60
BUDGET_P95_MS = 150
# Shares of the pages by kind, in the order they are made (later pages link to earlier ones),
# and of the pages in English.
KIND_SHARES = {"project": 0.15, "theme": 0.10, "meeting": 0.10, "solution": 0.40, "lesson": 0.25}
ENGLISH_SHARE = 0.10
EDITIONS = (2017, 2018, 2019)
BATCH = 500


class Refused(Exception):
    """The database is not a throwaway one: the benchmark will not touch it."""


# The launcher ----------------------------------------------------------------------


def launch(options, write):
    """Run the benchmark in a child process on a throwaway database; return its exit code.
    `write` prints a line of the child's output."""
    from django.conf import settings

    database_url = options.get("database_url")
    if database_url:
        check_scratch_url(database_url, settings.DATABASES["default"])
    tmp = Path(tempfile.mkdtemp(prefix="cdp-bench-"))
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "ELASTICSEARCH_URL", THROWAWAY_ENV}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cdp_site.settings.test",
        VAR_DIR=str(tmp),
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    if database_url:
        env["DATABASE_URL"] = env[THROWAWAY_ENV] = database_url
    else:
        env[THROWAWAY_ENV] = str(tmp / "db.sqlite3")
    command = [
        sys.executable,
        str(Path(settings.BASE_DIR) / "manage.py"),
        "bench_search",
        "--child",
        f"--pages={options['pages']}",
        f"--queries={options['queries']}",
        f"--seed={options['seed']}",
        f"--repeat={options['repeat']}",
        f"--verbosity={options.get('verbosity', 1)}",
    ]
    if options.get("json"):
        command.append(f"--json={Path(options['json']).resolve()}")
    for flag in ("keep", "check"):
        if options.get(flag):
            command.append(f"--{flag}")
    try:
        with subprocess.Popen(  # noqa: S603 - our own manage.py, with our own arguments
            command,
            cwd=settings.BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        ) as child:
            for line in child.stdout:
                write(line.rstrip("\n"))
        return child.returncode
    finally:
        if options.get("keep") and not database_url:
            write(
                f"Kept the database in {tmp}: browse it with VAR_DIR={tmp} "
                "manage.py runserver, then delete the directory."
            )
        else:
            shutil.rmtree(tmp, ignore_errors=True)
        if options.get("keep") and database_url:
            write(
                "Kept the data in the scratch database: empty it with "
                "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
            )


def _same_database(a, b):
    keys = ("ENGINE", "NAME", "HOST", "PORT")
    return all(str(a.get(key) or "") == str(b.get(key) or "") for key in keys)


def check_scratch_url(url, configured):
    """Refuse a --database-url that is not PostgreSQL or is the database of the settings."""
    import dj_database_url

    if urlsplit(url).scheme not in {"postgres", "postgresql", "pgsql"}:
        raise Refused("--database-url must be a postgres:// URL of an empty scratch database.")
    if _same_database(dj_database_url.parse(url), configured):
        raise Refused("--database-url is the database of the settings in use: use a scratch one.")


# The child: checks, generation, measures -------------------------------------------------


def check_throwaway():
    """Refuse to go on unless the launcher sent us here and the database is empty."""
    import dj_database_url
    from django.db import connection

    expected = os.environ.get(THROWAWAY_ENV)
    if not expected:
        raise Refused(
            "bench_search --child runs only in the process started by bench_search, "
            "on the throwaway database it creates."
        )
    database = connection.settings_dict
    if "://" in expected:
        ours = _same_database(dj_database_url.parse(expected), database)
    else:
        ours = database["ENGINE"] == "django.db.backends.sqlite3" and (
            Path(str(database["NAME"])).resolve() == Path(expected).resolve()
        )
    if not ours:
        raise Refused(f"The database in the settings is not the throwaway one ({expected}).")
    if connection.introspection.table_names():
        raise Refused("The database is not empty: bench_search needs an empty scratch database.")


def analyze():
    """Bring PostgreSQL to its steady state after the bulk load: planner statistics and the
    visibility map, which autovacuum would build by itself within minutes of the load (and,
    left to it, while the queries are being timed). SQLite gathers no statistics unless
    asked, and a site does not ask: it is left as it is."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def empty_database(write):
    """Leave a PostgreSQL scratch database empty again (a SQLite file goes with its folder)."""
    from django.db import DatabaseError, connection

    if connection.vendor != "postgresql":
        return
    try:
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE")
            cursor.execute("CREATE SCHEMA public")
    except DatabaseError as error:
        write(f"Could not empty the scratch database ({error}): drop and create it again.")


@contextmanager
def bulk_creation():
    """Page saves without the work that does not matter here: Wagtail's own search index
    (the admin's, not the portal's), the reference index, and a log line per page."""
    import logging

    from django.db.models.signals import post_save
    from wagtail.search import index as wagtail_index
    from wagtail.search.signal_handlers import post_save_signal_handler
    from wagtail.signal_handlers import disable_reference_index_auto_update

    with ExitStack() as stack:
        for model in wagtail_index.get_indexed_models():
            if post_save.disconnect(post_save_signal_handler, sender=model):
                stack.callback(post_save.connect, post_save_signal_handler, sender=model)
        stack.enter_context(disable_reference_index_auto_update())
        logger = logging.getLogger("wagtail")
        stack.callback(logger.setLevel, logger.level)
        logger.setLevel(logging.WARNING)
        yield


@dataclass
class Corpus:
    """What `generate` made: page counts by kind and language, and timings."""

    kinds: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    index_seconds: float = 0.0

    @property
    def pages(self):
        return sum(self.kinds.values())


class Generator:
    """Creates the pages straight in the tree (see `add`), live, without revisions: a
    revision and a publish per page would take many times longer and change nothing that
    the search reads. The search index is rebuilt once at the end.

    Kinds and languages follow KIND_SHARES and ENGLISH_SHARE; each page gets a random
    community (editions 2017 to 2019), publication date (2017 to 2024), topics, maturity,
    and links to earlier pages (a card to its projects and themes, a lesson to its meeting)."""

    def __init__(self, pages, seed=0, progress=None):
        self.total = pages
        self.rng = random.Random(seed)  # noqa: S311 - reproducible pages, not secrets
        self.texts = {
            "it": ItalianText(rng=self.rng),
            "en": EnglishText(rng=self.rng),
        }
        self.progress = progress or (lambda done, total: None)
        self.corpus = Corpus()
        self.serial = 0
        self.children = {}  # parent's pk -> [parent, last position, children added]
        self.tree = {}
        self.made = {"it": {}, "en": {}}

    def plan(self):
        """[(kind, language)] of every page, kinds in an order that lets later pages link
        to earlier ones (projects first, lessons last)."""
        english = round(self.total * ENGLISH_SHARE)
        plan = []
        remaining = self.total
        kinds = list(KIND_SHARES)
        for position, kind in enumerate(kinds):
            count = (
                remaining
                if position == len(kinds) - 1
                else min(remaining, round(self.total * KIND_SHARES[kind]))
            )
            remaining -= count
            english_count = round(count * english / self.total) if self.total else 0
            plan += [(kind, "en")] * english_count + [(kind, "it")] * (count - english_count)
        return plan

    def run(self):
        from django.db import transaction

        from search import index

        started = time.perf_counter()
        plan = self.plan()
        with bulk_creation():
            with transaction.atomic():
                self.make_tree()
            for start in range(0, len(plan), BATCH):
                with transaction.atomic():  # One commit per batch, not per page.
                    for kind, language in plan[start : start + BATCH]:
                        page = getattr(self, f"make_{kind}")(language)
                        self.made[language].setdefault(kind, []).append(page)
                        self.corpus.kinds[kind] += 1
                        self.corpus.languages[language] += 1
                self.progress(min(start + BATCH, len(plan)), len(plan))
            with transaction.atomic():
                self.count_children()
        self.corpus.seconds = time.perf_counter() - started
        started = time.perf_counter()
        index.rebuild()
        self.corpus.index_seconds = time.perf_counter() - started
        return self.corpus

    # The tree

    def make_tree(self):
        from wagtail.models import Locale

        from cdp_pages.models import (
            CommunityIndexPage,
            CommunityPage,
            HomePage,
            LessonIndexPage,
            SolutionIndexPage,
            Topic,
        )

        # Titles and slugs of the indexes, and the title of a community, by language.
        names = {
            "it": {
                "communities": ("Comunità di pratica", "comunita"),
                "solutions": ("Soluzioni", "soluzioni"),
                "lessons": ("Lezioni apprese", "lezioni"),
                "community": "Comunità di pratica {}",
            },
            "en": {
                "communities": ("Communities of practice", "communities"),
                "solutions": ("Solutions", "solutions"),
                "lessons": ("Lessons learned", "lessons"),
                "community": "Community of practice {}",
            },
        }
        models = {
            "communities": CommunityIndexPage,
            "solutions": SolutionIndexPage,
            "lessons": LessonIndexPage,
        }
        for language, titles in names.items():
            locale = Locale.objects.get(language_code=language)
            home = HomePage.objects.get(locale=locale)
            tree = {"locale": locale}
            for key, model in models.items():
                title, slug = titles[key]
                tree[key] = self.add(home, model(title=title, slug=slug), locale)
            tree["editions"] = [
                self.add(
                    tree["communities"],
                    CommunityPage(
                        title=titles["community"].format(edition),
                        slug=f"edizione-{edition}",
                        edition=edition,
                        summary=f"<p>{self.texts[language].paragraph()}</p>",
                    ),
                    locale,
                )
                for edition in EDITIONS
            ]
            names_of_topics = (
                [noun.plural.capitalize() for noun in HABITATS[:16]]
                + [noun.singular.capitalize() for noun in ACTION_NOUNS[:8]]
                if language == "it"
                else ["Wetlands", "Meadows", "Woods", "Rice fields", "Invasive species"]
            )
            tree["topics"] = [
                Topic.objects.create(
                    name=name, slug=f"{slugify(name)}-{language}", locale=locale, kind="habitat"
                )
                for name in names_of_topics
            ]
            self.tree[language] = tree

    def add(self, parent, page, locale, published=None):
        """Add a live page under `parent`, as `parent.add_child` would, without its three
        queries per page (the parent locked, its last child, its count of children) and
        without validation: paths are counted here and the counts written at the end."""
        from wagtail.models import Page

        self.serial += 1
        when = published or datetime.datetime(2017, 1, 1, tzinfo=datetime.UTC)
        page.locale = locale
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = when
        page.draft_title = page.title
        if not page.slug:
            page.slug = f"{slugify(page.title)[:60].strip('-')}-{self.serial}"
        if parent.pk not in self.children:
            last = parent.get_last_child()
            self.children[parent.pk] = [parent, last._get_lastpos_in_path() if last else 0, 0]
        counts = self.children[parent.pk]
        counts[1] += 1
        counts[2] += 1
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, counts[1])
        page._cached_parent_obj = parent
        page.save(clean=False)
        return page

    def count_children(self):
        from django.db.models import F
        from wagtail.models import Page

        for parent, _, added in self.children.values():
            Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + added)
            parent.numchild += added
        self.children = {}

    def stream(self, block_type, values):
        """Raw StreamField data, with block ids from the seed."""
        return [
            {
                "type": block_type,
                "value": value,
                "id": str(uuid.UUID(int=self.rng.getrandbits(128))),
            }
            for value in values
        ]

    def published(self):
        start = datetime.datetime(2017, 1, 1, tzinfo=datetime.UTC)
        return start + datetime.timedelta(seconds=self.rng.randrange(8 * 365 * 86400))

    def some(self, items, low, high):
        if not items:
            return []
        return self.rng.sample(items, min(len(items), self.rng.randint(low, high)))

    def _context(self, language):
        tree = self.tree[language]
        text = self.texts[language]
        text.new_page()
        community = self.rng.choice(tree["editions"])
        return tree, text, community

    # The pages, one kind each

    def make_project(self, language):
        from cdp_pages.models import ProjectPage

        tree, text, community = self._context(language)
        start = datetime.date(community.edition + 1, self.rng.randint(1, 12), 1)
        budget = Decimal(self.rng.randrange(200, 2000) * 1000)
        page = ProjectPage(
            title=text.project_title()[:255],
            listing_summary=text.summary(280),
            summary=text.summary(600),
            objectives=text.rich_text(2),
            municipalities=", ".join(self.rng.sample(TOWNS, self.rng.randint(1, 4))),
            province=self.rng.choice([code for code, _ in ProjectPage.Province.choices]),
            start_date=start,
            end_date=start + datetime.timedelta(days=365 * self.rng.randint(2, 4)),
            budget=budget,
            contribution=budget * Decimal("0.6"),
            status=self.rng.choice(["completed", "completed", "ongoing", "planned"]),
        )
        page.habitats = self.some(tree["topics"], 1, 3)
        return self.add(community, page, tree["locale"], self.published())

    def _projects(self, language, low, high):
        return self.some(self.made[language].get("project", []), low, high)

    def _themes(self, language, low, high):
        return self.some(self.made[language].get("theme", []), low, high)

    def make_theme(self, language):
        from cdp_pages.models import ThemePage

        tree, text, community = self._context(language)
        experiences = [
            {
                "name": text.project_title()[:255],
                "scale": self.rng.choice(["regional", "national", "international"]),
                "place": text.place(),
                "link": "",
                "teaching": f"<p>{text.paragraph(2)}</p>",
            }
            for _ in range(self.rng.randint(0, 2))
        ]
        page = ThemePage(
            title=text.theme_title()[:255],
            listing_summary=text.summary(280),
            summary=text.summary(600),
            knowledge=text.rich_text(),
            external_experiences=self.stream("experience", experiences),
            critical_issues=text.rich_text(1),
            evolutions=text.rich_text(1),
        )
        page.projects = self._projects(language, 1, 4)
        return self.add(community, page, tree["locale"], self.published())

    def make_meeting(self, language):
        from cdp_pages.models import MeetingPage

        tree, text, community = self._context(language)
        day = datetime.date(2017, 3, 1) + datetime.timedelta(days=self.rng.randrange(9 * 365))
        start = datetime.datetime.combine(day, datetime.time(self.rng.choice([9, 10, 14, 17])))
        start = start.replace(tzinfo=datetime.UTC)
        agenda = [
            {"time": None, "title": text.action_phrase(article=False)[0][:255], "speaker": ""}
            for _ in range(self.rng.randint(2, 5))
        ]
        page = MeetingPage(
            title=text.meeting_title(day.year)[:255],
            listing_summary=text.summary(280),
            kind=self.rng.choice(["plenary", "webinar"]),
            start=start,
            end=start + datetime.timedelta(hours=self.rng.choice([2, 3, 4])),
            place=text.place(),
            agenda=self.stream("item", agenda),
            outcomes=text.rich_text(),
        )
        page.themes = self._themes(language, 0, 2)
        return self.add(community, page, tree["locale"], start)

    def make_solution(self, language):
        from cdp_pages.models import SolutionCardPage

        tree, text, _ = self._context(language)
        steps = [
            {"title": title[:255], "description": f"<p>{description}</p>"}
            for title, description in text.steps()
        ]
        page = SolutionCardPage(
            title=text.solution_title()[:255],
            listing_summary=text.summary(280),
            challenge=text.rich_text(1),
            solution=text.rich_text(),
            steps=self.stream("step", steps),
            time_needed=f"{self.rng.randint(1, 24)} mesi",
            cost_range=self.rng.choice(["none", "low", "medium", "high"]),
            skills=text.sentence(),
            results=text.rich_text(1),
            enabling_factors=text.rich_text(1),
            pitfalls=text.rich_text(1),
            transferability=text.rich_text(1),
            maturity=self.rng.choice(["idea", "under_study", "tested", "tested", "consolidated"]),
        )
        page.themes = self._themes(language, 0, 2)
        page.projects = self._projects(language, 1, 3)
        page.topics = self.some(tree["topics"], 1, 3)
        return self.add(tree["solutions"], page, tree["locale"], self.published())

    def make_lesson(self, language):
        from cdp_pages.models import LessonLearnedPage

        tree, text, _ = self._context(language)
        statement = text.lesson_statement()
        meetings = self.made[language].get("meeting", [])
        page = LessonLearnedPage(
            title=statement[:255],
            listing_summary=statement[:280],
            statement=statement,
            kind=self.rng.choice(["worked", "worked", "did_not_work"]),
            context=text.rich_text(1),
            evidence=text.rich_text(1),
            evidence_strength=self.rng.choice(
                ["anecdotal", "one_project", "several_projects", "measured"]
            ),
            recommendation=text.rich_text(1),
            source_meeting=self.rng.choice(meetings)
            if meetings and self.rng.random() < 0.5
            else None,
        )
        page.themes = self._themes(language, 0, 2)
        page.projects = self._projects(language, 1, 3)
        return self.add(tree["lessons"], page, tree["locale"], self.published())


# Queries -----------------------------------------------------------------------------

# Words that share no beginning with the generated text: searched as stemmed prefixes,
# they must find nothing.
NONSENSE = [
    "criptovaluta",
    "grattacielo",
    "sottomarino",
    "astronave quantistica",
    "karaoke gourmet",
    "pizzeria sushi",
]
ENGLISH_QUERIES = ["wetlands", "invasive species", "coypu trapping", "meadow mowing volunteers"]


@dataclass
class BenchQuery:
    params: dict  # the query string, as the view gets it
    language: str = "it"
    words: int = 1
    note: str = ""  # misspelled, no results, English, ...
    totals: list = field(default_factory=list)
    function_ms: list = field(default_factory=list)
    view_ms: list = field(default_factory=list)

    @property
    def text(self):
        return self.params["q"]

    def search_query(self):
        from django.http import QueryDict

        from search.query import SearchQuery

        return SearchQuery.from_params(QueryDict(urlencode(self.params, doseq=True)), self.language)

    def url(self):
        from django.urls import reverse
        from django.utils import translation

        with translation.override(self.language):
            return f"{reverse('search')}?{urlencode(self.params, doseq=True)}"


def misspell(word, rng):
    """A typo: two letters swapped, one dropped or one doubled."""
    if len(word) < 5:
        return word + word[-1]
    position = rng.randrange(1, len(word) - 2)
    how = rng.randrange(3)
    if how == 0:
        return word[:position] + word[position + 1] + word[position] + word[position + 2 :]
    if how == 1:
        return word[:position] + word[position + 1 :]
    return word[:position] + word[position] + word[position:]


def facet_values():
    """{facet name: [values]} present in the index, to filter on."""
    from search.models import SearchFacet

    values = {}
    for name, value in (
        SearchFacet.objects.filter(entry__locale="it")
        .values_list("name", "value")
        .distinct()
        .order_by("name", "value")
    ):
        values.setdefault(name, []).append(value)
    return values


def build_queries(count, seed, facets):
    """`count` varied queries: 40% of one word, 35% of two, 25% of three; about a quarter
    with facet filters, a tenth misspelled, a few finding nothing, a few in English, with
    all languages, sorted by date or asking for a second page."""
    rng = random.Random(f"queries-{seed}")  # noqa: S311 - reproducible queries
    words, phrases = query_vocabulary()
    two_word = [phrase for phrase in phrases if len(phrase.split()) == 2]
    three_word = [phrase for phrase in phrases if len(phrase.split()) == 3]

    def pair():
        if rng.random() < 0.5:
            return rng.choice(two_word)
        first = rng.choice([*ACTION_NOUNS, *PEOPLE, *INVASIVES]).form(rng.random() < 0.5)
        second = rng.choice([*HABITATS, *SPECIES]).form(rng.random() < 0.5)
        return f"{first.split()[0]} {second.split()[0]}"

    def triple():
        if rng.random() < 0.4:
            return rng.choice(three_word)
        return f"{pair()} {rng.choice(words)}"

    ones = round(count * 0.40)
    twos = round(count * 0.35)
    queries = []
    seen = set()
    for position in range(count):
        size = 1 if position < ones else 2 if position < ones + twos else 3
        for _ in range(50):  # A new query, unless the vocabulary runs out.
            text = " ".join(
                {1: lambda: rng.choice(words), 2: pair, 3: triple}[size]().split()[:size]
            )
            if text not in seen:
                break
        seen.add(text)
        queries.append(BenchQuery({"q": text}, words=size))
    rng.shuffle(queries)
    # Variations, each on its own slice of the shuffled queries.
    cuts = iter(range(count))
    for _ in range(max(1, count // 10)):
        query = queries[next(cuts, 0)]
        parts = query.text.split()
        index = rng.randrange(len(parts))
        for _ in range(10):  # A typo, not another word of the text.
            typo = misspell(parts[index], rng)
            if typo not in words:
                break
        parts[index] = typo
        query.params["q"] = " ".join(parts)
        query.note = "misspelled"
    for _ in range(max(1, count // 16)):
        query = queries[next(cuts, 0)]
        nonsense = rng.choice(NONSENSE).split()
        query.params["q"] = " ".join(nonsense[: query.words])
        query.words = len(query.params["q"].split())
        query.note = "no results"
    for _ in range(count // 20):
        query = queries[next(cuts, 0)]
        text = rng.choice(ENGLISH_QUERIES)
        query.params["q"] = text
        query.words = len(text.split())
        query.language = "en"
        query.note = "English"
    for _ in range(count // 16):
        queries[next(cuts, 0)].params["lang"] = "all"
    for _ in range(count // 16):
        queries[next(cuts, 0)].params["sort"] = "date"
    for _ in range(count // 25):
        queries[next(cuts, 0)].params["page"] = "2"
    filterable = [
        name for name in ("type", "community", "topic", "maturity", "year") if name in facets
    ]
    for query in queries:
        if query.language == "it" and query.note != "no results" and rng.random() < 0.35:
            for name in rng.sample(filterable, min(len(filterable), rng.randint(1, 2))):
                query.params[name] = rng.choice(facets[name])
    return queries


# Measures and report ------------------------------------------------------------------


def percentile(values, fraction):
    """The nearest-rank percentile of the values."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def measure(queries, repeat):
    from django.test import Client

    from search.backends import get_backend

    backend = get_backend()
    client = Client()

    def one(query, keep):
        search_query, url = query.search_query(), query.url()
        started = time.perf_counter()
        results = backend.search(search_query)
        middle = time.perf_counter()
        response = client.get(url)
        ended = time.perf_counter()
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
        if keep:
            query.totals.append(results.total)
            query.function_ms.append((middle - started) * 1000)
            query.view_ms.append((ended - middle) * 1000)

    for query in queries:  # Warm-up: caches, prepared plans, the templates.
        one(query, keep=False)
    for _ in range(repeat):
        for query in queries:
            one(query, keep=True)


def database_description():
    from django.db import connection

    if connection.vendor == "sqlite":
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version}"
    if connection.vendor == "postgresql":
        major, minor = divmod(connection.pg_version, 10000)
        return f"PostgreSQL {major}.{minor}"
    return connection.vendor


def summarize(corpus, queries, repeat):
    function = [ms for query in queries for ms in query.function_ms]
    view = [ms for query in queries for ms in query.view_ms]
    view_median, view_p95 = statistics.median(view), percentile(view, 0.95)
    totals = [query.totals[0] for query in queries]
    return {
        "pages": corpus.pages,
        "kinds": dict(corpus.kinds),
        "languages": dict(corpus.languages),
        "generation_s": round(corpus.seconds, 1),
        "index_s": round(corpus.index_seconds, 1),
        "database": database_description(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "queries": len(queries),
        "repeat": repeat,
        "function_ms": {
            "median": round(statistics.median(function), 1),
            "p95": round(percentile(function, 0.95), 1),
        },
        "view_ms": {"median": round(view_median, 1), "p95": round(view_p95, 1)},
        "budget": {
            "median_ms": BUDGET_MEDIAN_MS,
            "p95_ms": BUDGET_P95_MS,
            "met": view_median <= BUDGET_MEDIAN_MS and view_p95 <= BUDGET_P95_MS,
        },
        "results": {
            "with_results": sum(1 for total in totals if total),
            "median_total": statistics.median(totals),
            "max_total": max(totals),
            "no_results_expected": sum(1 for query in queries if query.note == "no results"),
            "no_results_found": sum(
                1 for query in queries if query.note == "no results" and not query.totals[0]
            ),
        },
        "per_query": [
            {
                "params": query.params,
                "language": query.language,
                "words": query.words,
                "note": query.note,
                "total": query.totals[0],
                "function_ms": round(statistics.median(query.function_ms), 2),
                "view_ms": round(statistics.median(query.view_ms), 2),
            }
            for query in queries
        ],
    }


def report_lines(summary, verbose=False):
    kinds = ", ".join(f"{kind} {count}" for kind, count in summary["kinds"].items())
    words = Counter(query["words"] for query in summary["per_query"])
    notes = Counter(query["note"] for query in summary["per_query"] if query["note"])
    filtered = sum(
        1 for query in summary["per_query"] if set(query["params"]) - {"q", "lang", "sort", "page"}
    )
    results = summary["results"]
    lines = [
        f"Pages: {summary['pages']} ({kinds}; {summary['languages'].get('en', 0)} in English), "
        f"generated in {summary['generation_s']} s, indexed in {summary['index_s']} s",
        f"Database: {summary['database']}; CPUs: {summary['cpus']}; Python {summary['python']}",
        f"Queries: {summary['queries']} ({words[1]} of one word, {words[2]} of two, "
        f"{words[3]} of three; {filtered} with facet filters, "
        + ", ".join(f"{count} {note}" for note, count in sorted(notes.items()))
        + f"), {summary['repeat']} runs each after a warm-up",
    ]
    if verbose:
        lines.append(f"  {'total':>6} {'search':>8} {'view':>8}  query")
        for query in summary["per_query"]:
            params = urlencode(query["params"], doseq=True)
            note = f"  [{query['note']}]" if query["note"] else ""
            lines.append(
                f"  {query['total']:>6} {query['function_ms']:>6.1f}ms {query['view_ms']:>6.1f}ms"
                f"  /{query['language']}/search/?{params}{note}"
            )
    budget = summary["budget"]
    lines += [
        f"Results: {results['with_results']} of {summary['queries']} queries found pages "
        f"(median {results['median_total']:g}, max {results['max_total']}); "
        f"{results['no_results_found']} of {results['no_results_expected']} nonsense queries "
        "found nothing",
        f"Search function: median {summary['function_ms']['median']:.1f} ms, "
        f"p95 {summary['function_ms']['p95']:.1f} ms",
        f"Whole view:      median {summary['view_ms']['median']:.1f} ms, "
        f"p95 {summary['view_ms']['p95']:.1f} ms",
        f"Budget (view median <= {budget['median_ms']} ms, p95 <= {budget['p95_ms']} ms): "
        + ("met" if budget["met"] else "NOT met"),
    ]
    return lines


def run_child(options, write):
    """The benchmark itself, in the throwaway database. Returns the summary."""
    from django.core.management import call_command

    check_throwaway()
    try:
        write("Migrating the throwaway database...")
        call_command("migrate", verbosity=0, interactive=False)
        write(f"Generating {options['pages']} pages...")
        generator = Generator(
            options["pages"],
            options["seed"],
            progress=lambda done, total: write(f"  {done}/{total} pages"),
        )
        corpus = generator.run()
        analyze()
        queries = build_queries(options["queries"], options["seed"], facet_values())
        write(f"Running {len(queries)} queries...")
        measure(queries, options["repeat"])
        summary = summarize(corpus, queries, options["repeat"])
        for line in report_lines(summary, verbose=options.get("verbosity", 1) > 1):
            write(line)
        if options.get("json"):
            Path(options["json"]).write_text(json.dumps(summary, indent=2, ensure_ascii=False))
            write(f"Wrote {options['json']}")
        return summary
    finally:
        if not options.get("keep"):
            empty_database(write)
