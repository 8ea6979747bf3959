"""A learning path as an IMS Common Cartridge 1.1, the version that Moodle's course restore
imports (it does not import 1.3).

Layout of the cartridge (a zip file):

    imsmanifest.xml             the manifest: LOM metadata, the organization, the resources
    R_<uuid>/index.html         a page of the portal: its readable content, as XHTML
    R_<uuid>/images/<name>      the images of that page, behind relative links
    R_<uuid>/<file name>        a document
    R_<uuid>/weblink.xml        an external address (imswl_xmlv1p1)

The organization is a rooted hierarchy: under the root, one item per module, and under each
module one item per step, which points to the step's resource. Steps that a visitor cannot
follow (their page was deleted or unpublished, their document deleted) are left out.

Identifiers derive from the path's and the steps' translation keys (uuid5), so they are the
same at every export, in every language of the path, whatever the steps' order; the zip has
fixed timestamps and sorted entries, so that an unchanged path gives the same bytes.

A page's content is the page as the portal renders it for an anonymous visitor: the <main>
element, without forms, navigation and discussion, with links made absolute to the live
site. Only public pages and documents are packed; a step whose page or document is behind a
view restriction becomes a link to the portal.
"""

import io
import posixpath
import re
import uuid
import zipfile
from importlib import import_module
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import DisallowedHost, PermissionDenied
from django.core.files.storage import default_storage
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation
from django.utils.http import content_disposition_header
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.views.decorators.http import require_safe
from lxml import etree
from wagtail.images.models import get_rendition_storage
from wagtail.models import Page, Site
from wagtail.rich_text import expand_db_html, get_text_for_indexing

__all__ = ["CONTENT_TYPE", "build_cartridge", "cartridge_filename", "download"]

CONTENT_TYPE = "application/vnd.ims.imsccv1p1"

CP = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
LOM = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest"
WL = "http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
PROFILE = "http://www.imsglobal.org/profile/cc/ccv1p1"
MANIFEST_SCHEMAS = (
    f"{CP} {PROFILE}/ccv1p1_imscp_v1p2_v1p0.xsd {LOM} {PROFILE}/LOM/ccv1p1_lommanifest_v1p0.xsd"
)
WEBLINK_SCHEMAS = f"{WL} {PROFILE}/ccv1p1_imswl_v1p1.xsd"

# The namespace of the cartridge's identifiers: never change it, or every identifier changes.
ID_NAMESPACE = uuid.UUID("e7a55c37-43cf-4dc1-8526-d64e32d95fa0")
# Zip entries carry this date, so that two exports of the same path are the same bytes.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

# What a cartridge leaves out of a rendered page: interactive parts and navigation.
DROPPED = (
    ".//form | .//script | .//style | .//noscript | .//template | .//nav | .//button"
    " | .//*[contains(concat(' ', normalize-space(@class), ' '), ' discussion ')]"
)
# HTML elements that have no end tag; every other empty element is written <x></x>, so
# that the XHTML reads the same in an HTML parser.
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


def identifier(prefix, *parts):
    """A valid XML ID (it starts with a letter) derived from `parts`."""
    return f"{prefix}_{uuid.uuid5(ID_NAMESPACE, '/'.join(str(part) for part in parts)).hex}"


def safe_name(name, default="file"):
    """An ASCII file name, so that it needs no escaping in the manifest's links."""
    stem, extension = posixpath.splitext(posixpath.basename(name))
    extension = re.sub(r"[^a-z0-9]", "", extension.lower())
    stem = slugify(stem.replace(".", "-")) or default
    return f"{stem}.{extension}" if extension else stem


def unique_name(name, taken):
    stem, extension = posixpath.splitext(name)
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{stem}-{number}{extension}", number + 1
    taken.add(candidate)
    return candidate


def cartridge_filename(page):
    return f"{page.slug}.imscc"


@require_safe
def download(request, page):
    """The path's cartridge, for the "Download for Moodle" link (the `moodle/` route).

    The route belongs to the page: Wagtail serves it only for a live page that the visitor
    may see."""
    response = HttpResponse(build_cartridge(page, request), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, cartridge_filename(page))
    return response


def build_cartridge(page, request=None):
    """The cartridge of the learning path `page`, as bytes.

    Pages are rendered on the host of `request`; without one (the management command), on
    the host of the path's site."""
    host, secure = (request.get_host(), request.is_secure()) if request else site_host(page)
    return CartridgeBuilder(page, host, secure).build()


def site_host(page):
    """The host and scheme to render pages on: the path's site, if ALLOWED_HOSTS accepts
    it, or else the first allowed host."""
    site = page.get_site() or Site.objects.filter(is_default_site=True).first()
    hostname, port = (site.hostname, site.port) if site else ("localhost", 80)
    host = hostname if port in (80, 443) else f"{hostname}:{port}"
    try:
        RequestFactory().get("/", HTTP_HOST=host).get_host()
    except DisallowedHost:
        allowed = [name.lstrip(".") for name in settings.ALLOWED_HOSTS if name != "*"]
        host = allowed[0] if allowed else "localhost"
    return host, port == 443


