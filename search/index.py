"""What goes into the portal's search index, and keeping it true.

A page's searchable text comes from its own Wagtail `search_fields` (rich text and StreamField
reduced to plain text), so that a page type declares once what is searchable. Its facet values
come from its relations: the community it belongs to (for cards and lessons, the communities
of their projects), themes, topics, projects, maturity and year.

`index_page`, `remove_page`, `index_document` and `remove_document` are called by the signal
receivers in `search.signals`; `rebuild` by `manage.py search_index --rebuild`. Each writes
the database rows, then hands the change to the configured backend (Elasticsearch indexes
them; the database backend's full-text tables follow by themselves).
"""

import html
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.fields import StreamField
from wagtail.models import PageViewRestriction
from wagtail.search import index

from .models import SearchEntry, SearchFacet

FACET_NAMES = ("type", "community", "theme", "topic", "project", "maturity", "year")

# Page types in the index, by model label, with their kind.
KINDS = {
    "cdp_pages.solutioncardpage": SearchEntry.Kind.SOLUTION,
    "cdp_pages.lessonlearnedpage": SearchEntry.Kind.LESSON,
    "cdp_pages.themepage": SearchEntry.Kind.THEME,
    "cdp_pages.projectpage": SearchEntry.Kind.PROJECT,
    "cdp_pages.meetingpage": SearchEntry.Kind.MEETING,
    "cdp_pages.articlepage": SearchEntry.Kind.ARTICLE,
    "learning_paths.learningpathpage": SearchEntry.Kind.PATH,
}
BODY_LIMIT = 100_000
SPACES = re.compile(r"\s+")


def search_config(language_code):
    """The text search configuration (PostgreSQL) or analyzer family of a language."""
    return settings.SEARCH_CONFIGS.get(language_code, "simple")


def plain(text):
    return SPACES.sub(" ", html.unescape(strip_tags(str(text or "")))).strip()


def _field_text(obj, name):
    value = getattr(obj, name, None)
    if callable(value):
        value = value()
    try:
        model_field = obj._meta.get_field(name)
    except Exception:  # noqa: BLE001 - not a model field: a property or a method
        model_field = None
    if isinstance(model_field, StreamField) and value is not None:
        return plain(" ".join(model_field.get_searchable_content(value)))
    return plain(value)


def searchable_text(obj):
    """The text of an object's Wagtail search fields, title left out, as one string."""
    parts = []
    for search_field in obj.get_search_fields():
        if isinstance(search_field, index.SearchField) and search_field.field_name != "title":
            parts.append(_field_text(obj, search_field.field_name))
        elif isinstance(search_field, index.RelatedFields):
            related = getattr(obj, search_field.field_name, None)
            items = related.all() if hasattr(related, "all") else [related] if related else []
            for item in items:
                for sub in search_field.fields:
                    if isinstance(sub, index.SearchField):
                        parts.append(_field_text(item, sub.field_name))
    return " ".join(part for part in parts if part)[:BODY_LIMIT]


@dataclass
class Communities:
    """Which community a page belongs to, by tree path, loaded once per rebuild."""

    by_path: dict = field(default_factory=dict)

    @classmethod
    def load(cls):
        from cdp_pages.models import CommunityPage

        return cls(
            {c.path: c for c in CommunityPage.objects.only("id", "path", "title", "edition")}
        )

    def of(self, page):
        for length in {len(path) for path in self.by_path}:
            community = self.by_path.get(page.path[:length])
            if community is not None:
                return community
        return None


def _community_value(community):
    return (str(community.pk), f"{community.title} ({community.edition})")


def page_facets(page, communities):
    """[(name, value, label)] for a specific page."""
    kind = KINDS[page._meta.label_lower]
    facets = [("type", kind, kind)]
    linked_projects = list(page.projects.all()) if kind in ("solution", "lesson") else []
    homes = [communities.of(page)] + [communities.of(project) for project in linked_projects]
    for community in {c.pk: c for c in homes if c is not None}.values():
        facets.append(("community", *_community_value(community)))
    if kind == "theme":
        facets.append(("theme", str(page.pk), page.title))
    elif hasattr(page, "themes"):
        facets += [("theme", str(theme.pk), theme.title) for theme in page.themes.all()]
    if kind == "project":
        facets.append(("project", str(page.pk), page.title))
        facets += [("topic", str(topic.pk), topic.name) for topic in page.habitats.all()]
    facets += [("project", str(project.pk), project.title) for project in linked_projects]
    if kind == "solution":
        facets += [("topic", str(topic.pk), topic.name) for topic in page.topics.all()]
        facets.append(("maturity", page.maturity, page.maturity))
    date = entry_date(page)
    if date is not None:
        facets.append(("year", str(date.year), str(date.year)))
    return facets


def entry_date(page):
    start = getattr(page, "start", None)
    moment = start or page.first_published_at or page.latest_revision_created_at
    # The day in the portal's time zone: a meeting at 00:30 in Rome is on that day.
    return timezone.localtime(moment).date() if moment else None


