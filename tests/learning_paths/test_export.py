"""The Moodle export: an IMS Common Cartridge 1.1 that validates against the official schemas,
with stable identifiers, well-formed HTML resources and their images packed."""

import datetime
import io
import os
import posixpath
import re
import zipfile
from http import HTTPStatus
from pathlib import Path

import pytest
import wagtail_factories
from django.core.management import CommandError, call_command
from django.utils import translation
from django.utils.translation import gettext
from lxml import etree
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from learning_paths.export import build_cartridge, cartridge_filename
from learning_paths.models import LearningPathPage

pytestmark = pytest.mark.django_db

# The official CC 1.1 schemas, as Moodle ships them in backup/cc/schemas11/, are IMS's and
# not part of the repository: the tests read them from IMSCC_SCHEMAS, by default
# ../shared/imscc/schemas11 beside the repository.
SCHEMAS = Path(
    os.environ.get("IMSCC_SCHEMAS")
    or Path(__file__).resolve().parents[2].parent / "shared" / "imscc" / "schemas11"
)
needs_schemas = pytest.mark.skipif(
    not (SCHEMAS / "cc11libxml2validator.xsd").is_file(),
    reason=f"The IMS CC 1.1 schemas are not in {SCHEMAS} (set IMSCC_SCHEMAS).",
)

CP = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
NS = {
    "cp": CP,
    "lom": "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest",
    "wl": "http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1",
    "h": "http://www.w3.org/1999/xhtml",
}
PDF = b"%PDF-1.4\n% demo\n"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def illustrated(learning_path):
    """The path, with an image in the project's achievements and one in the card's text."""
    portal = learning_path.portal
    portal.project.achievements.create(
        date=datetime.date(2020, 9, 15),
        title="Seconda pozza scavata",
        text="<p>Ancora.</p>",
        image=wagtail_factories.ImageFactory(title="Pozza"),
    )
    portal.project.save_revision().publish()
    image = wagtail_factories.ImageFactory(title="Cascina")
    portal.card.challenge = (
        "<p>Gli agricoltori non partecipano agli incontri.</p>"
        f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="Una cascina"/>'
    )
    portal.card.listing_summary = "Incontri serali nelle aziende agricole."
    portal.card.save_revision().publish()
    return learning_path


def cartridge(page):
    return zipfile.ZipFile(io.BytesIO(build_cartridge(page)))


def manifest(archive):
    return etree.fromstring(archive.read("imsmanifest.xml"))


def schema(name):
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def resource_of(tree, item):
    (resource,) = tree.xpath(
        "//cp:resource[@identifier=$ref]", namespaces=NS, ref=item.get("identifierref")
    )
    return resource


def outline(tree):
    """[(module title, [(item id, step title, resource id, resource type)])]"""
    return [
        (
            module.findtext("cp:title", namespaces=NS),
            [
                (
                    item.get("identifier"),
                    item.findtext("cp:title", namespaces=NS),
                    item.get("identifierref"),
                    resource_of(tree, item).get("type"),
                )
                for item in module.xpath("cp:item", namespaces=NS)
            ],
        )
        for module in tree.xpath("cp:organizations/cp:organization/cp:item/cp:item", namespaces=NS)
    ]


def html_resources(archive):
    tree = manifest(archive)
    return [
        resource.get("href")
        for resource in tree.xpath("//cp:resource[@type='webcontent']", namespaces=NS)
        if resource.get("href").endswith(".html")
    ]


def read_html(archive, name):
    return etree.fromstring(archive.read(name))


# The manifest ------------------------------------------------------------------------------


@needs_schemas
def test_manifest_is_valid_against_the_cc11_schemas(illustrated):
    tree = manifest(cartridge(illustrated.page))

    schema("cc11libxml2validator.xsd").assertValid(tree)


def test_manifest_declares_its_namespace_where_moodle_looks(learning_path):
    data = cartridge(learning_path.page).read("imsmanifest.xml")

    assert f'xmlns="{CP}"'.encode() in data[:500]


