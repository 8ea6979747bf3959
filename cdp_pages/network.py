"""The relational capital of a community drawn as an accessible, server-rendered SVG.

`CommunityPage.relational_capital()` gives the projects, the partner organizations (each
with its projects in the community and its number of projects in every community) and the
counts. `network_svg()` draws them as a bipartite graph: projects in the left column,
organizations in the right one, a line for each membership. Organizations in more than one
project of the community are highlighted. The layout depends only on the data, so the same
network always gives the same picture, and no JavaScript is needed.

The picture is one `role="img"` with a title and a description; the table that
`relational_capital.html` renders beside it carries the same information for everyone.
"""

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

__all__ = ["Layout", "layout", "network_svg", "summary"]

WIDTH = 860
ROW = 26  # vertical distance between two organizations
TOP = 40  # room for the column headings
BOTTOM = 16
PROJECT_X = 260
ORGANIZATION_X = 520
PROJECT_RADIUS = 9
ORGANIZATION_RADIUS = 6
SHARED_RADIUS = 8
LABEL_GAP = 14
LABEL_CHARS = 32


@dataclass(frozen=True)
class Node:
    key: str
    label: str
    x: float
    y: float
    radius: float
    shared: bool = False
    across: bool = False
    lead: bool = False


@dataclass(frozen=True)
class Edge:
    source: Node
    target: Node
    shared: bool


@dataclass(frozen=True)
class Layout:
    width: int
    height: int
    projects: list
    organizations: list
    edges: list


def _short(text, limit=LABEL_CHARS):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def layout(network):
    """Place the nodes: projects in title order, organizations by the mean position of their
    projects (so that lines cross as little as a simple rule allows), then by name."""
    projects = list(network["projects"])
    rows = list(network["organizations"])
    index = {project.pk: position for position, project in enumerate(projects)}

    def barycenter(row):
        positions = [index[p.pk] for p in row["projects"] if p.pk in index]
        return sum(positions) / len(positions) if positions else 0

    rows.sort(
        key=lambda row: (
            barycenter(row),
            -len(row["projects"]),
            str(row["organization"]).casefold(),
            row["organization"].pk,
        )
    )
    count = max(len(rows), len(projects), 1)
    height = TOP + count * ROW + BOTTOM
    span = count * ROW

    def spread(total, position):
        # Centre `total` items in the drawing's height, evenly.
        step = span / max(total, 1)
        return TOP + step * position + step / 2

    project_nodes = {}
    for position, project in enumerate(projects):
        project_nodes[project.pk] = Node(
            key=f"p{project.pk}",
            label=project.title,
            x=PROJECT_X,
            y=round(spread(len(projects), position), 1),
            radius=PROJECT_RADIUS,
        )
    organization_nodes = []
    edges = []
    for position, row in enumerate(rows):
        shared = len(row["projects"]) > 1
        node = Node(
            key=f"o{row['organization'].pk}",
            label=str(row["organization"]),
            x=ORGANIZATION_X,
            y=round(spread(len(rows), position), 1),
            radius=SHARED_RADIUS if shared else ORGANIZATION_RADIUS,
            shared=shared,
            across=row["total_projects"] > len(row["projects"]),
            lead=row.get("is_lead", False),
        )
        organization_nodes.append(node)
        for project in row["projects"]:
            if project.pk in project_nodes:
                edges.append(Edge(project_nodes[project.pk], node, shared))
    return Layout(
        width=WIDTH,
        height=height,
        projects=list(project_nodes.values()),
        organizations=organization_nodes,
        edges=edges,
    )


def summary(network):
    """The counts in words, for the description of the picture."""
    counts = network["counts"]
    return _(
        "Projects: %(projects)d. Partner organizations: %(organizations)d. "
        "Ties between them: %(ties)d. Organizations in more than one project of this "
        "community: %(shared)d. Organizations also in projects of other communities: "
        "%(across)d."
    ) % {
        "projects": counts["projects"],
        "organizations": counts["organizations"],
        "ties": counts["ties"],
        "shared": counts["shared"],
        "across": counts["across_communities"],
    }


def _node(node, css_class, anchor, label_x):
    classes = css_class
    if node.shared:
        classes += " is-shared"
    if node.across:
        classes += " is-across"
    if node.lead:
        classes += " is-lead"
    return format_html(
        '<g class="{}"><title>{}</title>'
        '<circle cx="{}" cy="{}" r="{}"></circle>'
        '<text x="{}" y="{}" text-anchor="{}" dominant-baseline="middle">{}</text></g>',
        classes,
        node.label,
        node.x,
        node.y,
        node.radius,
        label_x,
        node.y,
        anchor,
        _short(node.label),
    )


def network_svg(network, id_prefix="network"):
    """The inline SVG of the network: safe markup, every text escaped."""
    drawing = layout(network)
    title_id = f"{id_prefix}-title"
    desc_id = f"{id_prefix}-desc"
    edges = format_html_join(
        "",
        '<line class="{}" x1="{}" y1="{}" x2="{}" y2="{}"></line>',
        (
            (
                "edge is-shared" if edge.shared else "edge",
                edge.source.x + edge.source.radius,
                edge.source.y,
                edge.target.x - edge.target.radius,
                edge.target.y,
            )
            for edge in drawing.edges
        ),
    )
    projects = mark_safe(  # noqa: S308 - built with format_html
        "".join(_node(node, "node project", "end", node.x - LABEL_GAP) for node in drawing.projects)
    )
    organizations = mark_safe(  # noqa: S308 - built with format_html
        "".join(
            _node(node, "node organization", "start", node.x + LABEL_GAP)
            for node in drawing.organizations
        )
    )
    return format_html(
        '<svg class="network-diagram" role="img" aria-labelledby="{} {}" '
        'viewBox="0 0 {} {}" width="{}" height="{}" preserveAspectRatio="xMidYMin meet" '
        'xmlns="http://www.w3.org/2000/svg">'
        '<title id="{}">{}</title><desc id="{}">{}</desc>'
        '<text class="column-heading" x="{}" y="18" text-anchor="end">{}</text>'
        '<text class="column-heading" x="{}" y="18" text-anchor="start">{}</text>'
        '<g class="edges">{}</g><g class="projects">{}</g><g class="organizations">{}</g>'
        "</svg>",
        title_id,
        desc_id,
        drawing.width,
        drawing.height,
        drawing.width,
        drawing.height,
        title_id,
        _("Network of the projects and their partner organizations"),
        desc_id,
        summary(network),
        PROJECT_X + PROJECT_RADIUS,
        _("Projects"),
        ORGANIZATION_X - SHARED_RADIUS,
        _("Partner organizations"),
        edges,
        projects,
        organizations,
    )
