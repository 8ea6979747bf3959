"""Demo content for the portal, built by the `seed_demo` management command.

The data lives in Python structures, one module per kind of page (`projects`, `themes`,
`meetings`, `solutions`, `lessons`) plus `content` for indexes, snippets, images and documents;
`builder` turns it into snippets, images, documents and published pages, idempotently.

Other apps add their own demo content through `content_seeded`, so that this app never
imports them.
"""

from django.dispatch import Signal

# Sent by seed_demo with `builder`, the DemoBuilder, once the Italian content is built and
# before it is translated: a receiver adds its pages under `builder.home` (they are then
# translated with the rest) and returns a line for the command's summary.
content_seeded = Signal()
