"""Who may do what, through Wagtail's own admin views.

Partners add solution cards and lessons and edit their own project's achievements and issues,
always through moderation; Editors approve and publish; Translators never edit nor publish
the Italian source pages (their own matrix is in tests/translation/test_permissions.py).
"""

import datetime
from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from cdp_pages import roles
from cdp_pages.models import LessonLearnedPage, ProjectPage, SolutionCardPage
from tests import factories

PROFILE_FIELDS = ["start_date", "end_date", "budget", "contribution", "status"]


# Users ------------------------------------------------------------------------------------


@pytest.fixture
def other_partner(portal):
    """A partner of another project of the same community."""
    other_project = factories.ProjectPageFactory(parent=portal.community, title="Api e prati")
    user = factories.UserFactory(username="giulia", groups=[roles.PARTNERS])
    roles.add_project_partner(user, other_project)
    user.project = other_project
    return user


# Helpers ----------------------------------------------------------------------------------


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def card_form(title, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "challenge": rich_text("<p>Gli agricoltori non vengono agli incontri.</p>"),
            "solution": rich_text("<p>Andiamo noi in cascina, la sera.</p>"),
            "steps": streamfield(
                [
                    (
                        "step",
                        {
                            "title": "Chiamare il presidente del consorzio",
                            "description": rich_text("<p>Una telefonata, non una mail.</p>"),
                        },
                    )
                ]
            ),
            "maturity": SolutionCardPage.Maturity.TESTED,
            **extra,
        }
    )


def edit_form(client, page):
    """The page's edit form as the user sees it, ready to post back."""
    response = client.get(edit_url(page))
    assert response.status_code == HTTPStatus.OK
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    # Drop the empty templates of the inline panels (rendered for the JavaScript).
    for key in [key for key in data if "__prefix__" in key]:
        del data[key]
    return data


def add_achievement(data, title):
    """Add an achievement to the posted data of a project's edit form."""
    index = int(data["achievements-TOTAL_FORMS"])
    data.update(
        {
            f"achievements-{index}-date": "2020-06-15",
            f"achievements-{index}-title": title,
            f"achievements-{index}-text": rich_text("<p>Trenta volontari al lavoro.</p>"),
            f"achievements-{index}-image": "",
            f"achievements-{index}-document": "",
            f"achievements-{index}-id": "",
            f"achievements-{index}-ORDER": str(index + 1),
            f"achievements-{index}-DELETE": "",
        }
    )
    data["achievements-TOTAL_FORMS"] = str(index + 1)
    return data


def is_denied(response, url):
    """Wagtail answers a refused admin view with a 403 or a redirect elsewhere."""
    if response.status_code == HTTPStatus.FOUND:
        return response["Location"] != url
    return response.status_code == HTTPStatus.FORBIDDEN


# Roles, workflow and project groups as set up by ensure_roles -----------------------------


@pytest.mark.django_db
def test_ensure_roles_is_idempotent_and_sends_moderation_to_editors():
    roles.ensure_roles()
    roles.ensure_roles()

    root = Page.objects.get(depth=1)
    workflow = WorkflowPage.objects.get(page=root).workflow
    assert workflow.name == roles.WORKFLOW_NAME
    assert workflow.active
    assert Workflow.objects.filter(name=roles.WORKFLOW_NAME).count() == 1
    tasks = [task.specific for task in workflow.tasks]
    assert len(tasks) == 1
    assert isinstance(tasks[0], GroupApprovalTask)
    assert [group.name for group in tasks[0].groups.all()] == [roles.EDITORS]
    # Wagtail's own Moderators keep no page permissions: they moderate comments.
    assert not GroupPagePermission.objects.filter(group__name=roles.MODERATORS).exists()
    assert sorted(
        Group.objects.get(name=roles.MODERATORS).permissions.values_list("codename", flat=True)
    ) == ["access_admin", "can_moderate"]


