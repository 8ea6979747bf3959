"""The embedded backend: SQLite FTS5 or PostgreSQL full-text search over the index tables.

A search is three SQL statements, whatever the size of the index:

1. the ids of the page of hits, in order, with the exact total (``COUNT(*) OVER ()``);
2. their titles, URLs and highlighted snippets (only when there are hits);
3. every facet's counts at once: one ``GROUP BY`` over the facet rows of the entries that
   match the text and language, where each facet counts with every filter applied but its
   own (so that the other values of a selected facet keep their counts and can be added to
   the selection). Filters are sets of entry ids read once from the (name, value, entry)
   index and probed, never subqueries run entry by entry.

More run only when a text query found nothing: a spelling correction (offered in
``results.suggestion`` only when the corrected query finds something) and the same query
with any of the words instead of all of them (noted in ``results.message``). A page past the
last one costs one more ``COUNT`` for its total. On PostgreSQL a text search runs in a
transaction that turns off sequential scans for its statements (see
`PostgreSQLMatcher.plans`).

Text analysis differs by database. PostgreSQL stems with the text search configuration of
each entry's language (``italian``, ``english``, ``simple`` for documents): the visitor's
words go through ``plainto_tsquery`` of each configuration the searched rows may have, ORed
into one constant tsquery that the GIN index serves; ranking is ``ts_rank_cd`` (titles weigh
A, bodies B) and snippets come from ``ts_headline``. SQLite's FTS5 has no Italian stemmer:
`search.stemming` reduces each word to a stem searched as a quoted prefix (``"zon"*``), so
that no FTS5 syntax typed by a visitor is ever interpreted; ranking is bm25 with titles
weighing ten times bodies, snippets come from ``snippet()``.

Snippets are escaped text with ``<mark>`` around matched words: the database marks them with
private-use characters, the text is escaped, then the marks become tags.

All values reach the database as bound parameters; only table names, column names and
placeholders are written into the SQL.
"""

# SQL here is composed from table and column names and placeholders; every value is bound.
# ruff: noqa: S608

import datetime
import difflib
import re
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from .. import stemming
from ..index import FACET_NAMES, search_config
from ..models import SearchEntry, SearchFacet
from ..query import FacetValue, Hit, SearchResults, clean_text, facet_label, terms
from . import SearchBackend

ENTRY = SearchEntry._meta.db_table
FACET = SearchFacet._meta.db_table
FTS = "cdp_search_fts"
VOCAB = "cdp_search_vocab"
FACET_LIMIT = 30
MAX_PER_PAGE = 100
# Title matches weigh ten times body matches.
TITLE_WEIGHT, BODY_WEIGHT = 10.0, 1.0
# Private-use characters that mark matched words in snippets until the text is escaped.
START, STOP = "\ue000", "\ue001"
SNIPPET_TOKENS = 28
HEADLINE_OPTIONS = (
    f"StartSel={START}, StopSel={STOP}, MaxWords=35, MinWords=15, ShortWord=2, "
    'MaxFragments=2, FragmentDelimiter=" … "'
)
# ts_headline reads at most this much of a body: a match further on falls back to the summary.
HEADLINE_CHARS = 30_000
# Hits without a highlighted match show their summary, or this much of their text.
EXCERPT_CHARS = 240
SUGGEST_MIN_PREFIX = 2
SUGGEST_MAX = 50
# Spelling: words shorter than this are not corrected; nothing less similar is suggested.
MIN_CORRECTED = 4
CORRECTION_CUTOFF = 0.75
TITLE_WORDS_TIMEOUT = 60 * 60
# From this many matches (and without filters) SQLite counts facets by scanning their index.
SCAN_FROM = 1000
WORD_PART = re.compile(r"[^'’\-]+")
MARKS = re.compile(f"([{START}{STOP}])")


