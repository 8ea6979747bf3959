"""Builds the demo content from the data modules, idempotently.

Everything is found by a natural key before it is created: organizations and people by
name, topics by slug, images and documents by title, pages by slug under their parent.
A page is published only when what the data says differs from what the page holds, so a
second run publishes nothing and adds no revision.

Pages refer to each other in circles (an issue of a project points to a solution card that
points back to the project). A page whose references are not there yet is built without
them and built again once every page exists.
"""

import datetime
import functools
import hashlib
import json
import uuid
import zoneinfo
from collections import Counter
from decimal import Decimal

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from ..models import (
    ArticleAuthor,
    ArticlePage,
    CommunityIndexPage,
    CommunityPage,
    DocumentLibraryPage,
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
from . import content, lessons, meetings, projects, publications, solutions, themes
from .documents import render_pdf
from .images import render_chart_png, render_jpeg

# Block ids are derived from the page and the position, so that a second run writes the
# same stream and sees nothing to publish.
BLOCK_NAMESPACE = uuid.UUID("6d1f5d3e-7c1a-4a8e-9a57-1c0de5eed000")
ROME = zoneinfo.ZoneInfo("Europe/Rome")
CHILD_NOISE = {"pk", "id", "page", "sort_order", "translation_key", "locale"}


def block_id(*parts):
    return str(uuid.uuid5(BLOCK_NAMESPACE, ":".join(str(part) for part in parts)))


def stream(owner, field, block_type, values):
    """Raw StreamField data with stable block ids."""
    return [
        {"type": block_type, "value": value, "id": block_id(owner, field, index)}
        for index, value in enumerate(values)
    ]


def _normalize(value):
    if isinstance(value, list):
        if all(isinstance(item, dict) for item in value) and value:
            return [
                {key: item[key] for key in sorted(item) if key not in CHILD_NOISE} for item in value
            ]
        return sorted(value, key=str)
    return value


def fingerprint(page, names):
    """What the page holds for the given fields, child relations and many-to-many fields.

    Streams are compared as parsed JSON: PostgreSQL's jsonb does not keep the order of keys.
    """
    data = page.serializable_data()
    result = {}
    for name in names:
        value = data.get(name)
        if isinstance(value, str) and isinstance(page._meta.get_field(name), StreamField):
            value = json.loads(value)
        result[name] = _normalize(value)
    return result


def _date(text):
    return datetime.date.fromisoformat(text)


class DemoBuilder:
    def __init__(self, home, today=None):
        self.home = home
        self.locale = home.locale
        self.today = today or timezone.localdate()
        self.organizations = {}
        self.people = {}
        self.topics = {}
        self.images = {}
        self.documents = {}
        self.pages = {}
        self.pages_done = Counter()
        self.touched = {}
        self.unpublished = set()
        self.files_created = Counter()
        self._missing = False

    # Entry point -------------------------------------------------------------------

    def build(self):
        self.seed_organizations()
        self.seed_people()
        self.seed_topics()
        self.seed_images()
        self.seed_documents()
        steps = [
            *((self.build_index, spec) for spec in content.INDEXES),
            *((self.build_community, spec) for spec in projects.COMMUNITIES),
            *((self.build_project, spec) for spec in projects.PROJECTS),
            *((self.build_theme, spec) for spec in themes.THEMES),
            *((self.build_meeting, spec) for spec in meetings.MEETINGS),
            *((self.build_solution, spec) for spec in solutions.SOLUTIONS),
            *((self.build_lesson, spec) for spec in lessons.LESSONS),
            *((self.build_quaderno, spec) for spec in publications.QUADERNI),
        ]
        # Wagtail updates a page's reference index each time one of its inline objects is
        # saved, dozens of times for a project: do it once per page at the end instead.
        with disable_reference_index_auto_update():
            again = []
            for build, spec in steps:
                self._missing = False
                build(spec)
                if self._missing:
                    again.append((build, spec))
            for build, spec in again:
                self._missing = False
                build(spec)
                if self._missing:  # pragma: no cover - a mistake in the data
                    raise ValueError(f"The demo data refers to a missing page: {spec['slug']}")
        for page in self.touched.values():
            ReferenceIndex.create_or_update_for_object(page)
        return self

    # Snippets, images and documents ------------------------------------------------

    @staticmethod
    def sync(model, lookup, values):
        """The object found by `lookup`, created or updated to hold `values`."""
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            return model.objects.create(**lookup, **values)
        changed = [name for name, value in values.items() if getattr(obj, name) != value]
        if changed:
            for name in changed:
                setattr(obj, name, values[name])
            obj.save()
        return obj

    def seed_organizations(self):
        for key, name, kind, place in content.ORGANIZATIONS:
            self.organizations[key] = self.sync(
                Organization, {"name": name}, {"kind": kind, "place": place}
            )

    def seed_people(self):
        for key, name, organization, role, bio in content.PEOPLE:
            self.people[key] = self.sync(
                Person,
                {"name": name},
                {"affiliation": self.organizations[organization], "role": role, "bio": bio},
            )

    def seed_topics(self):
        for key, name, kind, description in content.TOPICS:
            self.topics[key] = self.sync(
                Topic,
                {"slug": key, "locale": self.locale},
                {"name": name, "kind": kind, "description": description},
            )

    def seed_images(self):
        """The landscape pictures and the covers, then the charts of the articles."""
        files = {}
        for key, (title, description, scene, seed) in {
            **content.IMAGES,
            **publications.COVERS,
        }.items():
            render = functools.partial(render_jpeg, scene, seed)
            files[key] = (title, description, f"demo-{key}.jpg", render)
        for key, (title, description, categories, series) in publications.CHARTS.items():
            render = functools.partial(render_chart_png, categories, series)
            files[key] = (title, description, f"demo-{key}.png", render)
        Image = get_image_model()
        existing = {
            image.title: image
            for image in Image.objects.filter(title__in=[t for t, *_ in files.values()])
        }
        for key, (title, description, name, render) in files.items():
            image = existing.get(title)
            if image is None:
                data = render()
                image = Image(
                    title=title,
                    file=ImageFile(ContentFile(data), name=name),
                    file_size=len(data),
                    file_hash=hashlib.sha1(data).hexdigest(),  # noqa: S324 - Wagtail's hash
                )
                if hasattr(image, "description"):
                    image.description = description
                image.save()
                self.files_created["images"] += 1
            self.images[key] = image

    def seed_documents(self):
        Document = get_document_model()
        existing = {
            document.title: document
            for document in Document.objects.filter(
                title__in=[t for t, *_ in content.DOCUMENTS.values()]
            )
        }
        for key, (title, paragraphs) in content.DOCUMENTS.items():
            document = existing.get(title)
            if document is None:
                data = render_pdf(title, paragraphs)
                document = Document(
                    title=title,
                    file=ContentFile(data, name=f"{key}.pdf"),
                    file_size=len(data),
                    file_hash=hashlib.sha1(data).hexdigest(),  # noqa: S324 - Wagtail's hash
                )
                document.save()
                self.files_created["documents"] += 1
            self.documents[key] = document

    # Pages -------------------------------------------------------------------------

    def page_ref(self, model, slug):
        """The page of the demo with this slug, or None (and a note to build again)."""
        page = self.pages.get(slug)
        if page is None:
            page = model.objects.descendant_of(self.home).filter(slug=slug).first()
            if page is not None:
                self.pages[slug] = page
        if page is None:
            self._missing = True
        return page

    def page_refs(self, model, slugs):
        return [page for page in (self.page_ref(model, slug) for slug in slugs) if page]

    def upsert(self, parent, model, slug, fields, children=None, m2m=None):
        """The page `slug` under `parent`, created or updated, and published if it changed.

        A new page whose references are not all there yet is saved as a draft, and published
        once, when it is built again with every reference.
        """
        children = children or {}
        m2m = m2m or {}
        # Child rows are shown in their sort order: without one, the database returns them in
        # any order (PostgreSQL does, after an update).
        for rows in children.values():
            for position, row in enumerate(rows):
                row.sort_order = position
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = model(slug=slug, locale=self.locale, live=not self._missing, **fields)
            for name, value in {**children, **m2m}.items():
                setattr(page, name, value)
            parent.add_child(instance=page)
            if page.live:
                page.save_revision().publish()
            else:
                self.unpublished.add(page.pk)
            self.pages_done["created"] += 1
            self.touched[page.pk] = page
        else:
            names = [*fields, *children, *m2m]
            before = fingerprint(page, names)
            for name, value in {**fields, **children, **m2m}.items():
                setattr(page, name, value)
            if page.pk in self.unpublished:
                page.save_revision().publish()
                self.unpublished.discard(page.pk)
            elif fingerprint(page, names) != before:
                page.save_revision().publish()
                self.pages_done["updated"] += 1
                self.touched[page.pk] = page
            else:
                self.pages_done["unchanged"] += 1
        self.pages[slug] = page
        return page

    def listing(self, spec, summary=""):
        image = spec.get("image")
        return {
            "title": spec["title"],
            "listing_summary": spec.get("listing_summary", summary),
            "listing_image": self.images[image] if image else None,
        }

    def build_index(self, spec):
        models = {
            "communities": CommunityIndexPage,
            "solutions": SolutionIndexPage,
            "lessons": LessonIndexPage,
            "publications": PublicationIndexPage,
            "materials": DocumentLibraryPage,
        }
        return self.upsert(
            self.home,
            models[spec["kind"]],
            spec["slug"],
            {**self.listing(spec), "intro": spec["intro"]},
        )

    def _index(self, kind):
        slug = next(spec["slug"] for spec in content.INDEXES if spec["kind"] == kind)
        return self.pages[slug]

    def build_community(self, spec):
        return self.upsert(
            self._index("communities"),
            CommunityPage,
            spec["slug"],
            {**self.listing(spec), "edition": spec["edition"], "summary": spec["summary"]},
            m2m={"facilitators": [self.people[key] for key in spec["facilitators"]]},
        )

    def build_project(self, spec):
        partners = [
            ProjectPartner(
                organization=self.organizations[key],
                role=ProjectPartner.Role.LEAD if index == 0 else ProjectPartner.Role.PARTNER,
            )
            for index, key in enumerate(spec["partners"])
        ]
        sites = [ProjectSite(code=code, name=name) for code, name in spec["sites"]]
        achievements = [
            ProjectAchievement(
                date=_date(date),
                title=title,
                text=text,
                image=self.images[image] if image else None,
                document=self.documents[document] if document else None,
            )
            for date, title, text, image, document in spec["achievements"]
        ]
        issues = []
        for kind, items in (
            (ProjectIssue.Kind.STRENGTH, spec["strengths"]),
            (ProjectIssue.Kind.CRITICAL, spec["critical_issues"]),
        ):
            for category, text, *solution in items:
                card = self.page_ref(SolutionCardPage, solution[0]) if solution else None
                issues.append(
                    ProjectIssue(
                        kind=kind,
                        category=category,
                        text=text,
                        status=(
                            ProjectIssue.Status.ADDRESSED if solution else ProjectIssue.Status.OPEN
                        ),
                        solution=card,
                    )
                )
        return self.upsert(
            self.pages[spec["community"]],
            ProjectPage,
            spec["slug"],
            {
                **self.listing(spec),
                "summary": spec["summary"],
                "objectives": spec["objectives"],
                "municipalities": spec["municipalities"],
                "province": spec["province"],
                "start_date": _date(spec["start"]),
                "end_date": _date(spec["end"]),
                "budget": Decimal(spec["budget"]),
                "contribution": Decimal(spec["contribution"]),
                "status": spec["status"],
            },
            children={
                "partners": partners,
                "sites": sites,
                "achievements": achievements,
                "issues": issues,
            },
            m2m={"habitats": [self.topics[key] for key in spec["habitats"]]},
        )

    def build_theme(self, spec):
        slug = spec["slug"]
        experiences = stream(
            slug,
            "external_experiences",
            "experience",
            [
                {"name": name, "scale": scale, "place": place, "link": link, "teaching": text}
                for name, scale, place, link, text in spec["experiences"]
            ],
        )
        solution_links = [
            ThemeSolutionLink(solution=card, note=note)
            for card, note in (
                (self.page_ref(SolutionCardPage, key), note) for key, note in spec["solutions"]
            )
            if card
        ]
        lesson_links = [
            ThemeLessonLink(lesson=lesson, note=note)
            for lesson, note in (
                (self.page_ref(LessonLearnedPage, key), note) for key, note in spec["lessons"]
            )
            if lesson
        ]
        return self.upsert(
            self.pages[spec["community"]],
            ThemePage,
            slug,
            {
                **self.listing(spec),
                "summary": spec["summary"],
                "knowledge": spec["knowledge"],
                "external_experiences": experiences,
                "critical_issues": spec["critical_issues"],
                "evolutions": spec["evolutions"],
            },
            children={"solution_links": solution_links, "lesson_links": lesson_links},
            m2m={"projects": self.page_refs(ProjectPage, spec["projects"])},
        )

    def when(self, spec):
        """Start and end of a meeting: a fixed date, or a number of days from today."""
        day = spec["date"]
        day = self.today + datetime.timedelta(days=day) if isinstance(day, int) else _date(day)
        hour, minute = (int(part) for part in spec["time"].split(":"))
        start = datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=ROME)
        return start, start + datetime.timedelta(minutes=int(spec["hours"] * 60))

    def build_meeting(self, spec):
        slug = spec["slug"]
        start, end = self.when(spec)
        agenda = stream(
            slug,
            "agenda",
            "item",
            [
                {"time": f"{time}:00" if time else None, "title": title, "speaker": speaker}
                for time, title, speaker in spec["agenda"]
            ],
        )
        materials = stream(
            slug,
            "materials",
            "material",
            [
                {"document": self.documents[key].pk, "description": description}
                for key, description in spec.get("materials", [])
            ],
        )
        return self.upsert(
            self.pages[spec["community"]],
            MeetingPage,
            slug,
            {
                **self.listing(spec),
                "kind": spec["kind"],
                "start": start,
                "end": end,
                "time_zone": "Europe/Rome",
                "place": spec.get("place", ""),
                "online_link": spec.get("online_link", ""),
                "recording_link": spec.get("recording_link", ""),
                "agenda": agenda,
                "materials": materials,
                "outcomes": spec["outcomes"],
            },
            m2m={"themes": self.page_refs(ThemePage, spec["themes"])},
        )

    def build_solution(self, spec):
        slug = spec["slug"]
        steps = stream(
            slug,
            "steps",
            "step",
            [{"title": title, "description": text} for title, text in spec["steps"]],
        )
        return self.upsert(
            self._index("solutions"),
            SolutionCardPage,
            slug,
            {
                **self.listing(spec),
                "challenge": spec["challenge"],
                "solution": spec["solution"],
                "steps": steps,
                "time_needed": spec["time_needed"],
                "cost_range": spec["cost_range"],
                "skills": spec["skills"],
                "results": spec["results"],
                "enabling_factors": spec["enabling_factors"],
                "pitfalls": spec["pitfalls"],
                "transferability": spec["transferability"],
                "maturity": spec["maturity"],
            },
            m2m={
                "themes": self.page_refs(ThemePage, spec["themes"]),
                "projects": self.page_refs(ProjectPage, spec["projects"]),
                "topics": [self.topics[key] for key in spec["topics"]],
                "contacts": [self.people[key] for key in spec["contacts"]],
            },
        )

    def build_lesson(self, spec):
        meeting = spec.get("meeting")
        return self.upsert(
            self._index("lessons"),
            LessonLearnedPage,
            spec["slug"],
            {
                **self.listing(spec, summary=spec["statement"]),
                "statement": spec["statement"],
                "kind": spec["kind"],
                "context": spec["context"],
                "evidence": spec["evidence"],
                "evidence_strength": spec["evidence_strength"],
                "recommendation": spec["recommendation"],
                "source_meeting": self.page_ref(MeetingPage, meeting) if meeting else None,
                "source_discussion": spec.get("discussion", ""),
            },
            m2m={
                "themes": self.page_refs(ThemePage, spec["themes"]),
                "projects": self.page_refs(ProjectPage, spec["projects"]),
            },
        )

    def build_quaderno(self, spec):
        quaderno = self.upsert(
            self._index("publications"),
            QuadernoPage,
            spec["slug"],
            {
                "title": spec["title"],
                "listing_summary": spec["listing_summary"],
                "listing_image": self.images[spec["cover"]],
                "series_number": spec["series_number"],
                "subtitle": spec["subtitle"],
                "community": self.pages[spec["community"]],
                "publication_date": _date(spec["publication_date"]),
                "isbn": spec["isbn"],
                "licence": spec["licence"],
                "cover_image": self.images[spec["cover"]],
                "introduction": spec["introduction"],
            },
            children={
                "editors": [QuadernoEditor(person=self.people[key]) for key in spec["editors"]]
            },
        )
        for article in spec["articles"]:
            self.build_article(quaderno, article)
        return quaderno

    def _body_value(self, kind, value):
        if kind == "figure":
            return {
                **{k: v for k, v in value.items() if k != "chart"},
                "image": self.images[value["chart"]].pk,
            }
        if kind == "table":
            return {
                "caption": value["caption"],
                "table": {
                    "columns": [
                        {"type": column_type, "heading": heading}
                        for column_type, heading in value["columns"]
                    ],
                    "rows": [{"values": row} for row in value["rows"]],
                    "caption": "",
                },
            }
        return value

    def build_article(self, quaderno, spec):
        slug = spec["slug"]
        body = [
            {
                "type": kind,
                "value": self._body_value(kind, value),
                "id": block_id(slug, "body", index),
            }
            for index, (kind, value) in enumerate(spec["body"])
        ]
        references = stream(
            slug,
            "references",
            "reference",
            [
                {"citation": citation, "doi": doi, "url": url}
                for citation, doi, url in spec["references"]
            ],
        )
        journal = {
            "journal": "",
            "journal_volume": "",
            "journal_issue": "",
            "journal_pages": "",
            "journal_year": None,
        }
        journal.update(spec.get("journal", {}))
        return self.upsert(
            quaderno,
            ArticlePage,
            slug,
            {
                **self.listing(spec, summary=spec["abstract"]),
                "abstract": spec["abstract"],
                "body": body,
                "footnotes": stream(slug, "footnotes", "note", spec["footnotes"]),
                "references": references,
                "keywords": spec["keywords"],
                **journal,
            },
            children={
                "authors": [
                    ArticleAuthor(person=self.people[key], affiliation=affiliation)
                    for key, affiliation in spec["authors"]
                ]
            },
            m2m={
                "themes": self.page_refs(ThemePage, spec["themes"]),
                "lessons": self.page_refs(LessonLearnedPage, spec["lessons"]),
                "solutions": self.page_refs(SolutionCardPage, spec["solutions"]),
            },
        )
