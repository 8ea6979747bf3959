"""The portal's own search index."""