@pytest.mark.django_db
def test_editors_hold_the_project_profile_and_snippet_permissions():
    editors = Group.objects.get(name=roles.EDITORS)
    codenames = set(editors.permissions.values_list("codename", flat=True))
    assert "change_project_profile" in codenames
    for model in ("organization", "person", "topic"):
        assert {f"add_{model}", f"change_{model}", f"delete_{model}"} <= codenames
    partners = Group.objects.get(name=roles.PARTNERS)
    assert not partners.permissions.filter(codename="change_project_profile").exists()


def test_new_indexes_get_the_partners_add_permission(portal, home_en):
    """Index pages made after migrate (seed_demo, editors, translations) get it too."""
    english_solutions = factories.SolutionIndexPageFactory(parent=home_en, slug="solutions")
    add = Permission.objects.get(content_type__app_label="wagtailcore", codename="add_page")
    partners = Group.objects.get(name=roles.PARTNERS)
    for index in (portal.solutions, portal.lessons, english_solutions):
        assert GroupPagePermission.objects.filter(
            group=partners, page=index, permission=add
        ).exists()
    # ensure_roles keeps them and adds nothing else.
    roles.ensure_roles()
    assert set(
        GroupPagePermission.objects.filter(group=partners).values_list("page_id", flat=True)
    ) == {portal.solutions.pk, portal.lessons.pk, english_solutions.pk}


def test_each_project_has_its_own_group(portal):
    project = portal.project
    group = roles.project_group(project)
    assert group.name == f"Partners · project {project.pk} · Rane e risaie"
    perms = GroupPagePermission.objects.filter(group=group)
    assert [(perm.page_id, perm.permission.codename) for perm in perms] == [
        (project.pk, "change_page")
    ]
    assert group.permissions.filter(codename="access_admin").exists()

    # The group follows the title, keyed on the page id.
    project.title = "Rane, risaie e aironi"
    project.save_revision().publish()
    group.refresh_from_db()
    assert group.name == f"Partners · project {project.pk} · Rane, risaie e aironi"
    assert roles.project_group(project) == group

    # Very long titles are cut to what a group name can hold.
    project.title = "Rane " * 50
    project.save()
    assert len(roles.project_group(project).name) <= roles.GROUP_NAME_MAX_LENGTH

    # ensure_roles changes nothing, then a deleted project takes its group with it.
    roles.ensure_roles()
    assert Group.objects.filter(name__startswith=f"Partners · project {project.pk} ").count() == 1
    page_id = project.pk
    project.delete()
    assert not Group.objects.filter(name__startswith=f"Partners · project {page_id} ").exists()


def test_ensure_roles_recreates_missing_project_groups(portal):
    roles.project_group(portal.project).delete()
    stale = Group.objects.create(name="Partners · project 999999 · Progetto cancellato")
    roles.ensure_roles()
    assert roles.project_group(portal.project) is not None
    assert not Group.objects.filter(pk=stale.pk).exists()


def test_translated_projects_get_no_group(portal, home_en):
    english = factories.CommunityIndexPageFactory(parent=home_en, slug="communities")
    community = factories.CommunityPageFactory(parent=english)
    project = factories.ProjectPageFactory(parent=community)
    assert roles.project_group(project) is None


# Partners ---------------------------------------------------------------------------------


