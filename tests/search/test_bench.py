"""The search benchmark: its text generator, its queries, its guard of the real database, and
the command end to end at a tiny size (one child process on a temporary SQLite file)."""

import json
import re
import tempfile
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from benchmarks import search as bench
from benchmarks.text import EnglishText, ItalianText, adjectives, with_article


def test_articles_and_agreement_follow_italian_rules():
    assert with_article("anfibi", "m", True) == "gli anfibi"
    assert with_article("sfalcio", "m", False, "di") == "dello sfalcio"
    assert with_article("prati stabili", "m", True, "in") == "nei prati stabili"
    assert with_article("area agricola", "f", False, "in") == "nell'area agricola"
    assert with_article("zone umide", "f", True, "su") == "sulle zone umide"
    assert with_article("habitat", "m", True, "con") == "con gli habitat"
    umido, antico = adjectives("umido antico/antica/antichi/antiche")
    assert [umido.agree("f", True), umido.agree("m", True)] == ["umide", "umidi"]
    assert antico.agree("m", True) == "antichi"


def test_the_text_is_reproducible_varied_and_inflected():
    first, again, other = ItalianText(seed=7), ItalianText(seed=7), ItalianText(seed=8)
    text = " ".join(first.paragraph() for _ in range(300))
    assert text == " ".join(again.paragraph() for _ in range(300))
    assert text != " ".join(other.paragraph() for _ in range(300))
    words = re.findall(r"\w+", text.lower())
    # Several forms of the same words, so that stemming matters.
    for forms in (("zona", "zone"), ("agricoltore", "agricoltori"), ("volontari", "volontarie")):
        assert all(form in words for form in forms), forms
    assert len(set(words)) > 500
    titles = {ItalianText(seed=n).solution_title() for n in range(40)}
    assert len(titles) > 30
    assert "the" in EnglishText(seed=1).paragraph(5).lower().split()


def test_the_queries_are_varied():
    facets = {"type": ["solution", "lesson"], "year": ["2019", "2020"], "maturity": ["tested"]}
    queries = bench.build_queries(50, 0, facets)
    assert len(queries) == 50
    assert {query.words for query in queries} == {1, 2, 3}
    assert all(1 <= len(query.text.split()) <= 3 for query in queries)
    notes = {query.note for query in queries}
    assert {"misspelled", "no results", "English"} <= notes
    assert sum(1 for query in queries if set(query.params) & set(facets)) >= 5
    assert [q.params for q in queries] == [q.params for q in bench.build_queries(50, 0, facets)]


def test_the_benchmark_refuses_any_database_but_a_throwaway_one(monkeypatch):
    with pytest.raises(bench.Refused, match="postgres"):
        bench.check_scratch_url("sqlite:////tmp/db.sqlite3", settings.DATABASES["default"])
    monkeypatch.delenv(bench.THROWAWAY_ENV, raising=False)
    with pytest.raises(CommandError, match="only in the process started by bench_search"):
        call_command("bench_search", "--child", stdout=StringIO())
    monkeypatch.setenv(bench.THROWAWAY_ENV, "/somewhere/else/db.sqlite3")
    with pytest.raises(CommandError, match="not the throwaway one"):
        call_command("bench_search", "--child", stdout=StringIO())


def test_the_command_prints_the_medians_at_a_tiny_size(tmp_path, monkeypatch):
    made, real_mkdtemp = [], tempfile.mkdtemp

    def mkdtemp(**kwargs):
        made.append(Path(real_mkdtemp(**kwargs)))
        return str(made[-1])

    monkeypatch.setattr(bench.tempfile, "mkdtemp", mkdtemp)
    out = StringIO()
    report = tmp_path / "bench.json"
    call_command(
        "bench_search", "--pages=30", "--queries=5", "--repeat=1", f"--json={report}", stdout=out
    )
    output = out.getvalue()
    assert "Pages: 30 (" in output
    assert "Search function: median" in output
    assert "Whole view:      median" in output
    assert "Budget (view median <= 60 ms, p95 <= 150 ms)" in output
    figures = json.loads(report.read_text())
    assert figures["pages"] == 30
    assert figures["queries"] == 5
    assert figures["view_ms"]["median"] > 0
    # The throwaway database went with its directory.
    assert len(made) == 1
    assert not made[0].exists()
