"""Replace Wagtail's welcome page with one HomePage per content language, as translations."""

import uuid

from django.conf import settings
from django.db import migrations

HOME_TITLES = {
    "it": "Comunità di pratica Capitale naturale",
    "en": "Communities of practice of Capitale naturale",
}


def create_home_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("cdp_pages", "HomePage")

    content_type, _ = ContentType.objects.get_or_create(app_label="cdp_pages", model="homepage")
    root = Page.objects.get(depth=1)
    # Wagtail's own welcome page is not wanted.
    Page.objects.filter(
        depth=2, content_type__model="page", content_type__app_label="wagtailcore"
    ).delete()
    if HomePage.objects.exists():
        return

    translation_key = uuid.uuid4()
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    homes = {}
    for position, code in enumerate(codes, start=1):
        locale, _ = Locale.objects.get_or_create(language_code=code)
        # Translated roots need url paths of their own for Wagtail to route them.
        slug = "home" if code == settings.LANGUAGE_CODE else f"home-{code}"
        homes[code] = HomePage.objects.create(
            title=HOME_TITLES.get(code, HOME_TITLES["en"]),
            draft_title=HOME_TITLES.get(code, HOME_TITLES["en"]),
            slug=slug,
            content_type=content_type,
            path=f"{root.path}{position:04d}",
            depth=2,
            numchild=0,
            url_path=f"/{slug}/",
            locale=locale,
            translation_key=translation_key,
            live=True,
            has_unpublished_changes=False,
        )
    root.numchild = len(codes)
    root.save(update_fields=["numchild"])

    default = homes[settings.LANGUAGE_CODE]
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page_id": default.pk,
            "site_name": "CdP Capitale naturale",
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("cdp_pages", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_pages, migrations.RunPython.noop)]