def test_partner_submits_a_new_solution_card_for_moderation(client, portal, partner):
    client.force_login(partner)
    response = client.post(
        add_url(SolutionCardPage, portal.solutions),
        card_form("Incontri serali", **{"action-submit": "action-submit"}),
    )
    assert response.status_code == HTTPStatus.FOUND

    card = SolutionCardPage.objects.get(slug="incontri-serali")
    assert card.owner == partner
    assert not card.live
    assert card.get_parent().pk == portal.solutions.pk
    state = WorkflowState.objects.get(object_id=str(card.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == partner
    task = state.current_task_state.task.specific
    assert [group.name for group in task.groups.all()] == [roles.EDITORS]
    # The partner edits what they own, and cannot approve it.
    assert card.permissions_for_user(partner).can_edit()
    assert not card.permissions_for_user(partner).can_publish()
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[card.pk, "approve", state.current_task_state.pk],
    )
    assert is_denied(client.post(url), url)
    card.refresh_from_db()
    assert not card.live
    assert card.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_partner_submits_a_lesson(client, portal, partner):
    client.force_login(partner)
    response = client.post(
        add_url(LessonLearnedPage, portal.lessons),
        nested_form_data(
            {
                "title": "Parlare con i proprietari",
                "slug": "parlare-con-i-proprietari",
                "statement": "Coinvolgere presto i proprietari evita conflitti.",
                "kind": LessonLearnedPage.Kind.WORKED,
                "evidence_strength": LessonLearnedPage.Strength.ONE_PROJECT,
                "action-submit": "action-submit",
            }
        ),
    )
    assert response.status_code == HTTPStatus.FOUND
    lesson = LessonLearnedPage.objects.get(slug="parlare-con-i-proprietari")
    assert not lesson.live
    assert lesson.workflow_in_progress


def test_partner_cannot_publish(client, portal, partner):
    client.force_login(partner)
    client.post(
        add_url(SolutionCardPage, portal.solutions),
        card_form("Pubblicata da sola", **{"action-publish": "action-publish"}),
    )
    card = SolutionCardPage.objects.get(slug="pubblicata-da-sola")
    assert not card.live
    assert card.first_published_at is None

    # Nor through the edit view of a page they own.
    response = client.post(
        edit_url(card), card_form("Pubblicata da sola", **{"action-publish": "action-publish"})
    )
    card.refresh_from_db()
    assert not card.live
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)


def test_partner_cannot_add_pages_elsewhere(client, portal, partner):
    client.force_login(partner)
    url = add_url(ProjectPage, portal.community)
    assert is_denied(client.get(url), url)
    assert not portal.community.permissions_for_user(partner).can_add_subpage()


def test_partner_cannot_edit_another_partners_card(client, portal, partner, other_partner):
    card = factories.SolutionCardPageFactory(
        parent=portal.solutions, title="La scheda di Giulia", owner=other_partner
    )
    client.force_login(other_partner)
    assert client.get(edit_url(card)).status_code == HTTPStatus.OK

    client.force_login(partner)
    url = edit_url(card)
    revisions = card.revisions.count()
    assert is_denied(client.get(url), url)
    response = client.post(url, card_form("Cambiata", **{"action-submit": "action-submit"}))
    assert is_denied(response, url)
    card.refresh_from_db()
    assert card.title == "La scheda di Giulia"
    assert card.revisions.count() == revisions
    # Nor the cards nobody owns, such as the editors' ones.
    url = edit_url(portal.card)
    assert is_denied(client.get(url), url)


def test_partner_edits_their_projects_achievements_through_moderation(
    client, portal, partner, editor
):
    project = portal.project
    client.force_login(partner)
    data = add_achievement(edit_form(client, project), "Seconda pozza scavata")
    data["action-submit"] = "action-submit"
    response = client.post(edit_url(project), data)
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors

    project.refresh_from_db()
    # The live page is unchanged until an editor approves.
    assert [item.title for item in project.achievements.all()] == ["Prima pozza scavata"]
    draft = project.latest_revision.as_object()
    assert {item.title for item in draft.achievements.all()} == {
        "Prima pozza scavata",
        "Seconda pozza scavata",
    }
    state = project.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    # An editor approves, and the change goes live.
    client.force_login(editor)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[project.pk, "approve", state.current_task_state.pk],
        )
    )
    assert response.status_code == HTTPStatus.FOUND
    project = ProjectPage.objects.get(pk=project.pk)
    assert {item.title for item in project.achievements.all()} == {
        "Prima pozza scavata",
        "Seconda pozza scavata",
    }


def test_partner_edits_their_projects_issues(client, portal, partner):
    client.force_login(partner)
    data = edit_form(client, portal.project)
    data["issues-0-status"] = "addressed"
    data["action-submit"] = "action-submit"
    assert client.post(edit_url(portal.project), data).status_code == HTTPStatus.FOUND
    draft = ProjectPage.objects.get(pk=portal.project.pk).latest_revision.as_object()
    assert [issue.status for issue in draft.issues.all()] == ["addressed"]