def test_manifest_describes_the_path_in_its_language(learning_path):
    tree = manifest(cartridge(learning_path.page))

    assert tree.findtext("cp:metadata/cp:schema", namespaces=NS) == "IMS Common Cartridge"
    assert tree.findtext("cp:metadata/cp:schemaversion", namespaces=NS) == "1.1.0"
    (general,) = tree.xpath("cp:metadata/lom:lom/lom:general", namespaces=NS)
    (title,) = general.xpath("lom:title/lom:string", namespaces=NS)
    assert (title.text, title.get("language")) == ("Coinvolgere gli agricoltori", "it")
    (description,) = general.xpath("lom:description/lom:string", namespaces=NS)
    assert (description.text, description.get("language")) == (
        "Un percorso tra le esperienze.",
        "it",
    )
    assert general.findtext("lom:language", namespaces=NS) == "it"


def test_modules_become_sections_and_steps_their_items_in_order(learning_path):
    tree = manifest(cartridge(learning_path.page))

    (organization,) = tree.xpath("cp:organizations/cp:organization", namespaces=NS)
    assert organization.get("structure") == "rooted-hierarchy"
    assert len(organization.xpath("cp:item", namespaces=NS)) == 1
    assert [
        (module, [(title, kind) for _, title, _, kind in items]) for module, items in outline(tree)
    ] == [
        (
            "Capire il contesto",
            [
                ("Rane e risaie", "webcontent"),
                ("Coinvolgere gli agricoltori", "webcontent"),
                ("Incontri in cascina", "webcontent"),
            ],
        ),
        (
            "Mettere in pratica",
            [
                ("Scheda da compilare", "webcontent"),
                ("Guida regionale per gli agricoltori", "imswl_xmlv1p1"),
            ],
        ),
    ]


@needs_schemas
def test_broken_steps_are_left_out(learning_path):
    portal = learning_path.portal
    portal.theme.unpublish()
    portal.card.delete()
    learning_path.document.delete()

    tree = manifest(cartridge(learning_path.page))

    schema("cc11libxml2validator.xsd").assertValid(tree)
    assert [(module, [title for _, title, _, _ in items]) for module, items in outline(tree)] == [
        ("Capire il contesto", ["Rane e risaie"]),
        ("Mettere in pratica", ["Guida regionale per gli agricoltori"]),
    ]


# Weblinks and the zip --------------------------------------------------------------------


@needs_schemas
def test_every_weblink_is_valid(learning_path):
    archive = cartridge(learning_path.page)
    tree = manifest(archive)
    weblink_schema = schema("ccv1p1_imswl_v1p1.xsd")

    weblinks = tree.xpath("//cp:resource[@type='imswl_xmlv1p1']/cp:file/@href", namespaces=NS)
    assert len(weblinks) == 1
    for name in weblinks:
        weblink = etree.fromstring(archive.read(name))
        weblink_schema.assertValid(weblink)
        assert weblink.findtext("wl:title", namespaces=NS) == (
            "Guida regionale per gli agricoltori"
        )
        assert weblink.find("wl:url", namespaces=NS).get("href") == (
            "https://www.example.org/guida-agricoltori"
        )


def test_zip_holds_the_manifest_and_exactly_the_files_it_lists(illustrated):
    archive = cartridge(illustrated.page)
    tree = manifest(archive)

    assert archive.namelist()[0] == "imsmanifest.xml"
    listed = tree.xpath("//cp:file/@href", namespaces=NS)
    assert len(listed) == len(set(listed))
    assert set(listed) == set(archive.namelist()) - {"imsmanifest.xml"}
    for resource in tree.xpath("//cp:resource[@href]", namespaces=NS):
        assert resource.get("href") in resource.xpath("cp:file/@href", namespaces=NS)
    assert archive.testzip() is None


def test_the_document_is_packed(learning_path):
    archive = cartridge(learning_path.page)
    tree = manifest(archive)

    (item,) = tree.xpath("//cp:item[cp:title='Scheda da compilare']", namespaces=NS)
    resource = resource_of(tree, item)
    assert resource.get("type") == "webcontent"
    assert resource.get("href").endswith(".pdf")
    assert archive.read(resource.get("href")) == PDF


# Identifiers --------------------------------------------------------------------------------


def test_identifiers_and_bytes_are_stable_across_exports(illustrated):
    first = build_cartridge(illustrated.page)
    second = build_cartridge(illustrated.page)

    assert first == second
    tree = manifest(zipfile.ZipFile(io.BytesIO(first)))
    identifiers = tree.xpath("//@identifier")
    assert len(identifiers) == len(set(identifiers))
    assert all(identifier[0].isalpha() for identifier in identifiers)


