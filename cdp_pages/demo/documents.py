"""Small but real PDF files written by hand: a title and paragraphs of text in Helvetica.

Enough for the materials of a meeting (agenda, minutes, slides summary) without any
dependency. The text is encoded in WinAnsi (Latin-1 here), which covers Italian.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 60
LINES_PER_PAGE = 48


def _escape(text):
    text = text.encode("latin-1", errors="replace").decode("latin-1")
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _lines(title, paragraphs):
    lines = [("title", title), ("blank", "")]
    for paragraph in paragraphs:
        bullet = paragraph.startswith("- ")
        wrapped = textwrap.wrap(paragraph, width=88 if not bullet else 84)
        for index, line in enumerate(wrapped):
            lines.append(("text", line if not bullet or index == 0 else "  " + line))
        lines.append(("blank", ""))
    return lines


def _page_stream(lines):
    commands = ["BT", f"{MARGIN} {PAGE_HEIGHT - MARGIN} Td"]
    for kind, text in lines:
        if kind == "title":
            commands += ["/F2 16 Tf", "20 TL", f"({_escape(text)}) Tj", "T*"]
        else:
            commands += ["/F1 11 Tf", "15 TL", f"({_escape(text)}) Tj", "T*"]
    commands.append("ET")
    return "\n".join(commands).encode("latin-1")


def render_pdf(title, paragraphs):
    """A PDF document as bytes: the title in bold, then the paragraphs, over as many pages
    as needed."""
    lines = _lines(title, paragraphs)
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    objects = []  # bodies; object n is objects[n - 1]

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_id = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    info = add(b"<< /Title (" + _escape(title).encode("latin-1") + b") /Producer (CdP demo) >>")
    kids = []
    for page_lines in pages:
        stream = _page_stream(page_lines)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] "
                b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id, PAGE_WIDTH, PAGE_HEIGHT, font, bold, content)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        len(kids),
    )

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        info,
        xref,
    )
    return bytes(out)
