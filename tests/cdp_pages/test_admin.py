"""The snippets' admin: Editors manage organizations, people and topics; other roles do not."""

from http import HTTPStatus

import pytest
from django.urls import reverse
from wagtail.models import Locale

from cdp_pages import roles
from cdp_pages.models import Organization, Person, Topic
from tests import factories

SNIPPETS = [Organization, Person, Topic]


def url(model, view, *args):
    return reverse(model.snippet_viewset.get_url_name(view), args=args)


def is_denied(response, requested):
    """Wagtail answers a refused admin view with a 403 or a redirect elsewhere."""
    if response.status_code == HTTPStatus.FOUND:
        return response["Location"] != requested
    return response.status_code == HTTPStatus.FORBIDDEN


@pytest.fixture
def organizations(db):
    return [
        factories.OrganizationFactory(name="Parco del Ticino immaginario"),
        factories.OrganizationFactory(
            name="Legambiente immaginaria", kind=Organization.Kind.ASSOCIATION
        ),
        factories.OrganizationFactory(
            name="Università immaginaria", kind=Organization.Kind.RESEARCH
        ),
    ]


# Editors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("model", SNIPPETS, ids=lambda model: model.__name__)
def test_editor_lists_and_opens_the_add_form(client, editor, organizations, model):
    factories.PersonFactory(affiliation=organizations[0])
    factories.TopicFactory()
    client.force_login(editor)
    assert client.get(url(model, "list")).status_code == HTTPStatus.OK
    assert client.get(url(model, "add")).status_code == HTTPStatus.OK
    item = model.objects.first()
    assert client.get(url(model, "edit", item.pk)).status_code == HTTPStatus.OK
    assert client.get(url(model, "delete", item.pk)).status_code == HTTPStatus.OK


def test_editor_creates_edits_and_deletes_an_organization(client, editor):
    client.force_login(editor)
    response = client.post(
        url(Organization, "add"),
        {
            "name": "Consorzio di bonifica immaginario",
            "kind": Organization.Kind.PUBLIC_BODY,
            "website": "https://example.org/consorzio",
            "place": "Mantova (MN)",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    organization = Organization.objects.get(name="Consorzio di bonifica immaginario")
    assert organization.kind == Organization.Kind.PUBLIC_BODY

    response = client.post(
        url(Organization, "edit", organization.pk),
        {
            "name": organization.name,
            "kind": Organization.Kind.PUBLIC_BODY,
            "website": "",
            "place": "Ostiglia (MN)",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    organization.refresh_from_db()
    assert organization.place == "Ostiglia (MN)"

    response = client.post(url(Organization, "delete", organization.pk))
    assert response.status_code == HTTPStatus.FOUND
    assert not Organization.objects.filter(pk=organization.pk).exists()


def test_editor_creates_a_person(client, editor, organizations):
    client.force_login(editor)
    response = client.post(
        url(Person, "add"),
        {
            "name": "Chiara Facilitatrice",
            "affiliation": organizations[0].pk,
            "role": "Facilitatrice",
            "bio": "",
            "photo": "",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    assert Person.objects.get(name="Chiara Facilitatrice").affiliation == organizations[0]


def test_editor_creates_a_topic_in_the_default_locale(client, editor):
    client.force_login(editor)
    response = client.post(
        url(Topic, "add") + "?locale=it",
        {"name": "Prati stabili", "kind": Topic.Kind.HABITAT, "description": ""},
    )
    assert response.status_code == HTTPStatus.FOUND
    topic = Topic.objects.get(name="Prati stabili")
    assert topic.locale == Locale.objects.get(language_code="it")
    assert topic.slug == "prati-stabili"


def test_organizations_filter_by_kind(client, editor, organizations):
    client.force_login(editor)
    response = client.get(url(Organization, "list"), {"kind": Organization.Kind.ASSOCIATION})
    assert response.status_code == HTTPStatus.OK
    listed = list(response.context["object_list"])
    assert listed == [organizations[1]]


def test_organizations_search(client, editor, organizations):
    client.force_login(editor)
    response = client.get(url(Organization, "list"), {"q": "Legambiente"})
    assert response.status_code == HTTPStatus.OK
    assert list(response.context["object_list"]) == [organizations[1]]


def test_topics_filter_by_kind(client, editor):
    habitat = factories.TopicFactory(name="Torbiere", kind=Topic.Kind.HABITAT)
    factories.TopicFactory(name="Incontri in cascina", kind=Topic.Kind.ACTION_TYPE)
    client.force_login(editor)
    response = client.get(url(Topic, "list"), {"kind": Topic.Kind.HABITAT})
    assert list(response.context["object_list"]) == [habitat]


def test_snippets_are_grouped_in_one_menu(client, editor):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == HTTPStatus.OK
    content = response.content.decode()
    assert "communities-of-practice" in content
    for model in SNIPPETS:
        assert url(model, "list") in content


# Other roles ------------------------------------------------------------------------------


@pytest.mark.parametrize("model", SNIPPETS, ids=lambda model: model.__name__)
def test_partner_cannot_manage_snippets(client, partner, organizations, model):
    factories.PersonFactory(affiliation=organizations[0])
    factories.TopicFactory()
    item = model.objects.first()
    client.force_login(partner)
    for requested in (
        url(model, "list"),
        url(model, "add"),
        url(model, "edit", item.pk),
        url(model, "delete", item.pk),
    ):
        assert is_denied(client.get(requested), requested)
    count = model.objects.count()
    client.post(url(model, "add"), {"name": "Di nascosto", "kind": "other"})
    client.post(url(model, "delete", item.pk))
    assert model.objects.count() == count


def test_partner_does_not_see_the_snippets_menu(client, partner):
    client.force_login(partner)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == HTTPStatus.OK
    assert "communities-of-practice" not in response.content.decode()


def test_partner_chooses_organizations_for_their_project(client, partner, organizations):
    """The project's partners panel needs the organization chooser, not the listing."""
    client.force_login(partner)
    choose = reverse(Organization.snippet_viewset.chooser_viewset.get_url_name("choose"))
    response = client.get(choose)
    assert response.status_code == HTTPStatus.OK
    assert "Legambiente immaginaria" in response.json()["html"]


@pytest.mark.parametrize("group", [roles.MODERATORS, roles.TRANSLATORS])
def test_moderators_and_translators_cannot_manage_snippets(client, organizations, group):
    user = factories.UserFactory(username=f"user-{group}", groups=[group])
    client.force_login(user)
    for model in SNIPPETS:
        requested = url(model, "add")
        assert is_denied(client.get(requested), requested)
