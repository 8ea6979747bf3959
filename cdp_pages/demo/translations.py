"""The English demo content, made the way translators make it: through wagtail-localize.

Every Italian page under the home and every Italian topic is submitted for translation;
each translation's PO file is exported, filled from the demo's translation memory
(`locale/en.po` beside this module: Italian source text → English, written by hand) and
imported back, and the translation is published. The English pages are therefore real
translations that wagtail-localize keeps in sync with their sources.

A second run changes nothing: a translation is saved again only when one of its strings
changed, when its source was published after it, or when it is missing or unpublished.
"""

import dataclasses
from pathlib import Path

import polib
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from ..models import Topic

MEMORY_DIR = Path(__file__).resolve().parent / "locale"


def memory(language_code):
    """{Italian source text: translation} from the demo's translation memory."""
    path = MEMORY_DIR / f"{language_code}.po"
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(path)) if entry.msgstr}


@dataclasses.dataclass
class TranslationReport:
    language_code: str
    published: int = 0
    unchanged: int = 0
    missing_strings: set = dataclasses.field(default_factory=set)

    def summary(self):
        text = (
            f"Translations into {self.language_code}: {self.published} published, "
            f"{self.unchanged} unchanged."
        )
        if self.missing_strings:
            text += f" {len(self.missing_strings)} strings have no translation in the memory."
        return text


def _source(instance, source_changed):
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created and source_changed(source):
        source.update_from_db()
    return source


def _fill(translation, strings, report):
    """Import the memory's translations of this translation's strings; True if any changed."""
    po = translation.export_po()
    changed = False
    for entry in po:
        wanted = strings.get(entry.msgid)
        if wanted is None:
            report.missing_strings.add(entry.msgid)
        elif entry.msgstr != wanted:
            entry.msgstr = wanted
            changed = True
    if changed:
        translation.import_po(po, tool_name="seed_demo")
    return changed


def _translate(instance, locale, strings, report, *, source_changed, target_stale):
    source = _source(instance, source_changed)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    changed = _fill(translation, strings, report)
    target = instance.get_translation_or_none(locale)
    if changed or target is None or target_stale(target):
        # wagtail-localize publishes when the transaction commits; the demo publishes at once,
        # so that each page is live before its children and the command's summary is true.
        drafts = isinstance(instance, DraftStateMixin)
        translation.save_target(publish=not drafts)
        if drafts:
            instance.get_translation(locale).get_latest_revision().publish()
        report.published += 1
    else:
        report.unchanged += 1


def seed_translations(home, language_code="en"):
    """Translate the topics and every page below `home` (and `home` itself)."""
    locale = Locale.objects.get(language_code=language_code)
    strings = memory(language_code)
    report = TranslationReport(language_code)

    for topic in Topic.objects.filter(locale=home.locale).order_by("pk"):
        _translate(
            topic,
            locale,
            strings,
            report,
            # Topics have no publishing dates: compare what is synchronized, not translated.
            source_changed=lambda source, topic=topic: (
                source.get_source_instance().kind != topic.kind
            ),
            target_stale=lambda target, topic=topic: target.kind != topic.kind,
        )

    # Parents before children, so that each translated page finds its translated parent.
    pages = Page.objects.descendant_of(home, inclusive=True).live().order_by("path").specific()
    for page in pages:
        _translate(
            page,
            locale,
            strings,
            report,
            source_changed=lambda source, page=page: (
                source.last_updated_at < page.last_published_at
            ),
            target_stale=lambda target, page=page: (
                not target.live
                or target.alias_of_id is not None
                or target.last_published_at is None
                or target.last_published_at < page.last_published_at
            ),
        )
    return report
