"""The demo's learning paths, checked as data, without a database.

Seeding is slow, so the seeded paths (published, translated, rendered, idempotent) are
checked in tests/cdp_pages/test_seed_demo.py, which seeds once for the whole module.
"""

import re

import pytest

from cdp_pages.demo import content, lessons, meetings, projects, solutions, themes, translations
from learning_paths.demo import INDEX, PATHS, step_key
from learning_paths.models import LearningPathPage

DEMO_SLUGS = {
    spec["slug"]
    for module in (
        projects.COMMUNITIES,
        projects.PROJECTS,
        themes.THEMES,
        meetings.MEETINGS,
        solutions.SOLUTIONS,
        lessons.LESSONS,
    )
    for spec in module
}


def rich_text_segments(html):
    """The paragraphs and list items of rich text, as wagtail-localize splits it."""
    return re.findall(r"<(?:p|li)>(.*?)</(?:p|li)>", html)


@pytest.mark.parametrize("spec", PATHS, ids=[spec["slug"] for spec in PATHS])
def test_a_demo_path_has_6_to_15_steps_in_2_to_4_modules(spec):
    steps = spec["steps"]
    assert 6 <= len(steps) <= 15
    assert "module" in steps[0]
    assert 2 <= sum("module" in step for step in steps) <= 4
    assert LearningPathPage.Level(spec["level"])
    assert spec["image"] in content.IMAGES
    assert spec["objectives"].startswith("<ul>")
    for step in steps:
        targets = [name for name in ("page", "document", "url") if name in step]
        assert len(targets) == 1, step
        assert step["note"]
        assert 1 <= step["minutes"] <= 60
    assert any("document" in step or "url" in step for step in steps)


def test_the_demo_paths_lead_only_to_what_the_demo_defines():
    slugs = [spec["slug"] for spec in PATHS]
    assert len(slugs) == len(set(slugs)) >= 3
    assert not set(slugs) & DEMO_SLUGS
    assert INDEX["image"] in content.IMAGES
    for number, spec in enumerate(PATHS):
        # A prerequisite comes first, so that it exists when the path refers to it.
        assert set(spec.get("prerequisites", [])) <= set(slugs[:number])
        for step in spec["steps"]:
            if "page" in step:
                assert step["page"] in DEMO_SLUGS, step["page"]
            if "document" in step:
                assert step["document"] in content.DOCUMENTS
                assert step["title"]
            if "url" in step:
                assert step["url"].startswith("https://")
                assert step["title"]
    assert any(spec.get("prerequisites") for spec in PATHS)
    steps = [step for spec in PATHS for step in spec["steps"]]
    assert any("document" in step for step in steps)
    assert any("url" in step for step in steps)


def test_step_keys_are_stable_and_unique():
    keys = [
        step_key(spec["slug"], position)
        for spec in PATHS
        for position, _step in enumerate(spec["steps"])
    ]
    assert len(keys) == len(set(keys))
    assert step_key("primi-passi-zone-umide", 0) == step_key("primi-passi-zone-umide", 0)


def test_every_text_of_the_paths_has_its_english_in_the_memory():
    memory = translations.memory("en")
    texts = [INDEX["title"], INDEX["slug"], INDEX["listing_summary"]]
    texts += rich_text_segments(INDEX["intro"])
    for spec in PATHS:
        texts += [spec["title"], spec["slug"], spec["listing_summary"], spec["audience"]]
        texts += rich_text_segments(spec["introduction"]) + rich_text_segments(spec["objectives"])
        for step in spec["steps"]:
            texts += [step.get(name, "") for name in ("module", "title", "note", "question")]
    texts = [text for text in texts if text]
    missing = [text for text in texts if text not in memory]
    assert not missing
    untranslated = [text for text in texts if memory[text] == text]
    assert not untranslated
