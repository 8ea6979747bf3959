"""Rebuild the portal's search index: `manage.py search_index --rebuild`."""

import sys

from django.core.management.base import BaseCommand

from search import index


class Command(BaseCommand):
    help = "Rebuild the portal's search index from the live pages and the documents."

    def add_arguments(self, parser):
        parser.add_argument(
            "--rebuild", action="store_true", help="Drop the index and build it again."
        )

    def handle(self, *args, rebuild=False, **options):
        if not rebuild:
            self.stdout.write("Nothing to do: pass --rebuild to rebuild the index.")
            return
        done = index.rebuild(progress=self.progress)
        if self.interactive_output:
            self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Indexed {done} pages and documents."))

    @property
    def interactive_output(self):
        return sys.stdout.isatty()

    def progress(self, done, total):
        width = 30
        filled = width * done // max(total, 1)
        bar = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
        if self.interactive_output:
            self.stdout.write(f"\r{bar}", ending="")
            self.stdout.flush()
        else:
            self.stdout.write(bar)
