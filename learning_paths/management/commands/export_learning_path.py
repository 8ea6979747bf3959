"""Export a learning path as an IMS Common Cartridge 1.1 for Moodle, like its "Download for
Moodle" link does."""

import io
import zipfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from learning_paths.export import build_cartridge
from learning_paths.models import LearningPathPage


class Command(BaseCommand):
    help = "Export a published learning path, by id or slug, as a Moodle cartridge (.imscc)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The learning path's page id or slug.")
        parser.add_argument(
            "-o", "--output", required=True, help="The file to write, such as path.imscc."
        )
        parser.add_argument(
            "--locale",
            help="The language of the path, when its slug is used in several languages.",
        )

    def handle(self, *args, path, output, locale=None, **options):
        page = find_path(path, locale)
        if not page.live:
            raise CommandError(f"The learning path “{page.title}” is not published.")
        data = build_cartridge(page)
        try:
            Path(output).write_bytes(data)
        except OSError as error:
            raise CommandError(f"Cannot write {output}: {error.strerror}.") from error

        steps = page.ordered_steps()
        for step in steps:
            if step.problem:
                self.stderr.write(f"Step {step.number} left out: {step.problem}")
        files = len(zipfile.ZipFile(io.BytesIO(data)).namelist())
        exported = sum(1 for step in steps if not step.problem)
        self.stdout.write(
            f"Exported “{page.title}” ({page.locale.language_code}): {exported} of "
            f"{len(steps)} steps, {files} files, {len(data)} bytes, to {output}."
        )


def find_path(reference, language_code=None):
    """The learning path with this id or else this slug; a slug used in several languages
    gives the path in `language_code`, or else in the default language."""
    paths = LearningPathPage.objects.select_related("locale")
    if language_code:
        paths = paths.filter(locale__language_code=language_code)
    found = list(paths.filter(pk=int(reference))) if reference.isdigit() else []
    if not found:
        found = list(paths.filter(slug=reference).order_by("pk"))
    if len(found) > 1:
        default = Locale.get_default()
        found = [page for page in found if page.locale_id == default.pk] or found
    if not found:
        raise CommandError(f"There is no learning path “{reference}”.")
    if len(found) > 1:
        choices = ", ".join(f"{page.pk} ({page.locale.language_code})" for page in found)
        raise CommandError(
            f"The slug “{reference}” names several learning paths: {choices}. "
            "Give the id, or the language with --locale."
        )
    return found[0]
