"""Keep the search index true: pages follow publish, unpublish, move and delete; documents
follow save and delete. Translations published by wagtail-localize arrive as publishes, and
pages whose references move to another locale's pages are indexed again."""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from cdp_pages.translation import relations_changed

from . import index


def on_publish(sender, instance, **kwargs):
    index.index_page(instance)


def on_unpublish(sender, instance, **kwargs):
    index.remove_page(instance.pk)


def on_move(sender, instance, **kwargs):
    """A move changes URLs and communities below the page too."""
    for page in Page.objects.descendant_of(instance, inclusive=True).live().specific():
        index.index_page(page)


def on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        index.remove_page(instance.pk)


def on_relations_changed(sender, pages, **kwargs):
    """Pages whose references moved to another locale's pages change their facets."""
    for page in Page.objects.filter(pk__in=pages).live().specific():
        index.index_page(page)


def on_document_save(sender, instance, **kwargs):
    index.index_document(instance)


def on_document_delete(sender, instance, **kwargs):
    index.remove_document(instance.pk)


def connect():
    page_published.connect(on_publish, dispatch_uid="search.page_published")
    page_unpublished.connect(on_unpublish, dispatch_uid="search.page_unpublished")
    post_page_move.connect(on_move, dispatch_uid="search.post_page_move")
    # No sender: a page is deleted through its specific model, whichever it is.
    pre_delete.connect(on_page_delete, dispatch_uid="search.page_delete")
    relations_changed.connect(on_relations_changed, dispatch_uid="search.relations_changed")
    post_save.connect(
        on_document_save, sender=get_document_model(), dispatch_uid="search.document_save"
    )
    post_delete.connect(
        on_document_delete, sender=get_document_model(), dispatch_uid="search.document_delete"
    )
