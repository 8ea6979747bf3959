"""Create the demo content and accounts. Running it again updates and never duplicates."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale

from cdp_pages import roles
from cdp_pages.demo import content_seeded
from cdp_pages.demo.builder import DemoBuilder
from cdp_pages.demo.discussion import ENGLISH_THREADS, seed_discussion
from cdp_pages.demo.translations import seed_translations
from cdp_pages.models import (
    ArticlePage,
    CommunityPage,
    HomePage,
    LessonLearnedPage,
    MeetingPage,
    Organization,
    Person,
    ProjectPage,
    QuadernoPage,
    SolutionCardPage,
    ThemePage,
    Topic,
)

DEMO_PASSWORD = "demo-cdp-2026"  # noqa: S105 - printed on purpose: demo accounts only

# (username, first name, last name, group or None for the superuser)
DEMO_USERS = [
    ("admin", "Amministratrice", "Demo", None),
    ("editor", "Elena", "Redattrice", roles.EDITORS),
    ("partner", "Paolo", "Partner", roles.PARTNERS),
    ("moderator", "Marta", "Moderatrice", roles.MODERATORS),
    ("translator", "Tom", "Translator", roles.TRANSLATORS),
]

# The demo author whose account is the demo partner's: they co-author two articles.
PARTNER_AUTHOR = "Davide Moroni"

HOME_TEXT = {
    "title": "Comunità di pratica Capitale naturale",
    "intro": (
        "<p>Il portale delle comunità di pratica dei progetti finanziati dal bando "
        "<b>Capitale naturale</b> di Fondazione Cariplo: risultati, soluzioni praticabili "
        "e lezioni apprese nelle aree Natura 2000 della Lombardia e del "
        "Verbano-Cusio-Ossola.</p>"
    ),
}


class Command(BaseCommand):
    help = "Create or update the demo content and the demo accounts (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even when DEBUG is off (never on a real production database).",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates accounts with a public password: it runs only with DEBUG on, "
                "or with --force."
            )
        with transaction.atomic():
            roles.ensure_roles()
            self.seed_site()
            self.seed_homes()
            builder = self.seed_content()
            # Other apps' demo content (learning paths), translated with the rest.
            extras = content_seeded.send(sender=DemoBuilder, builder=builder)
            translations = seed_translations(builder.home, "en")
            self.seed_users()
            project = self.seed_partner_project()
            articles = self.seed_partner_author()
            # Some comments are by the demo users: after them.
            discussion = seed_discussion(home=builder.home)
            english = seed_discussion(
                home=builder.home.get_translation(Locale.objects.get(language_code="en")),
                threads=ENGLISH_THREADS,
            )
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.write_summary(builder)
        self.stdout.write(translations.summary())
        self.stdout.write(discussion.summary())
        self.stdout.write(english.summary("English discussion"))
        for _receiver, summary in extras:
            self.stdout.write(summary)
        self.stdout.write(f"Admin at /admin/. Logins, all with the password {DEMO_PASSWORD}:")
        for username, _first, _last, group in DEMO_USERS:
            self.stdout.write(f"  {username:<11} {group or 'superuser'}")
        if project is not None:
            self.stdout.write(f"The partner account works on the project “{project.title}”.")
        if articles:
            self.stdout.write(
                f"The partner account co-authors {len(articles)} articles, such as "
                f"“{articles[0].title}”."
            )

    def seed_partner_project(self):
        """Give the demo partner a project of their own to edit."""
        from cdp_pages.models import ProjectPage

        project = ProjectPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        if project is not None:
            roles.add_project_partner(get_user_model().objects.get(username="partner"), project)
        return project

    def seed_partner_author(self):
        """Make the demo partner one of the demo authors, who may edit their articles."""
        person = Person.objects.filter(name=PARTNER_AUTHOR).first()
        if person is None:
            return []
        person.user = get_user_model().objects.get(username="partner")
        person.save(update_fields=["user"])
        return list(
            ArticlePage.objects.filter(
                authors__person=person, locale__language_code=settings.LANGUAGE_CODE
            ).order_by("path")
        )

    def seed_site(self):
        """Point the default site at the address the demo is served on, so that full URLs
        (canonical links, feeds, comment permalinks, emails) lead back to it."""
        from urllib.parse import urlsplit

        from django.contrib.sites.models import Site as DjangoSite
        from wagtail.models import Site

        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site = Site.objects.get(is_default_site=True)
        site.hostname = address.hostname or "localhost"
        site.port = address.port or (443 if address.scheme == "https" else 80)
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
        DjangoSite.objects.update_or_create(
            pk=settings.SITE_ID,
            defaults={"domain": address.netloc, "name": settings.WAGTAIL_SITE_NAME},
        )

    def seed_homes(self):
        """The Italian home; the other homes are its translations (`seed_translations`)."""
        home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        if home is None or (home.title, home.intro) == (HOME_TEXT["title"], HOME_TEXT["intro"]):
            return
        home.title = HOME_TEXT["title"]
        home.intro = HOME_TEXT["intro"]
        home.save_revision().publish()

    def seed_content(self):
        """The Italian pages, snippets, images and documents."""
        home = HomePage.objects.filter(locale__language_code="it").first()
        if home is None:
            raise CommandError("There is no Italian home page: run `manage.py migrate` first.")
        return DemoBuilder(home).build()

    def write_summary(self, builder):
        home = builder.home
        counts = [
            ("communities", CommunityPage.objects.descendant_of(home).count()),
            ("projects", ProjectPage.objects.descendant_of(home).count()),
            ("themes", ThemePage.objects.descendant_of(home).count()),
            ("meetings", MeetingPage.objects.descendant_of(home).count()),
            ("solution cards", SolutionCardPage.objects.descendant_of(home).count()),
            ("lessons learned", LessonLearnedPage.objects.descendant_of(home).count()),
            ("Quaderni", QuadernoPage.objects.descendant_of(home).count()),
            ("articles", ArticlePage.objects.descendant_of(home).count()),
            ("organizations", Organization.objects.count()),
            ("people", Person.objects.count()),
            ("topics", Topic.objects.filter(locale=home.locale).count()),
            ("demo images", len(builder.images)),
            ("demo documents", len(builder.documents)),
        ]
        self.stdout.write("Content under the Italian home:")
        for label, count in counts:
            self.stdout.write(f"  {label:<16} {count}")
        done = builder.pages_done
        self.stdout.write(
            f"Pages: {done['created']} created, {done['updated']} updated, "
            f"{done['unchanged']} unchanged. Files: {builder.files_created['images']} images "
            f"and {builder.files_created['documents']} documents created."
        )

    def seed_users(self):
        User = get_user_model()
        for username, first_name, last_name, group_name in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": f"{username}@example.org",
                    "is_staff": group_name is None,
                    "is_superuser": group_name is None,
                },
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