def test_old_steps_keep_their_identifiers_when_a_step_is_added(learning_path):
    page = learning_path.page
    before = outline(manifest(cartridge(page)))

    page.steps.create(
        sort_order=-1,
        locale=page.locale,
        module="Per cominciare",
        url="https://www.example.org/introduzione",
        title="Introduzione",
    )
    page.save_revision().publish()
    after = outline(manifest(cartridge(LearningPathPage.objects.get(pk=page.pk))))

    assert [module for module, _ in after] == ["Per cominciare", *[m for m, _ in before]]
    assert after[1:] == before
    assert after[0][1][0][1] == "Introduzione"


# HTML resources -----------------------------------------------------------------------------


def test_pages_become_well_formed_html_with_their_images_packed(illustrated, settings):
    archive = cartridge(illustrated.page)
    names = set(archive.namelist())
    portal = illustrated.portal

    resources = html_resources(archive)
    assert len(resources) == 3
    images = []
    for name in resources:
        data = archive.read(name)
        assert data.startswith(b"<!DOCTYPE html>")
        # Read as HTML too: only void elements are self-closed.
        assert set(re.findall(rb"<(\w+)[^<>]*/>", data)) <= {b"meta", b"img", b"br", b"hr"}
        html = read_html(archive, name)
        assert html.get("lang") == "it"
        assert html.xpath("h:head/h:meta/@charset", namespaces=NS) == ["utf-8"]
        assert not html.xpath("//h:form | //h:script | //h:nav", namespaces=NS)
        for src in html.xpath("//h:img/@src", namespaces=NS):
            assert "://" not in src
            packed = posixpath.normpath(posixpath.join(posixpath.dirname(name), src))
            assert packed in names
            images.append(archive.read(packed))
    renditions = [path.read_bytes() for path in Path(settings.MEDIA_ROOT).glob("images/*")]
    assert len(images) == 2
    assert all(image in renditions for image in images)

    card = next(
        read_html(archive, name)
        for name in resources
        if b"Incontri in cascina</h1>" in archive.read(name)
    )
    text = " ".join("".join(card.itertext()).split())
    assert "Incontri serali nelle aziende agricole." in text
    assert "La soluzione in breve." in text
    assert "Gli agricoltori non partecipano agli incontri." in text
    with translation.override("it"):
        read_on = gettext("Read on the portal")
    (back,) = card.xpath(f"//h:a[.='{read_on}']/@href", namespaces=NS)
    assert back == portal.card.full_url
    links = card.xpath("//h:main//h:a/@href", namespaces=NS)
    assert portal.project.full_url in links
    assert len(card.xpath("//h:h1", namespaces=NS)) == 1


def test_the_step_note_and_question_are_in_the_page(learning_path):
    archive = cartridge(learning_path.page)
    project = next(
        read_html(archive, name)
        for name in html_resources(archive)
        if b"Rane e risaie</h1>" in archive.read(name)
    )

    text = " ".join("".join(project.itertext()).split())
    assert "Leggete come il progetto ha lavorato con le risaie." in text
    assert "Chi sono gli agricoltori del vostro territorio?" in text
    assert "Capire il contesto" in text


def test_a_private_page_is_a_link_to_the_portal(learning_path):
    card = learning_path.portal.card
    PageViewRestriction.objects.create(page=card, restriction_type=PageViewRestriction.LOGIN)

    archive = cartridge(learning_path.page)
    tree = manifest(archive)

    (item,) = tree.xpath("//cp:item[cp:title='Incontri in cascina']", namespaces=NS)
    resource = resource_of(tree, item)
    assert resource.get("type") == "imswl_xmlv1p1"
    (name,) = resource.xpath("cp:file/@href", namespaces=NS)
    weblink = etree.fromstring(archive.read(name))
    assert weblink.find("wl:url", namespaces=NS).get("href") == card.full_url
    assert len(html_resources(archive)) == 2
    assert [n for n in archive.namelist() if n.startswith(item.get("identifierref"))] == [name]


