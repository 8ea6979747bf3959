"""Factories for the portal's models, shared by the tests.

Page factories need a parent: `ProjectPageFactory(parent=community)`. Pages are published.
"""

import datetime

import factory
import wagtail_factories
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django_comments_xtd.models import XtdComment

from cdp_pages import models


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("password")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, names):
        if create and names:
            self.groups.add(*Group.objects.filter(name__in=names))


class OrganizationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Ente parco immaginario {n}")
    kind = models.Organization.Kind.PROTECTED_AREA
    place = "Varese (VA)"

    class Meta:
        model = models.Organization
        django_get_or_create = ("name",)


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Faker("name", locale="it_IT")
    role = "Facilitatrice"
    affiliation = factory.SubFactory(OrganizationFactory)

    class Meta:
        model = models.Person


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Zone umide {n}")
    kind = models.Topic.Kind.HABITAT

    class Meta:
        model = models.Topic


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=3, locale="it_IT")
    intro = "<p>Benvenuti.</p>"

    class Meta:
        model = models.HomePage


class CommunityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Comunità"
    slug = "comunita"

    class Meta:
        model = models.CommunityIndexPage


class CommunityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Comunità di pratica {n}")
    edition = 2018
    summary = "<p>La comunità dei progetti del bando.</p>"

    class Meta:
        model = models.CommunityPage


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Progetto {n}")
    summary = "Riqualificazione di zone umide in un sito Natura 2000."
    objectives = "<p>Migliorare lo stato di conservazione degli habitat.</p>"
    municipalities = "Comune Uno, Comune Due"
    province = "VA"
    start_date = datetime.date(2018, 3, 1)
    end_date = datetime.date(2021, 2, 28)
    budget = 800000
    contribution = 500000

    class Meta:
        model = models.ProjectPage


class ThemePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tema {n}")
    summary = "Come coinvolgere gli agricoltori."
    knowledge = "<p>Ciò che sappiamo.</p>"
    critical_issues = "<p>Le criticità.</p>"
    evolutions = "<p>Le evoluzioni prevedibili.</p>"

    class Meta:
        model = models.ThemePage


class MeetingPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Incontro {n}")
    kind = models.MeetingPage.Kind.PLENARY
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    end = factory.LazyAttribute(lambda meeting: meeting.start + datetime.timedelta(hours=3))
    place = "Villa immaginaria, Varese"
    outcomes = "<p>Gli esiti.</p>"

    class Meta:
        model = models.MeetingPage


class SolutionIndexPageFactory(wagtail_factories.PageFactory):
    title = "Soluzioni"
    slug = "soluzioni"

    class Meta:
        model = models.SolutionIndexPage


class SolutionCardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Soluzione {n}")
    challenge = "<p>Gli agricoltori non partecipano agli incontri.</p>"
    solution = "<p>Incontri in cascina, nelle ore serali.</p>"
    maturity = models.SolutionCardPage.Maturity.TESTED

    class Meta:
        model = models.SolutionCardPage


class LessonIndexPageFactory(wagtail_factories.PageFactory):
    title = "Lezioni apprese"
    slug = "lezioni"

    class Meta:
        model = models.LessonIndexPage


class LessonLearnedPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lezione {n}")
    statement = "Coinvolgere presto i proprietari evita conflitti."
    evidence = "<p>Osservato in tre progetti.</p>"

    class Meta:
        model = models.LessonLearnedPage


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Pubblicazioni"
    slug = "pubblicazioni"

    class Meta:
        model = models.PublicationIndexPage


class QuadernoPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Quaderno {n}")
    series_number = factory.Sequence(lambda n: n + 1)

    class Meta:
        model = models.QuadernoPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Articolo {n}")
    abstract = "Sintesi."

    class Meta:
        model = models.ArticlePage


class QuadernoEditorFactory(factory.django.DjangoModelFactory):
    """An editor of a Quaderno: pass `page=`; editors keep the order they are made in."""

    person = factory.SubFactory(PersonFactory)
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = models.QuadernoEditor


class ArticleAuthorFactory(factory.django.DjangoModelFactory):
    """An author of an article: pass `page=`; authors keep the order they are made in."""

    person = factory.SubFactory(PersonFactory)
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = models.ArticleAuthor


def add_authors(article, *names, affiliation=""):
    """Authors named `names`, in that order, for `article`; the people are made too."""
    return [
        ArticleAuthorFactory(page=article, person=PersonFactory(name=name), affiliation=affiliation)
        for name in names
    ]


class CommentFactory(factory.django.DjangoModelFactory):
    """A public comment on a page: pass `page=` (any discussable page) and, for a reply,
    `parent_id=` the parent comment's pk."""

    user_name = factory.Sequence(lambda n: f"Commentatrice {n}")
    user_email = factory.LazyAttribute(lambda c: f"{c.user_name.split()[-1]}@example.net")
    comment = "Ottimo lavoro, lo proveremo anche noi."
    is_public = True
    site_id = factory.LazyFunction(lambda: settings.SITE_ID)

    class Meta:
        model = XtdComment

    class Params:
        page = None

    content_type = factory.LazyAttribute(
        lambda c: ContentType.objects.get_for_model(c.page.specific_class)
    )
    object_pk = factory.LazyAttribute(lambda c: str(c.page.pk))