def test_partner_cannot_edit_another_project(client, portal, partner, other_partner):
    client.force_login(partner)
    url = edit_url(other_partner.project)
    assert is_denied(client.get(url), url)
    response = client.post(url, {"title": "Preso", "action-submit": "action-submit"})
    assert is_denied(response, url)
    assert ProjectPage.objects.get(pk=other_partner.project.pk).title == "Api e prati"
    # And the other partner cannot edit the first project.
    client.force_login(other_partner)
    url = edit_url(portal.project)
    assert is_denied(client.get(url), url)


def test_partner_does_not_see_nor_submit_the_project_profile(client, portal, partner):
    client.force_login(partner)
    response = client.get(edit_url(portal.project))
    form = response.context["form"]
    for name in PROFILE_FIELDS:
        assert name not in form.fields
        assert f'name="{name}"' not in response.content.decode()

    data = edit_form(client, portal.project)
    data.update(
        {
            "budget": "1",
            "contribution": "1",
            "status": ProjectPage.Status.COMPLETED,
            "end_date": "2030-01-01",
            "action-submit": "action-submit",
        }
    )
    assert client.post(edit_url(portal.project), data).status_code == HTTPStatus.FOUND
    draft = ProjectPage.objects.get(pk=portal.project.pk).latest_revision.as_object()
    assert draft.budget == 800000
    assert draft.contribution == 500000
    assert draft.status == ProjectPage.Status.ONGOING
    assert draft.end_date == datetime.date(2021, 2, 28)


# Editors ----------------------------------------------------------------------------------


def test_editor_sees_and_changes_the_project_profile(client, portal, editor):
    client.force_login(editor)
    response = client.get(edit_url(portal.project))
    for name in PROFILE_FIELDS:
        assert name in response.context["form"].fields
    data = edit_form(client, portal.project)
    data.update({"budget": "900000.00", "action-publish": "action-publish"})
    assert client.post(edit_url(portal.project), data).status_code == HTTPStatus.FOUND
    assert ProjectPage.objects.get(pk=portal.project.pk).budget == 900000


def test_editor_publishes(client, portal, editor):
    client.force_login(editor)
    response = client.post(
        add_url(SolutionCardPage, portal.solutions),
        card_form("Pubblicata dalla redazione", **{"action-publish": "action-publish"}),
    )
    assert response.status_code == HTTPStatus.FOUND
    card = SolutionCardPage.objects.get(slug="pubblicata-dalla-redazione")
    assert card.live
    assert card.permissions_for_user(editor).can_publish()


def test_editor_publishes_a_partners_card(client, portal, partner, editor):
    client.force_login(partner)
    client.post(
        add_url(SolutionCardPage, portal.solutions),
        card_form("Dal partner", **{"action-submit": "action-submit"}),
    )
    card = SolutionCardPage.objects.get(slug="dal-partner")
    assert not card.live

    client.force_login(editor)
    response = client.post(
        edit_url(card), card_form("Dal partner", **{"action-publish": "action-publish"})
    )
    assert response.status_code == HTTPStatus.FOUND
    card.refresh_from_db()
    assert card.live
    assert card.owner == partner


# Translators ------------------------------------------------------------------------------


def test_translator_cannot_publish_italian_pages(client, portal, translator):
    for page in (portal.card, portal.project, portal.home):
        perms = page.permissions_for_user(translator)
        assert not perms.can_publish()
        assert not perms.can_edit()

    client.force_login(translator)
    url = edit_url(portal.card)
    revisions = portal.card.revisions.count()
    response = client.post(
        url, card_form("Tradotta e pubblicata", **{"action-publish": "action-publish"})
    )
    assert is_denied(response, url)
    card = SolutionCardPage.objects.get(pk=portal.card.pk)
    assert card.title == "Incontri in cascina"
    assert card.revisions.count() == revisions


def test_translator_edits_and_publishes_the_english_tree_but_adds_nothing(home_en, translator):
    """The structure is the editors' (see tests/translation/test_permissions.py)."""
    page = factories.SolutionIndexPageFactory(parent=home_en, slug="solutions")
    perms = page.permissions_for_user(translator)
    assert perms.can_edit()
    assert perms.can_publish()
    assert not perms.can_add_subpage()
    assert not perms.can_move_to(home_en)
