"""A published learning path through the portal's pages, a document and an address."""

from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from learning_paths.models import LearningPathIndexPage, LearningPathPage


def add_path(index, title, steps, **fields):
    """A published path under `index` with `steps`: dicts of LearningPathStep fields."""
    page = LearningPathPage(
        title=title,
        audience=fields.pop("audience", "Guardiaparco e tecnici comunali"),
        introduction=fields.pop("introduction", "<p>Un percorso tra le esperienze.</p>"),
        objectives=fields.pop("objectives", "<ul><li>Riconoscere i problemi</li></ul>"),
        **fields,
    )
    index.add_child(instance=page)
    for position, step in enumerate(steps):
        page.steps.create(sort_order=position, locale=page.locale, **step)
    page.save_revision().publish()
    return LearningPathPage.objects.get(pk=page.pk)


@pytest.fixture
def document(db):
    Document = get_document_model()
    document = Document(title="Scheda di monitoraggio")
    document.file.save("scheda.pdf", ContentFile(b"%PDF-1.4\n% demo\n"), save=False)
    document.save()
    yield document
    document.file.delete(save=False)


@pytest.fixture
def paths_index(portal):
    index = LearningPathIndexPage(title="Percorsi", slug="percorsi")
    portal.home.add_child(instance=index)
    index.save_revision().publish()
    return index


def five_steps(portal, document):
    """Two modules: three steps on portal pages, then a document and an external address."""
    return [
        {
            "module": "Capire il contesto",
            "page": portal.project,
            "note": "Leggete come il progetto ha lavorato con le risaie.",
            "question": "Chi sono gli agricoltori del vostro territorio?",
            "minutes": 15,
        },
        {"page": portal.theme, "minutes": 20},
        {"page": portal.card, "note": "La soluzione in breve.", "minutes": 10},
        {
            "module": "Mettere in pratica",
            "document": document,
            "title": "Scheda da compilare",
            "minutes": 30,
        },
        {
            "url": "https://www.example.org/guida-agricoltori",
            "title": "Guida regionale per gli agricoltori",
            "question": "Quale misura potreste proporre?",
            "minutes": 25,
        },
    ]


@pytest.fixture
def learning_path(portal, paths_index, document):
    path = add_path(paths_index, "Coinvolgere gli agricoltori", five_steps(portal, document))
    return SimpleNamespace(page=path, index=paths_index, document=document, portal=portal)