def highlight(raw):
    """Escaped text with <mark> around the spans between START and STOP. Markers that the
    page text itself may contain never produce unbalanced tags."""
    parts = []
    inside = False
    for piece in MARKS.split(raw):
        if piece == START:
            if not inside:
                parts.append("<mark>")
                inside = True
        elif piece == STOP:
            if inside:
                parts.append("</mark>")
                inside = False
        elif piece:
            parts.append(escape(piece))
    if inside:
        parts.append("</mark>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above


def _snippet(raw, summary):
    """The highlighted snippet when it shows a match, else the summary, else the beginning
    of the text."""
    raw = raw or ""
    if START in raw:
        return highlight(raw)
    text = summary or raw
    return highlight(_excerpt(text.replace(START, "").replace(STOP, "")))


def _excerpt(text, length=EXCERPT_CHARS):
    if len(text) <= length:
        return text
    cut = text[:length]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + " …"


def _date(value):
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return value


def _placeholders(values):
    return ", ".join(["%s"] * len(values))


@dataclass
class Clause:
    """A piece of SQL with its bound parameters, in placeholder order."""

    sql: str
    params: list = field(default_factory=list)


def _join(clauses, separator=" AND ", empty="1 = 1"):
    clauses = [clause for clause in clauses if clause is not None]
    return Clause(
        separator.join(clause.sql for clause in clauses) or empty,
        [param for clause in clauses for param in clause.params],
    )


@dataclass
class Matched:
    """The entries that match a text in a language, as pieces of SQL: `id` is the
    expression of an entry's id, `source` the FROM clause, `conditions` the WHERE
    conditions; `rank` scores relevance (the lowest first when `rank_ascending`), and `date`
    is the entry's date when the source has it."""

    id: str
    source: str
    conditions: list
    rank: Clause | None = None
    rank_ascending: bool = False
    date: str | None = "e.date"

    def has_facet(self, name, values):
        """Whether the entry has one of these values of a facet. The set of entries with
        them is computed once by the database, then probed."""
        if not values:
            return Clause("1 = 0")
        # A unary plus keeps SQLite from handing the set to FTS5 as rowid lookups.
        column = f"+{self.id}" if self.id.startswith(FTS) else self.id
        return Clause(
            f"{column} IN (SELECT hf.entry_id FROM {FACET} hf WHERE hf.name = %s "
            f"AND hf.value IN ({_placeholders(values)}))",
            [name, *values],
        )


class Matcher:
    """How one database matches, ranks and highlights text. `words` are the query's
    search words (split, function words dropped); `any_word` ORs them instead of ANDing."""

    def __init__(self, words, locale, any_word=False):
        self.words = words
        self.locale = locale
        self.any_word = any_word

    @property
    def text(self):
        return bool(self.words)

    def language(self, column="e.locale"):
        """Entries in the language of the search, and documents (in every language)."""
        if self.locale is None:
            return None
        return Clause(f"{column} IN (%s, %s)", [self.locale, ""])

    # The facet rows `f` of the matching entries `m`, reached from the entries.
    facets_of_matches = f"m JOIN {FACET} f ON f.entry_id = m.id"

    def plans(self):
        """A context in which the search's statements run."""
        return nullcontext()

    def matched(self, ranked):
        """The matching entries (`Matched`), with their relevance when `ranked`."""
        return Matched("e.id", f"{ENTRY} e", [self.language()])

    def details(self, ids):
        """[(id, title, url, kind, locale, summary, date, snippet)] of these entries, the
        snippet with START and STOP around matched words."""
        sql = (
            f"SELECT e.id, e.title, e.url, e.kind, e.locale, e.summary, e.date, "
            f"substr(e.body, 1, %s) FROM {ENTRY} e WHERE e.id IN ({_placeholders(ids)})"
        )
        return _fetch(sql, [EXCERPT_CHARS + 1, *ids])


class SQLiteMatcher(Matcher):
    def match_expression(self):
        """The FTS5 query: each word's stems as quoted prefixes (words shorter than
        `stemming.MIN_STEM` exact), all words required unless `any_word`."""
        groups = [fts_group(word, self.locale) for word in self.words]
        groups = [group for group in groups if group]
        return f" {'OR' if self.any_word else 'AND'} ".join(groups)

    def matched(self, ranked):
        if not self.text:
            return super().matched(ranked)
        match = Clause(f"{FTS} MATCH %s", [self.match_expression()])
        if ranked:
            # Straight from FTS5, which scores with bm25; the language is checked against a
            # set of ids read once from an index, not entry by entry.
            language = self.language("locale")
            if language is not None:
                language = Clause(
                    f"+{FTS}.rowid IN (SELECT id FROM {ENTRY} WHERE {language.sql})",
                    language.params,
                )
            return Matched(
                f"{FTS}.rowid",
                FTS,
                [match, language],
                rank=Clause(f"bm25({FTS}, %s, %s)", [TITLE_WEIGHT, BODY_WEIGHT]),
                rank_ascending=True,
                date=None,
            )
        # The entries by an index of their language and date, probed against the matches.
        return Matched(
            "e.id",
            f"{ENTRY} e",
            [
                Clause(f"e.id IN (SELECT rowid FROM {FTS} WHERE {match.sql})", match.params),
                self.language(),
            ],
        )

    def details(self, ids):
        if not self.text:
            return super().details(ids)
        sql = (
            f"SELECT e.id, e.title, e.url, e.kind, e.locale, e.summary, e.date, "
            f"snippet({FTS}, 1, %s, %s, %s, %s) "
            f"FROM {FTS} JOIN {ENTRY} e ON e.id = {FTS}.rowid "
            f"WHERE {FTS} MATCH %s AND +{FTS}.rowid IN ({_placeholders(ids)})"
        )
        params = [START, STOP, "…", SNIPPET_TOKENS, self.match_expression(), *ids]
        return _fetch(sql, params)

    def corrections(self):
        """{word: nearest term of the FTS5 vocabulary} for the words that find nothing
        alone: terms with the same first letter and a length within two letters."""
        corrections = {}
        for word in self.words:
            folded = stemming.fold(word)
            if len(folded) < MIN_CORRECTED or not folded.isalpha():
                continue
            prefixes = stemming.stems(word, self.locale)
            rows = _fetch(
                f"SELECT term, doc FROM {VOCAB} WHERE term >= %s AND term < %s "
                f"AND (length(term) BETWEEN %s AND %s OR {_starts_with_any(prefixes)})",
                [
                    folded[0],
                    chr(ord(folded[0]) + 1),
                    len(folded) - 2,
                    len(folded) + 2,
                    *[param for prefix in prefixes for param in (len(prefix), prefix)],
                ],
            )
            if any(term.startswith(tuple(prefixes)) for term, _ in rows):
                continue
            candidates = [term for term, _ in sorted(rows, key=lambda row: -row[1])]
            nearest = _nearest(folded, candidates)
            if nearest:
                corrections[word] = nearest
        return corrections

    def suggestions(self, last, limit):
        """[(title, url, kind)] of the titles with the words and a word starting with `last`."""
        groups = [fts_group(word, self.locale) for word in self.words]
        groups = [f"{{title}} : {group}" for group in groups if group]
        groups.append(f"{{title}} : {fts_phrase(stemming.fold(last))}*")
        conditions = [Clause(f"{FTS} MATCH %s", [" AND ".join(groups)])]
        if self.locale is not None:
            conditions.append(Clause("e.locale IN (%s, %s)", [self.locale, ""]))
        sql = (
            f"SELECT e.title, e.url, e.kind FROM {FTS} JOIN {ENTRY} e ON e.id = {FTS}.rowid "
            f"WHERE {' AND '.join(c.sql for c in conditions)} "
            f"ORDER BY bm25({FTS}, %s, %s), length(e.title), e.id LIMIT %s"
        )
        params = [p for c in conditions for p in c.params]
        return _fetch(sql, [*params, TITLE_WEIGHT, BODY_WEIGHT, limit])


def _starts_with_any(prefixes):
    return " OR ".join(["substr(term, 1, %s) = %s"] * len(prefixes))


def _nearest(word, candidates):
    """The candidate closest to `word`, if one is close enough (candidates in order of
    preference: the first of equally close ones wins)."""
    best, best_ratio = "", CORRECTION_CUTOFF
    matcher = difflib.SequenceMatcher(b=word)
    for candidate in candidates:
        if candidate == word:
            return ""
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio:
            best, best_ratio = candidate, ratio
    return best


def fts_phrase(text):
    """An FTS5 string: whatever it holds is words to match, never syntax."""
    return '"' + text.replace('"', '""') + '"'


def fts_group(word, locale):
    """One word as an FTS5 expression: its stems as prefixes, ORed ("zon"*), or the word
    itself when it is too short to stem ("di"). Empty when nothing in it is searchable."""
    if not any(char.isalnum() for char in word):
        return ""
    if len(word) < stemming.MIN_STEM:
        return fts_phrase(stemming.fold(word))
    prefixes = [fts_phrase(stem) + "*" for stem in stemming.stems(word, locale)]
    return prefixes[0] if len(prefixes) == 1 else "(" + " OR ".join(prefixes) + ")"


class PostgreSQLMatcher(Matcher):
    # Entry by entry through the (entry, name, value) index: PostgreSQL would otherwise hash
    # the whole facet table, two to three times slower for a few thousand matches or less.
    facets_of_matches = (
        f"m CROSS JOIN LATERAL (SELECT ff.name, ff.value FROM {FACET} ff "
        f"WHERE ff.entry_id = m.id OFFSET 0) f"
    )

    @contextmanager
    def plans(self):
        """The search's statements run with two planner settings, local to a transaction
        (and given back when the search runs inside a larger one):

        - no sequential scans: text searches read the GIN index, where the planner would
          often scan the table for words in many entries, not knowing that checking a row
          means reading its whole tsvector out of line (TOAST), several times slower;
        - no JIT compilation, whose tens of milliseconds the estimated costs of these short
          statements (inflated by the first setting) would otherwise trigger."""
        outer = connection.in_atomic_block
        with transaction.atomic():
            previous = _fetch(
                "SELECT current_setting('enable_seqscan'), current_setting('jit'), "
                "set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)",
                [],
            )[0]
            yield
            if outer:
                _fetch(
                    "SELECT set_config('enable_seqscan', %s, true), set_config('jit', %s, true)",
                    list(previous[:2]),
                )

    def configs(self):
        """The text search configurations of the rows a search may find."""
        if self.locale is None:
            configs = set(settings.SEARCH_CONFIGS.values())
        else:
            configs = {search_config(self.locale)}
        return sorted(configs | {"simple"})

    def tsquery(self):
        """The visitor's words as one tsquery: for each configuration of the searched rows,
        all the words (or any of them) analysed by it, ORed. A constant, so that the GIN
        index can serve it. A row could match the lexemes of a configuration other than its
        own only if its own stemmer turned some word into exactly those lexemes."""
        parts, params = [], []
        for config in self.configs():
            if self.any_word:
                for word in self.words:
                    parts.append("plainto_tsquery(%s::regconfig, %s)")
                    params += [config, word]
            else:
                parts.append("plainto_tsquery(%s::regconfig, %s)")
                params += [config, " ".join(self.words)]
        return Clause("(" + " || ".join(parts) + ")", params)

    def matched(self, ranked):
        if not self.text:
            return super().matched(ranked)
        query = self.tsquery()
        return Matched(
            "e.id",
            f"{ENTRY} e",
            [Clause(f"e.search_vector @@ {query.sql}", query.params), self.language()],
            rank=Clause(f"ts_rank_cd(e.search_vector, {query.sql})", query.params),
        )

    def details(self, ids):
        if not self.text:
            return super().details(ids)
        query = self.tsquery()
        sql = (
            f"SELECT e.id, e.title, e.url, e.kind, e.locale, e.summary, e.date, "
            f"ts_headline(e.config::regconfig, left(e.body, %s), {query.sql}, %s) "
            f"FROM {ENTRY} e WHERE e.id IN ({_placeholders(ids)})"
        )
        return _fetch(sql, [HEADLINE_CHARS, *query.params, HEADLINE_OPTIONS, *ids])

    def title_words(self):
        """The words of the titles in the searched languages, cached until the index
        changes: an entry is deleted and saved again (with a new id) whenever it changes, so
        the number of entries and the highest id tell when to read the titles again."""
        count, latest = _fetch(f"SELECT COUNT(*), MAX(id) FROM {ENTRY}", [])[0]
        key = f"cdp-search:title-words:{self.locale or '*'}:{count}:{latest}"
        words = cache.get(key)
        if words is None:
            where = _join([self.language()])
            titles = _fetch(f"SELECT e.title FROM {ENTRY} e WHERE {where.sql}", where.params)
            words = sorted({word for (title,) in titles for word in terms(title)})
            cache.set(key, words, TITLE_WORDS_TIMEOUT)
        return words

    def corrections(self):
        """{word: nearest title word} for the words that are no title's: title words with
        the same first letter and a length within two letters."""
        corrections = {}
        candidates = None
        for word in self.words:
            if len(word) < MIN_CORRECTED or not word.isalpha():
                continue
            if candidates is None:
                candidates = self.title_words()
                known = set(candidates)
            if word in known:
                continue
            similar = [
                candidate
                for candidate in candidates
                if candidate[:1] == word[:1] and abs(len(candidate) - len(word)) <= 2
            ]
            nearest = _nearest(word, similar)
            if nearest:
                corrections[word] = nearest
        return corrections

    def suggestions(self, last, limit):
        """[(title, url, kind)] of the titles with words starting with the visitor's."""
        conditions = [
            Clause("e.title ~* %s", ["\\m" + _regex_escape(word)]) for word in [*self.words, last]
        ]
        if self.locale is not None:
            conditions.append(Clause("e.locale IN (%s, %s)", [self.locale, ""]))
        sql = (
            f"SELECT e.title, e.url, e.kind FROM {ENTRY} e "
            f"WHERE {' AND '.join(c.sql for c in conditions)} "
            f"ORDER BY (e.title ILIKE %s) DESC, length(e.title), e.title, e.id LIMIT %s"
        )
        first = ([*self.words, last])[0]
        params = [p for c in conditions for p in c.params]
        return _fetch(sql, [*params, _like_escape(first) + "%", limit])


def _regex_escape(text):
    """Text matched literally by a PostgreSQL regular expression."""
    return "".join(char if char.isalnum() else "\\" + char for char in text)


def _like_escape(text):
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fetch(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _matcher_class():
    if connection.vendor == "sqlite":
        return SQLiteMatcher
    if connection.vendor == "postgresql":
        return PostgreSQLMatcher
    raise NotImplementedError(f"The database search backend does not support {connection.vendor}")


def _sorted_facet(name, values):
    if name == "year":
        return sorted(values, key=lambda v: (-int(v.value) if v.value.isdigit() else 0, v.value))
    return sorted(values, key=lambda v: (-v.count, str(v.label).casefold(), v.value))


class DatabaseBackend(SearchBackend):
    """The full-text tables follow the entries through triggers: indexing needs nothing."""

    # Searching

    def search(self, query):
        words = stemming.search_words(query.terms, query.locale)
        results = SearchResults(query=query)
        if query.text and not words:  # Only punctuation, symbols or emoji: nothing to find.
            results.facets = self._facets(None, query, 0)
            return results
        matcher = self._matcher(words, query.locale)
        with matcher.plans():
            return self._search(query, words, matcher, results)

    def _search(self, query, words, matcher, results):
        ids, total = self._hits(matcher, query)
        if matcher.text and total == 0:
            results.suggestion = self._spelling(query, words)
            if len(words) > 1:
                matcher = self._matcher(words, query.locale, any_word=True)
                ids, total = self._hits(matcher, query)
                if total:
                    results.message = gettext(
                        "No result contains all the words: these contain some of them."
                    )
        results.total = total
        results.hits = self._details(matcher, ids)
        results.facets = self._facets(matcher, query, total)
        return results

    def _matcher(self, words, locale, any_word=False):
        return _matcher_class()(words, locale, any_word)

    @staticmethod
    def _filters(query):
        """[(facet name, [values])] of the query's filters. Values that no entry can have
        (too long for the index, or with NUL characters, which PostgreSQL refuses) are left
        out: a facet left without values then matches nothing."""
        filters = []
        for name in FACET_NAMES:
            values = [str(value) for value in query.filters.get(name) or ()]
            if values:
                filters.append((name, [v for v in values if len(v) <= 64 and "\0" not in v]))
        return filters

    def _hits(self, matcher, query):
        """The ids of the page of hits, in order, and the total of all matches."""
        ranked = matcher.text and query.sort == "relevance"
        matched = matcher.matched(ranked)
        filters = [matched.has_facet(name, values) for name, values in self._filters(query)]
        where = _join([*matched.conditions, *filters])
        if ranked:
            key = matched.rank
            order = "h.sort_key" + ("" if matched.rank_ascending else " DESC")
        else:
            key = Clause(matched.date)
            order = "h.sort_key DESC NULLS LAST"
        inner = Clause(
            f"SELECT {matched.id} AS id, {key.sql} AS sort_key "
            f"FROM {matched.source} WHERE {where.sql}",
            [*key.params, *where.params],
        )
        per_page = min(max(int(query.per_page), 1), MAX_PER_PAGE)
        offset = (max(int(query.page), 1) - 1) * per_page
        rows = _fetch(
            f"SELECT h.id, COUNT(*) OVER () FROM ({inner.sql}) h "
            f"ORDER BY {order}, h.id DESC LIMIT %s OFFSET %s",
            [*inner.params, per_page, offset],
        )
        if rows:
            return [row[0] for row in rows], rows[0][1]
        if offset == 0:
            return [], 0
        # Past the last page: the total still counts.
        return [], _fetch(f"SELECT COUNT(*) FROM ({inner.sql}) h", inner.params)[0][0]

    def _details(self, matcher, ids):
        if not ids:
            return []
        by_id = {row[0]: row for row in matcher.details(ids)}
        hits = []
        for entry_id in ids:
            row = by_id.get(entry_id)
            if row is None:  # Deleted between the two queries.
                continue
            _, title, url, kind, locale, summary, date, raw = row
            hits.append(
                Hit(
                    title=title,
                    url=url,
                    kind=kind,
                    locale=locale,
                    snippet=_snippet(raw, summary),
                    date=_date(date),
                )
            )
        return hits

    def _spelling(self, query, words):
        """The query text with its misspelt words corrected, when that finds something."""
        corrections = self._matcher(words, query.locale).corrections()
        if not corrections:
            return ""
        corrected = [corrections.get(word, word) for word in words]
        _, total = self._hits(
            self._matcher(corrected, query.locale), replace(query, page=1, per_page=1)
        )
        if not total:
            return ""
        return " ".join(
            WORD_PART.sub(lambda match: corrections.get(match.group(0), match.group(0)), term)
            for term in query.terms
        )

    # Autocomplete

    def suggest(self, text, locale, limit=8):
        words = stemming.split_words(terms(clean_text(text)))
        if not words or len(stemming.fold(words[-1])) < SUGGEST_MIN_PREFIX:
            return []
        try:
            limit = min(max(int(limit), 1), SUGGEST_MAX)
        except (TypeError, ValueError):
            limit = 8
        previous = stemming.search_words(words[:-1], locale) if len(words) > 1 else []
        rows = self._matcher(previous, locale).suggestions(words[-1], limit)
        return [{"title": title, "url": url, "type": kind} for title, url, kind in rows]

    # Facets

    def _facets(self, matcher, query, total):
        """{facet name: [FacetValue]} in one query. Each facet counts the matching entries
        with every filter applied except its own. `matcher` is None when nothing can match."""
        filters = self._filters(query)
        selected = {(name, value) for name, values in filters for value in values}
        if matcher is not None:
            scan = connection.vendor == "sqlite" and not filters and total >= SCAN_FROM
            rows = self._facet_rows(matcher, filters, scan=scan)
        elif filters:
            rows = self._selected_labels(filters)
        else:
            rows = []
        counts = {}
        for name, value, stored, count in rows:
            if stored is None:  # A selected value that no entry has.
                continue
            key = (name, value)
            if key not in counts or counts[key][1] < count:
                counts[key] = (stored, count)
        facets = {name: [] for name in FACET_NAMES}
        for (name, value), (stored, count) in counts.items():
            if name in facets:
                facets[name].append(
                    FacetValue(
                        value=value,
                        label=facet_label(name, value, stored),
                        count=count,
                        selected=(name, value) in selected,
                    )
                )
        for name, values in facets.items():
            values = _sorted_facet(name, values)
            kept = values[:FACET_LIMIT]
            kept += [value for value in values[FACET_LIMIT:] if value.selected]
            facets[name] = kept
        return facets

    @staticmethod
    def _selected_condition(filters, alias):
        if not any(values for _, values in filters):
            return Clause("1 = 0")
        parts, params = [], []
        for name, values in filters:
            if not values:
                continue
            parts.append(f"({alias}.name = %s AND {alias}.value IN ({_placeholders(values)}))")
            params += [name, *values]
        return Clause("(" + " OR ".join(parts) + ")", params)

    @staticmethod
    def _label_sql(alias):
        return (
            f"(SELECT l.label FROM {FACET} l WHERE l.name = {alias}.name "
            f"AND l.value = {alias}.value ORDER BY l.entry_id DESC LIMIT 1)"
        )

    @staticmethod
    def _selected_values(filters):
        """A `sel(name, value)` table of the selected values, for a WITH clause."""
        pairs = [(name, value) for name, values in filters for value in values]
        return Clause(
            f"sel(name, value) AS (VALUES {', '.join(['(%s, %s)'] * len(pairs))})",
            [param for pair in pairs for param in pair],
        )

    def _selected_labels(self, filters):
        """The selected values with a zero count (and their label, None for a value that no
        entry has): they stay on show, selected, so that visitors can remove them."""
        if not any(values for _, values in filters):
            return []
        selected = self._selected_values(filters)
        return _fetch(
            f"WITH {selected.sql} SELECT s.name, s.value, {self._label_sql('s')}, 0 FROM sel s",
            selected.params,
        )

    def _facet_rows(self, matcher, filters, scan=False):
        """[(name, value, stored label, count)]: at most FACET_LIMIT values a facet by count,
        and the selected values (with a zero count when no match has them).

        The matching entries (by text and language) are listed once, each with a flag a
        facet filter; a facet value of an entry counts when the entry passes every filter
        but the one of that facet. Facet rows are reached from the entries (`scan` False:
        best for a few thousand matches, or with filters), or read in the order of the
        (name, value, entry) index and probed against the matches (`scan`: on SQLite, best
        for many matches and no filters, as it needs no sorting)."""
        matched = matcher.matched(ranked=False)
        flags = [matched.has_facet(name, values) for name, values in filters]
        where = _join(matched.conditions)
        columns = _join(
            [Clause(f"{matched.id} AS id")]
            + [Clause(f"{flag.sql} AS f{i}", flag.params) for i, flag in enumerate(flags)],
            separator=", ",
        )
        if scan:
            counted = Clause(
                f"SELECT f.name AS name, f.value AS value, COUNT(*) AS n FROM {FACET} f "
                f"WHERE +f.entry_id IN (SELECT id FROM m) GROUP BY f.name, f.value"
            )
        else:
            passes = [
                Clause(f"(f.name = %s OR m.f{i})", [name]) for i, (name, _) in enumerate(filters)
            ]
            passing = _join(passes)
            counted = Clause(
                f"SELECT f.name AS name, f.value AS value, COUNT(*) AS n "
                f"FROM {matcher.facets_of_matches} "
                f"WHERE {passing.sql} GROUP BY f.name, f.value",
                passing.params,
            )
        selected_r = self._selected_condition(filters, "r")
        ctes = [
            Clause(
                f"m AS (SELECT {columns.sql} FROM {matched.source} WHERE {where.sql})",
                [*columns.params, *where.params],
            ),
            Clause(f"counts AS ({counted.sql})", counted.params),
            # Ties with the last value kept are kept too: the order among them is the
            # labels', which only Python knows once translated.
            Clause(
                "ranked AS (SELECT name, value, n, "
                "RANK() OVER (PARTITION BY name ORDER BY n DESC) AS position FROM counts)"
            ),
        ]
        parts = [
            Clause(
                f"SELECT r.name, r.value, {self._label_sql('r')}, r.n FROM ranked r "
                f"WHERE r.position <= %s OR {selected_r.sql}",
                [FACET_LIMIT, *selected_r.params],
            )
        ]
        if any(values for _, values in filters):
            # The selected values again, with a zero count, for those that no match has.
            ctes.append(self._selected_values(filters))
            parts.append(Clause(f"SELECT s.name, s.value, {self._label_sql('s')}, 0 FROM sel s"))
        with_clause = _join(ctes, separator=", ")
        union = _join(parts, separator=" UNION ALL ")
        sql = f"WITH {with_clause.sql} {union.sql}"
        params = [*with_clause.params, *union.params]
        return _fetch(sql, params)
