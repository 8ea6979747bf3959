"""Hostile input for the portal's tests: strings that try to run script in a browser.

The corpus is meant for any test that puts text from visitors on a page (comments, names,
websites, search queries, form values) and then checks, in a real browser, that the text
stays text. Every payload that managed to run would leave a trace a test can look for: it
sets ``window.__xss = 1`` (``parent.__xss`` from inside a frame) or calls ``alert(1)``, which
opens a dialog. A safe page therefore shows each payload as plain text, has no ``__xss``
property on ``window``, opens no dialog, and holds none of the elements or attributes the
payloads try to inject (see ``INJECTED_SELECTORS`` and ``FORBIDDEN_TAGS``).

``PAYLOADS`` is for free text (a comment, a message), ``URL_PAYLOADS`` for fields that hold a
web address (a commenter's website). ``Payload.shown`` is a fragment of the payload that a
page must display as text once the payload is escaped; it avoids the parts that a harmless
rendering may change (line breaks, runs of spaces, the ends of long addresses that
``urlize`` shortens, NUL characters that HTML parsers drop or replace with U+FFFD).

PostgreSQL refuses NUL characters in text columns: a test that stores payloads through the
ORM on PostgreSQL should leave out those with ``has_nul`` (Django's forms refuse them
everywhere, which is worth testing on its own).
"""

import base64
from dataclasses import dataclass

__all__ = [
    "FORBIDDEN_TAGS",
    "INJECTED_SELECTORS",
    "MARKER",
    "PAYLOADS",
    "URL_PAYLOADS",
    "Payload",
    "by_name",
    "short",
]

# The global that a payload sets when it runs.
MARKER = "__xss"


@dataclass(frozen=True)
class Payload:
    name: str
    text: str
    shown: str = ""

    def __post_init__(self):
        if not self.shown:
            object.__setattr__(self, "shown", self.text)

    @property
    def has_nul(self):
        return "\x00" in self.text

    def __str__(self):
        return self.text


def _data_url(html):
    return "data:text/html;base64," + base64.b64encode(html.encode()).decode()


_LONG_FILLER = "ranocchia-" * 280  # 2,800 characters, no spaces: one very long word.