def is_indexable(page):
    return (
        page.live
        and page.alias_of_id is None
        and page._meta.label_lower in KINDS
        and not PageViewRestriction.objects.filter(
            page__path__in=[page.path[:n] for n in range(4, len(page.path) + 1, 4)]
        ).exists()
    )


def page_entry(page, communities):
    """The unsaved entry of a specific page, with its facet values."""
    language = page.locale.language_code
    entry = SearchEntry(
        page_id=page.pk,
        kind=KINDS[page._meta.label_lower],
        locale=language,
        config=search_config(language),
        title=page.title[:255],
        summary=plain(getattr(page, "listing_summary", "") or page.search_description)[:1000],
        body=searchable_text(page),
        url=page.url or "",
        date=entry_date(page),
    )
    return entry, page_facets(page, communities)


def document_entry(document):
    created = document.created_at.date() if document.created_at else None
    entry = SearchEntry(
        document_id=document.pk,
        kind=SearchEntry.Kind.DOCUMENT,
        locale="",
        config="simple",
        title=document.title[:255],
        body=plain(" ".join(str(tag) for tag in document.tags.all())),
        url=document.url,
        date=created,
    )
    facets = [("type", "document", "document")]
    if created:
        facets.append(("year", str(created.year), str(created.year)))
    return entry, facets


def _save(entry, facets, lookup):
    with transaction.atomic():
        SearchEntry.objects.filter(**lookup).delete()
        entry.save()
        SearchFacet.objects.bulk_create(
            SearchFacet(entry=entry, name=name, value=value[:64], label=label[:255])
            for name, value, label in dict.fromkeys(facets)
        )
    return entry


def index_page(page):
    """Add or refresh a page, or take it out when it is no longer public."""
    from .backends import get_backend

    page = page.specific
    if not is_indexable(page):
        remove_page(page.pk)
        return None
    entry = _save(*page_entry(page, Communities.load()), {"page_id": page.pk})
    get_backend().index_entries([entry])
    return entry


def remove_page(page_id):
    _remove(page_id=page_id)


def index_document(document):
    from .backends import get_backend

    entry = _save(*document_entry(document), {"document_id": document.pk})
    get_backend().index_entries([entry])
    return entry


def remove_document(document_id):
    _remove(document_id=document_id)


def _remove(**lookup):
    from .backends import get_backend

    ids = list(SearchEntry.objects.filter(**lookup).values_list("pk", flat=True))
    if ids:
        get_backend().delete_entries(ids)
        SearchEntry.objects.filter(pk__in=ids).delete()


def indexed_models():
    """The installed page models whose pages the index holds."""
    from django.apps import apps

    for label in KINDS:
        try:
            yield apps.get_model(*label.split("."))
        except LookupError:  # An app of the portal not installed.
            continue


def indexable_pages():
    """Every page the index should hold, as specific pages, with their relations loaded."""
    for model in indexed_models():
        pages = model.objects.live().filter(alias_of__isnull=True).select_related("locale")
        related = [
            name for name in ("themes", "topics", "habitats", "projects") if hasattr(model, name)
        ]
        yield from pages.prefetch_related(*related).iterator(chunk_size=500)


def rebuild(progress=None, batch_size=500):
    """Rebuild the whole index from the live pages and the documents. `progress` is called
    with (done, total) after each batch."""
    from wagtail.documents import get_document_model

    from .backends import get_backend

    communities = Communities.load()
    restricted = [restriction.page.path for restriction in PageViewRestriction.objects.all()]
    documents = get_document_model().objects.prefetch_related("tags")
    total = documents.count() + sum(
        model.objects.live().filter(alias_of__isnull=True).count() for model in indexed_models()
    )
    done = 0
    backend = get_backend()
    backend.clear()
    with transaction.atomic():
        SearchEntry.objects.all().delete()
    batch = []

    def flush():
        nonlocal batch, done
        with transaction.atomic():
            entries = SearchEntry.objects.bulk_create([entry for entry, _ in batch])
            SearchFacet.objects.bulk_create(
                SearchFacet(entry=entry, name=name, value=value[:64], label=label[:255])
                for entry, (_, facets) in zip(entries, batch, strict=True)
                for name, value, label in dict.fromkeys(facets)
            )
        backend.index_entries(entries)
        done += len(batch)
        batch = []
        if progress:
            progress(done, total)

    for page in indexable_pages():
        if any(page.path.startswith(path) for path in restricted):
            continue
        batch.append(page_entry(page, communities))
        if len(batch) >= batch_size:
            flush()
    for document in documents.iterator(chunk_size=500):
        batch.append(document_entry(document))
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    optimize()
    return done


def optimize():
    """After a bulk load: merge the FTS5 segments (SQLite) or refresh the planner's statistics
    (PostgreSQL), without which filtered searches on a fresh index can take a second."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("INSERT INTO cdp_search_fts(cdp_search_fts) VALUES ('optimize')")
        elif connection.vendor == "postgresql":
            cursor.execute("ANALYZE cdp_search_searchentry")
            cursor.execute("ANALYZE cdp_search_searchfacet")
