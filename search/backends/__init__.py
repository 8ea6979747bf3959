"""Search backends behind one interface: the database by default, Elasticsearch when
`ELASTICSEARCH_URL` is set."""

from functools import cache

from django.conf import settings


class SearchUnavailable(Exception):
    """The search service could not answer (a server down, unreachable, too slow or refusing
    the request): the view tells visitors to try again later."""


class SearchBackend:
    """What every backend does. Entries are `search.models.SearchEntry` rows, already saved
    with their facet values."""

    def search(self, query):
        """A `search.query.SearchQuery` -> `search.query.SearchResults`."""
        raise NotImplementedError

    def suggest(self, text, locale, limit=8):
        """Titles that complete `text`, for autocomplete: [{"title", "url", "type"}]."""
        raise NotImplementedError

    def index_entries(self, entries):
        """Make new or changed entries searchable."""

    def delete_entries(self, entry_ids):
        """Forget entries about to be deleted."""

    def clear(self):
        """Forget everything, before a rebuild."""


@cache
def get_backend():
    if settings.ELASTICSEARCH_URL:
        from .elasticsearch import ElasticsearchBackend

        return ElasticsearchBackend(settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_INDEX_PREFIX)
    from .database import DatabaseBackend

    return DatabaseBackend()
