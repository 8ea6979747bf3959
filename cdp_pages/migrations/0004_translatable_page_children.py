"""Achievements, strengths and critical issues, and the notes of a theme's links become
translatable with their page: each row gets the locale of its page and a translation key of
its own."""

import uuid

import django.db.models.deletion
from django.db import migrations, models

MODELS = ["projectachievement", "projectissue", "themelessonlink", "themesolutionlink"]


def fill_locale_and_key(apps, schema_editor):
    for name in MODELS:
        model = apps.get_model("cdp_pages", name)
        rows = list(model.objects.select_related("page"))
        for row in rows:
            row.locale_id = row.page.locale_id
            row.translation_key = uuid.uuid4()
        model.objects.bulk_update(rows, ["locale", "translation_key"], batch_size=500)


def locale_field(**options):
    return models.ForeignKey(
        editable=False,
        on_delete=django.db.models.deletion.PROTECT,
        related_name="+",
        to="wagtailcore.locale",
        verbose_name="locale",
        **options,
    )


def operations():
    added, required = [], []
    for name in MODELS:
        added += [
            migrations.AddField(model_name=name, name="locale", field=locale_field(null=True)),
            migrations.AddField(
                model_name=name,
                name="translation_key",
                field=models.UUIDField(null=True, editable=False),
            ),
        ]
        required += [
            migrations.AlterField(model_name=name, name="locale", field=locale_field()),
            migrations.AlterField(
                model_name=name,
                name="translation_key",
                field=models.UUIDField(default=uuid.uuid4, editable=False),
            ),
            migrations.AlterUniqueTogether(
                name=name, unique_together={("translation_key", "locale")}
            ),
        ]
    return [
        *added,
        migrations.RunPython(fill_locale_and_key, migrations.RunPython.noop),
        *required,
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("cdp_pages", "0003_content_model"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = operations()
