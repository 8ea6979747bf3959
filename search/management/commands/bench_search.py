"""Benchmark the portal's search on a throwaway database: `manage.py bench_search`.

    manage.py bench_search                      # 10,000 pages in a temporary SQLite file
    manage.py bench_search --pages 2000 -v 2    # smaller, with a line per query
    manage.py bench_search --database-url postgres://cdp@127.0.0.1:5433/cdp_bench
    manage.py bench_search --check --json var/bench.json   # exit 3 when over budget

See `benchmarks.search` for what is measured and how the database in use is kept out of it.
"""

import argparse

from django.core.management.base import BaseCommand, CommandError

OVER_BUDGET = 3


class Command(BaseCommand):
    help = (
        "Fill a throwaway database with N pages of realistic text and print the median and "
        "95th percentile latency of varied queries, through the search backend and the view."
    )
    # The launcher touches no database; the child checks and migrates its own.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=10_000, help="Pages to generate.")
        parser.add_argument("--queries", type=int, default=50, help="Queries to time.")
        parser.add_argument("--seed", type=int, default=0, help="Seed of text and queries.")
        parser.add_argument(
            "--repeat", type=int, default=3, help="Timed runs of each query, after a warm-up."
        )
        parser.add_argument(
            "--database-url",
            help="An EMPTY scratch PostgreSQL database to use instead of a temporary SQLite "
            "file, e.g. postgres://cdp@127.0.0.1:5433/cdp_bench. Emptied again at the end.",
        )
        parser.add_argument(
            "--keep", action="store_true", help="Keep the generated database for inspection."
        )
        parser.add_argument("--json", help="Write the figures to this JSON file.")
        parser.add_argument(
            "--check",
            action="store_true",
            help=f"Exit with status {OVER_BUDGET} when the view is over its latency budget.",
        )
        # Set by the launcher for the process that runs on the throwaway database.
        parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)

    def handle(self, *args, **options):
        try:
            from benchmarks import search as bench
        except ImportError as error:
            raise CommandError(
                "bench_search needs the benchmarks/ folder of a checkout of the source, which "
                "the Docker image leaves out: run it from the checkout."
            ) from error

        if options["pages"] < 1 or options["queries"] < 1 or options["repeat"] < 1:
            raise CommandError("--pages, --queries and --repeat must be positive.")
        try:
            if options["child"]:
                summary = bench.run_child(options, self.stdout.write)
                if options["check"] and not summary["budget"]["met"]:
                    raise CommandError(
                        "The search view is over its budget.", returncode=OVER_BUDGET
                    )
                return
            code = bench.launch(options, self.stdout.write)
        except bench.Refused as refusal:
            raise CommandError(str(refusal)) from refusal
        if code == OVER_BUDGET:
            raise CommandError("The search view is over its budget.", returncode=code)
        if code:
            raise CommandError(f"The benchmark failed (exit status {code}).", returncode=code)