def test_a_private_document_is_a_link_to_the_portal(learning_path):
    document = learning_path.document
    CollectionViewRestriction.objects.create(
        collection=document.collection, restriction_type=CollectionViewRestriction.LOGIN
    )

    archive = cartridge(learning_path.page)
    tree = manifest(archive)

    (item,) = tree.xpath("//cp:item[cp:title='Scheda da compilare']", namespaces=NS)
    resource = resource_of(tree, item)
    assert resource.get("type") == "imswl_xmlv1p1"
    (name,) = resource.xpath("cp:file/@href", namespaces=NS)
    weblink = etree.fromstring(archive.read(name))
    root_url = learning_path.page.get_site().root_url
    assert weblink.find("wl:url", namespaces=NS).get("href") == root_url + document.url
    assert all(archive.read(name) != PDF for name in archive.namelist())


# Translations -----------------------------------------------------------------------------


def test_an_english_path_exports_in_english_with_the_same_identifiers(learning_path, translate):
    italian = outline(manifest(cartridge(learning_path.page)))
    translate(learning_path.index)
    english = translate(learning_path.page)

    tree = manifest(cartridge(english))

    (general,) = tree.xpath("cp:metadata/lom:lom/lom:general", namespaces=NS)
    assert general.findtext("lom:language", namespaces=NS) == "en"
    (title,) = general.xpath("lom:title/lom:string", namespaces=NS)
    assert (title.text, title.get("language")) == ("Coinvolgere gli agricoltori (EN)", "en")
    assert [[item[0] for item in items] for _, items in outline(tree)] == [
        [item[0] for item in items] for _, items in italian
    ]


# The download link and the command ----------------------------------------------------------


def test_download_serves_the_cartridge(client, learning_path, django_assert_max_num_queries):
    page = learning_path.page

    with django_assert_max_num_queries(80):
        response = client.get(page.url + "moodle/")

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "application/vnd.ims.imsccv1p1"
    assert response["Content-Disposition"] == (
        'attachment; filename="coinvolgere-gli-agricoltori.imscc"'
    )
    assert cartridge_filename(page) == "coinvolgere-gli-agricoltori.imscc"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.namelist()[0] == "imsmanifest.xml"
    assert response.content == build_cartridge(page)


def test_download_of_a_private_path_asks_to_sign_in(client, learning_path):
    page = learning_path.page
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(page.url + "moodle/")

    assert response.status_code == HTTPStatus.FOUND
    assert "/login/" in response["Location"]


def test_download_refuses_a_post(client, learning_path):
    response = client.post(learning_path.page.url + "moodle/")

    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_command_exports_by_id_and_by_slug(learning_path, tmp_path, capsys):
    page = learning_path.page
    by_id, by_slug = tmp_path / "by-id.imscc", tmp_path / "by-slug.imscc"

    call_command("export_learning_path", str(page.pk), "-o", str(by_id))
    call_command("export_learning_path", page.slug, "--output", str(by_slug))

    assert by_id.read_bytes() == by_slug.read_bytes() == build_cartridge(page)
    assert "Exported “Coinvolgere gli agricoltori” (it): 5 of 5 steps" in capsys.readouterr().out


def test_command_reports_left_out_steps(learning_path, tmp_path, capsys):
    learning_path.portal.theme.unpublish()

    call_command("export_learning_path", str(learning_path.page.pk), "-o", str(tmp_path / "p"))

    output = capsys.readouterr()
    assert "Step 2 left out" in output.err
    assert "4 of 5 steps" in output.out


@pytest.mark.parametrize("reference", ["percorso-inesistente", "999999"])
def test_command_refuses_an_unknown_path(learning_path, tmp_path, reference):
    output = tmp_path / "path.imscc"

    with pytest.raises(CommandError, match="There is no learning path"):
        call_command("export_learning_path", reference, "-o", str(output))
    assert not output.exists()


def test_command_picks_the_language_of_a_slug(learning_path, translate, tmp_path):
    translate(learning_path.index)
    english = translate(learning_path.page)
    english.slug = learning_path.page.slug
    english.save_revision().publish()
    output = tmp_path / "path.imscc"

    call_command("export_learning_path", english.slug, "--locale", "en", "-o", str(output))

    tree = manifest(zipfile.ZipFile(output))
    assert tree.findtext(".//lom:general/lom:language", namespaces=NS) == "en"
    call_command("export_learning_path", english.slug, "-o", str(output))
    tree = manifest(zipfile.ZipFile(output))
    assert tree.findtext(".//lom:general/lom:language", namespaces=NS) == "it"
