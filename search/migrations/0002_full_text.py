"""The full-text part of the index, for the database in use.

SQLite: an FTS5 table over the entries' title and body (external content, kept in step by
triggers), with prefix indexes for autocomplete and stemmed prefixes, and an fts5vocab table
of its terms for spelling suggestions. PostgreSQL: a `search_vector` column (title weighted A,
body B) filled by a trigger with the entry's own text search configuration, and a GIN index.
"""

from django.db import migrations

SQLITE = [
    """CREATE VIRTUAL TABLE cdp_search_fts USING fts5(
        title, body, content='cdp_search_searchentry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')""",
    "CREATE VIRTUAL TABLE cdp_search_vocab USING fts5vocab(cdp_search_fts, row)",
    """CREATE TRIGGER cdp_search_fts_insert AFTER INSERT ON cdp_search_searchentry BEGIN
        INSERT INTO cdp_search_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER cdp_search_fts_delete AFTER DELETE ON cdp_search_searchentry BEGIN
        INSERT INTO cdp_search_fts(cdp_search_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END""",
    """CREATE TRIGGER cdp_search_fts_update AFTER UPDATE OF title, body ON cdp_search_searchentry
    BEGIN
        INSERT INTO cdp_search_fts(cdp_search_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO cdp_search_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS cdp_search_fts_update",
    "DROP TRIGGER IF EXISTS cdp_search_fts_delete",
    "DROP TRIGGER IF EXISTS cdp_search_fts_insert",
    "DROP TABLE IF EXISTS cdp_search_vocab",
    "DROP TABLE IF EXISTS cdp_search_fts",
]

POSTGRESQL = [
    "ALTER TABLE cdp_search_searchentry ADD COLUMN search_vector tsvector",
    """CREATE FUNCTION cdp_search_vector_update() RETURNS trigger AS $$
    BEGIN
        NEW.search_vector :=
            setweight(to_tsvector(NEW.config::regconfig, coalesce(NEW.title, '')), 'A')
            || setweight(to_tsvector(NEW.config::regconfig, coalesce(NEW.body, '')), 'B');
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER cdp_search_vector_trigger
    BEFORE INSERT OR UPDATE OF title, body, config ON cdp_search_searchentry
    FOR EACH ROW EXECUTE FUNCTION cdp_search_vector_update()""",
    "CREATE INDEX cdp_search_vector_gin ON cdp_search_searchentry USING GIN (search_vector)",
]
POSTGRESQL_REVERSE = [
    "DROP INDEX IF EXISTS cdp_search_vector_gin",
    "DROP TRIGGER IF EXISTS cdp_search_vector_trigger ON cdp_search_searchentry",
    "DROP FUNCTION IF EXISTS cdp_search_vector_update()",
    "ALTER TABLE cdp_search_searchentry DROP COLUMN IF EXISTS search_vector",
]


def run(statements):
    def apply(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("cdp_search", "0001_search_index")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}),
        )
    ]