class CartridgeBuilder:
    def __init__(self, page, host, secure):
        self.path = page
        self.host = host
        self.secure = secure
        self.language = page.locale.language_code
        site = page.get_site()
        self.root_url = site.root_url if site else f"{'https' if secure else 'http'}://{host}"
        self.public_pages = set()  # ids of the steps' pages that anonymous visitors can see
        self.files = {}  # name in the zip -> bytes
        self.resources = []  # (identifier, type, href, [file names])

    def build(self):
        with translation.override(self.language):
            steps = self.path.ordered_steps()
            self.public_pages = set(
                Page.objects.filter(pk__in=[step.page_id for step in steps if step.page_id])
                .public()
                .values_list("pk", flat=True)
            )
            organization = []
            # Modules first, then broken steps out: a module keeps its title and identifier
            # (from its first step) when that step breaks, and disappears with its last one.
            for module in self.path.modules(steps):
                items = [
                    (self.add_step(step, module), step) for step in module.steps if not step.problem
                ]
                if items:
                    module_id = identifier(
                        "S", self.path.translation_key, "module", module.steps[0].key
                    )
                    organization.append((module_id, module, items))
            self.files["imsmanifest.xml"] = self.manifest(organization)
        return self.zip()

    # Resources -------------------------------------------------------------------------

    def add_step(self, step, module):
        """Add the step's resource and its files; return the resource's identifier."""
        resource = identifier("R", self.path.translation_key, step.key)
        if step.kind == step.Kind.PAGE:
            page = step.page.specific
            if page.pk in self.public_pages:
                self.add_page(resource, step, module, page)
            else:
                self.add_weblink(resource, step, page.get_full_url())
        elif step.kind == step.Kind.DOCUMENT:
            document = step.document
            if not self.add_document(resource, document):
                self.add_weblink(resource, step, urljoin(self.root_url, document.url))
        else:
            self.add_weblink(resource, step, step.url)
        return resource

    def add_file(self, resource, names, name, data):
        name = f"{resource}/{unique_name(name, names)}"
        self.files[name] = data
        return name

    def add_weblink(self, resource, step, url):
        root = etree.Element(f"{{{WL}}}webLink", nsmap={None: WL, "xsi": XSI})
        root.set(f"{{{XSI}}}schemaLocation", WEBLINK_SCHEMAS)
        etree.SubElement(root, f"{{{WL}}}title").text = step.display_title
        etree.SubElement(root, f"{{{WL}}}url", href=url, target="_blank")
        name = self.add_file(resource, set(), "weblink.xml", xml_bytes(root))
        self.resources.append((resource, "imswl_xmlv1p1", None, [name]))

    def add_document(self, resource, document):
        """Pack a public document; False if it is restricted or its file is missing."""
        if document.collection.get_view_restrictions().exists():
            return False
        try:
            with document.open_file() as file:
                data = file.read()
        except OSError:
            return False
        name = self.add_file(resource, set(), safe_name(document.file.name, "document"), data)
        self.resources.append((resource, "webcontent", name, [name]))
        return True

    def add_page(self, resource, step, module, page):
        names = set()
        content = self.page_content(page, resource, names)
        html = render_to_string(
            "learning_paths/export/page.html",
            {
                "language": self.language,
                "path": self.path,
                "module": module.title,
                "step": step,
                "title": step.display_title,
                "summary": getattr(page, "listing_summary", ""),
                "note": paragraphs(step.note),
                "question": paragraphs(step.question),
                # XHTML that lxml wrote from the portal's own rendering.
                "content": mark_safe(content),  # noqa: S308
                "content_language": page.locale.language_code,
                "url": page.get_full_url(),
            },
        )
        index = self.add_file(resource, names, "index.html", html.encode())
        packed = sorted(name for name in self.files if name.startswith(f"{resource}/"))
        self.resources.append((resource, "webcontent", index, packed))

    def page_content(self, page, resource, names):
        """The readable part of the page as the portal renders it, as XHTML text with its
        images packed under `resource`; empty when the page does not render."""
        main = self.render_main(page)
        if main is None:
            return ""
        for element in main.xpath(DROPPED):
            element.drop_tree()
        for comment in main.xpath(".//comment()"):
            comment.drop_tree()
        # The resource's own heading replaces the page's.
        heading = main.find(".//h1")
        if heading is not None:
            (heading.getparent() if heading.getparent().tag == "header" else heading).drop_tree()

        base = page.get_full_url()
        main.rewrite_links(lambda link: link if link.startswith("#") else urljoin(base, link))
        images = {}
        for image in main.iter("img"):
            image.attrib.pop("srcset", None)
            image.attrib.pop("sizes", None)
            src = image.get("src", "")
            if src not in images:
                images[src] = self.pack_image(src, resource, names)
            if images[src]:
                image.set("src", posixpath.relpath(images[src], resource))
        for source in main.xpath(".//picture/source"):
            source.drop_tree()

        for element in main.iter(etree.Element):
            if element.tag not in VOID and len(element) == 0 and not element.text:
                element.text = ""
            # The templates' indentation stays out of the file; preformatted text keeps it.
            if next(element.iterancestors("pre"), None) is None and element.tag != "pre":
                if element.text and not element.text.strip():
                    element.text = "\n"
                if element.tail and not element.tail.strip():
                    element.tail = "\n"
        return (main.text or "") + "".join(
            etree.tostring(child, method="xml", encoding="unicode") for child in main
        )

    def render_main(self, page):
        """The <main> element of the page rendered for an anonymous visitor, or None."""
        request = RequestFactory().get(
            urlsplit(page.get_full_url()).path, HTTP_HOST=self.host, secure=self.secure
        )
        request.user = AnonymousUser()
        request.session = import_module(settings.SESSION_ENGINE).SessionStore()
        language = page.locale.language_code
        request.LANGUAGE_CODE = language
        with translation.override(language):
            try:
                response = page.serve(request)
            except (Http404, PermissionDenied):
                return None
            if hasattr(response, "render"):
                response.render()
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            return None
        document = lxml.html.document_fromstring(response.content.decode(response.charset))
        return document.find(".//main")

    def pack_image(self, src, resource, names):
        """Pack the media file behind the absolute URL `src`; its name in the zip, or None
        for an image that is not in the site's media."""
        storages = [get_rendition_storage()]
        if default_storage not in storages:
            storages.append(default_storage)
        for storage in storages:
            prefix = urljoin(f"{self.root_url}/", storage.url(""))
            if not src.startswith(prefix):
                continue
            stored = unquote(urlsplit(src).path[len(urlsplit(prefix).path) :])
            try:
                with storage.open(stored, "rb") as file:
                    data = file.read()
            except OSError:
                continue
            return self.add_file(resource, names, f"images/{safe_name(stored, 'image')}", data)
        return None

    # Manifest and zip ------------------------------------------------------------------

    def manifest(self, organization):
        key = self.path.translation_key
        manifest = etree.Element(
            f"{{{CP}}}manifest",
            nsmap={None: CP, "lomimscc": LOM, "xsi": XSI},
            identifier=identifier("M", key),
        )
        manifest.set(f"{{{XSI}}}schemaLocation", MANIFEST_SCHEMAS)

        metadata = etree.SubElement(manifest, f"{{{CP}}}metadata")
        etree.SubElement(metadata, f"{{{CP}}}schema").text = "IMS Common Cartridge"
        etree.SubElement(metadata, f"{{{CP}}}schemaversion").text = "1.1.0"
        general = etree.SubElement(etree.SubElement(metadata, f"{{{LOM}}}lom"), f"{{{LOM}}}general")
        title = etree.SubElement(general, f"{{{LOM}}}title")
        etree.SubElement(title, f"{{{LOM}}}string", language=self.language).text = self.path.title
        etree.SubElement(general, f"{{{LOM}}}language").text = self.language
        description = self.description()
        if description:
            element = etree.SubElement(general, f"{{{LOM}}}description")
            etree.SubElement(element, f"{{{LOM}}}string", language=self.language).text = description

        organizations = etree.SubElement(manifest, f"{{{CP}}}organizations")
        tree = etree.SubElement(
            organizations,
            f"{{{CP}}}organization",
            identifier=identifier("O", key),
            structure="rooted-hierarchy",
        )
        root = etree.SubElement(tree, f"{{{CP}}}item", identifier=identifier("I", key, "root"))
        for module_id, module, items in organization:
            section = etree.SubElement(root, f"{{{CP}}}item", identifier=module_id)
            etree.SubElement(section, f"{{{CP}}}title").text = module.title
            for resource, step in items:
                item = etree.SubElement(
                    section,
                    f"{{{CP}}}item",
                    identifier=identifier("I", key, step.key),
                    identifierref=resource,
                )
                etree.SubElement(item, f"{{{CP}}}title").text = step.display_title

        resources = etree.SubElement(manifest, f"{{{CP}}}resources")
        for resource, kind, href, names in self.resources:
            element = etree.SubElement(
                resources, f"{{{CP}}}resource", identifier=resource, type=kind
            )
            if href:
                element.set("href", href)
            for name in names:
                etree.SubElement(element, f"{{{CP}}}file", href=name)
        return xml_bytes(manifest)

    def description(self):
        text = get_text_for_indexing(expand_db_html(self.path.introduction or ""))
        return " ".join(text.split()) or self.path.listing_summary

    def zip(self):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            names = ["imsmanifest.xml", *sorted(set(self.files) - {"imsmanifest.xml"})]
            for name in names:
                info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3  # Unix, whatever the system that builds it
                info.external_attr = 0o644 << 16
                archive.writestr(info, self.files[name])
        return buffer.getvalue()


def xml_bytes(element):
    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def paragraphs(text):
    """Plain text as paragraphs: blank lines separate them."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text or "") if part.strip()]
