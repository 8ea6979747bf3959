"""Demo content for the portal, built by the `seed_demo` management command.

The data lives in Python structures, one module per kind of page (`projects`, `themes`,
`meetings`, `solutions`, `lessons`) plus `content` for indexes, snippets, images and documents;
`builder` turns it into snippets, images, documents and published pages, idempotently.
"""
