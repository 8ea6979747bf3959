"""Benchmarks of the portal: `manage.py bench_search` (see `benchmarks.search`)."""