PAYLOADS = (
    # Plain script elements.
    Payload("script", "<script>window.__xss=1</script>"),
    Payload("script-uppercase", "<SCRIPT >window.__xss=1</SCRIPT >"),
    Payload("script-src-data", '<script src="data:text/javascript,window.__xss=1"></script>'),
    # Event-handler attributes.
    Payload("img-onerror", '<img src=x onerror="window.__xss=1">'),
    Payload("img-onerror-slashes", "<img/src=x/onerror=alert(1)>"),
    Payload("img-unclosed", "<img src=x onerror=window.__xss=1 //"),
    Payload("svg-onload", "<svg onload=window.__xss=1>"),
    Payload("svg-script", "<svg><script>window.__xss=1</script></svg>"),
    Payload("body-onload", '<body onload="window.__xss=1">'),
    Payload(
        "details-ontoggle",
        '<details open ontoggle="window.__xss=1"><summary>apri</summary></details>',
    ),
    Payload("input-autofocus", '<input autofocus onfocus="window.__xss=1">'),
    # Links and embedded documents with script URLs.
    Payload("a-javascript", '<a href="javascript:window.__xss=1">leggi qui</a>'),
    Payload("a-javascript-mixed-case", "<a href=' JaVaScRiPt:alert(1)'>leggi qui</a>"),
    Payload("a-data", f'<a href="{_data_url("<script>alert(1)</script>")}">allegato</a>'),
    Payload("a-entity-javascript", '<a href="&#106;avascript&#58;window.__xss=1">leggi</a>'),
    Payload("iframe-srcdoc", '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>'),
    Payload("iframe-javascript", '<iframe src="javascript:parent.__xss=1"></iframe>'),
    Payload("object-data", '<object data="javascript:window.__xss=1"></object>'),
    Payload("form-action", '<form action="javascript:window.__xss=1"><button>vai</button></form>'),
    Payload("meta-refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'),
    Payload("base-href", '<base href="javascript:window.__xss=1//">'),
    # Breaking out of an attribute value or of an element whose content is raw text.
    Payload("break-double-quote", '"><script>window.__xss=1</script>'),
    Payload("break-single-quote", "'><img src=x onerror=window.__xss=1>"),
    Payload("break-into-attribute", '" autofocus onfocus="window.__xss=1" x="'),
    Payload("break-textarea", "</textarea><script>window.__xss=1</script>"),
    Payload("break-title", "</title><script>alert(1)</script>"),
    Payload("break-style", "</style><img src=x onerror=window.__xss=1>"),
    Payload("break-comment", "--><script>window.__xss=1</script><!--"),
    # Entities and other encodings, which must not be decoded twice.
    Payload("named-entities", "&lt;img src=x onerror=window.__xss=1&gt;"),
    Payload("numeric-entities", "&#60;script&#62;window.__xss=1&#60;/script&#62;"),
    Payload("hex-entities", "&#x3c;svg onload=alert(1)&#x3e;"),
    Payload("percent-encoded", "%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E"),
    Payload("js-unicode-escape", '<img src=x onerror="\\u0077indow.__xss=1">'),
    Payload("fullwidth-brackets", "\uff1cscript\uff1ewindow.__xss=1\uff1c/script\uff1e"),
    # Parser mutations: markup that changes meaning when it is parsed twice.
    Payload(
        "math-mutation",
        "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>"
        "</style></mglyph></table></mtext></math>",
    ),
    Payload("svg-mutation", '<svg></p><style><a title="</style><img src=x onerror=alert(1)>">'),
    Payload("noscript-mutation", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'),
    # Lightweight markup that a future renderer could turn into links or images.
    Payload("markdown-link", "[leggi qui](javascript:window.__xss=1)"),
    Payload("markdown-image", '![foto](x" onerror="window.__xss=1)'),
    # Web addresses that urlize() turns into links.
    Payload("urlize-quote", 'http://example.org/"onmouseover="window.__xss=1'),
    Payload("urlize-www-script", "www.example.org/<script>window.__xss=1</script>"),
    # Template syntax, which must reach the page as typed.
    Payload(
        "django-autoescape-off",
        "{% autoescape off %}<img src=x onerror=window.__xss=1>{% endautoescape %}",
    ),
    Payload(
        "django-variable-safe",
        '{{ request.user.password }}{{ "<script>window.__xss=1</script>"|safe }}',
    ),
    Payload("js-template", "{{constructor.constructor('window.__xss=1')()}} ${alert(1)}"),
    # NUL characters and length.
    Payload(
        "nul-in-tag",
        "<scr\x00ipt>window.__xss=1</scr\x00ipt><img src=x on\x00error=alert(1)>",
        shown="ipt>window.__xss=1</scr",
    ),
    Payload(
        "long",
        _LONG_FILLER + "<img src=x onerror=window.__xss=1>",
        shown="<img src=x onerror=window.__xss=1>",
    ),
    Payload(
        "multiline-tag",
        "<img\nsrc=x\nonerror=window.__xss=1>",
        shown="onerror=window.__xss=1>",
    ),
)

# Values for a field that holds a web address: none of them may become a link target.
URL_PAYLOADS = (
    Payload("url-javascript", "javascript:window.__xss=1"),
    Payload("url-javascript-case-space", " JaVaScRiPt:alert(1)"),
    Payload("url-javascript-tab", "java\tscript:alert(1)", shown="script:alert(1)"),
    Payload("url-data", _data_url("<script>alert(1)</script>")),
    Payload("url-javascript-comment", "javascript://example.org/%0Awindow.__xss=1"),
    Payload("url-break-attribute", 'https://example.org/" onmouseover="window.__xss=1'),
    Payload("url-break-tag", "https://example.org/'><script>window.__xss=1</script>"),
)

# Elements that no payload may leave in the part of a page that shows visitors' text.
FORBIDDEN_TAGS = (
    "base",
    "body",
    "details",
    "embed",
    "iframe",
    "img",
    "input",
    "math",
    "meta",
    "noscript",
    "object",
    "script",
    "style",
    "svg",
    "textarea",
)

# CSS selectors for what the payloads try to inject, anywhere on a page.
INJECTED_SELECTORS = (
    "img[src=x]",
    "svg[onload]",
    "details[ontoggle]",
    "input[onfocus]",
    "iframe[srcdoc]",
    'iframe[src^="javascript:" i]',
    'object[data^="javascript:" i]',
    'form[action^="javascript:" i]',
    'meta[http-equiv="refresh" i]',
    'base[href^="javascript:" i]',
    "[onerror]",
    "[onload]",
    "[onmouseover]",
    "[ontoggle]",
)


def by_name(name):
    """The payload of that name, from either list."""
    for payload in (*PAYLOADS, *URL_PAYLOADS):
        if payload.name == name:
            return payload
    raise KeyError(name)


def short(max_length, payloads=PAYLOADS):
    """The payloads that fit a field of `max_length` characters."""
    return tuple(payload for payload in payloads if len(payload.text) <= max_length)
