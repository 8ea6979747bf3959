"""Curated learning paths through the portal's pages."""
