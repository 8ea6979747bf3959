"""Tiny helpers to write rich text in the demo data."""


def p(*paragraphs):
    """Paragraphs as rich text."""
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def ul(*items):
    """A bulleted list as rich text."""
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def ol(*items):
    """A numbered list as rich text."""
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"
