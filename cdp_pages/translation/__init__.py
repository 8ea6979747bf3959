"""Multilingual publishing with wagtail-localize: what the portal adds to it.

wagtail-localize copies a page's references to other pages and to topics as they are in the
source: an English solution card would keep pointing at the Italian themes, projects and
topics, and an English theme at the Italian cards. Here, the references of each locale's
pages follow that locale: every reference leads to the target's live counterpart in the
locale of the page that holds it, and to the source while there is none.

- When a page is published, its own references move to their counterparts in its locale,
  and the references that the other pages of its locale hold to its translations move to
  it.
- When a page is unpublished or deleted, the references held to it move back to its live
  translation in the default language.
- Topics, which have no publishing, do the same when saved and deleted.

The references are found from the models: many-to-many fields of pages, foreign keys of
pages, and foreign keys of their child rows (such as a theme's links to solution cards), when
they lead to a translatable model. The rows are updated in place; the page revisions keep the
source's references, and the next publish localizes them again.

`ensure_locales` runs after `migrate` and creates a Locale for each content language of the
settings, so that a language is added by settings alone (see the README, "Adding a
language").

`relations_changed` is sent with the pages whose references moved, so that what is derived
from them (the search index) can follow.
"""

import dataclasses
import functools

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models.signals import post_save, pre_delete
from django.dispatch import Signal
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.signals import page_published, page_unpublished

# Sent with `pages`, the ids of the pages whose references were moved.
relations_changed = Signal()


def ensure_locales(**kwargs):
    """A Locale for every content language of the settings (none is ever deleted here: a
    language taken out of the settings keeps its pages until an editor removes them)."""
    existing = set(Locale.objects.values_list("language_code", flat=True))
    Locale.objects.bulk_create(
        [Locale(language_code=code) for code in get_content_languages() if code not in existing]
    )


@dataclasses.dataclass(frozen=True)
class Relation:
    """Rows of `model` whose field `target` references a `target_model`, owned by the page
    reached through `owner` (empty when the row is the page itself)."""

    model: type
    owner: str
    target: str
    target_model: type
    owner_model: type
    # A many-to-many table, where an owner references a target once.
    is_pair: bool = False

    @property
    def owner_id(self):
        return f"{self.owner}_id" if self.owner else "pk"

    @property
    def owner_locale(self):
        return f"{self.owner}__locale" if self.owner else "locale"

    @property
    def target_id(self):
        return f"{self.target}_id"


def _translatable(model):
    return issubclass(model, TranslatableMixin)


@functools.cache
def relations():
    found = []
    for model in apps.get_models():
        if not issubclass(model, Page) or model is Page:
            continue
        for field in model._meta.local_many_to_many:
            if isinstance(field, ParentalManyToManyField) and _translatable(field.related_model):
                found.append(
                    Relation(
                        model=field.remote_field.through,
                        owner=field.m2m_field_name(),
                        target=field.m2m_reverse_field_name(),
                        target_model=field.related_model,
                        owner_model=model,
                        is_pair=True,
                    )
                )
        for field in model._meta.local_fields:
            if (
                isinstance(field, models.ForeignKey)
                and not field.remote_field.parent_link
                and _translatable(field.related_model)
            ):
                found.append(Relation(model, "", field.name, field.related_model, model))
        for child in model._meta.related_objects:
            if not isinstance(child.remote_field, ParentalKey) or child.model is not model:
                continue
            for field in child.related_model._meta.local_fields:
                if (
                    isinstance(field, models.ForeignKey)
                    and not isinstance(field, ParentalKey)
                    and field.name != "locale"
                    and _translatable(field.related_model)
                ):
                    found.append(
                        Relation(
                            child.related_model,
                            child.remote_field.name,
                            field.name,
                            field.related_model,
                            model,
                        )
                    )
    return tuple(found)


def _live(queryset):
    if issubclass(queryset.model, Page):
        return queryset.filter(live=True)
    return queryset


def _move(relation, rows, mapping):
    """Point `rows` (pk, owner id, target id) at `mapping[target id]`; returns the owners.

    In a many-to-many table a row that would repeat an (owner, target) pair is deleted
    instead; other rows (a theme's links, say) may lead to the same target twice."""
    owners = set()
    existing = set()
    if relation.is_pair and rows:
        existing = set(
            relation.model.objects.filter(
                **{f"{relation.owner_id}__in": {owner for _pk, owner, _target in rows}},
                **{f"{relation.target_id}__in": set(mapping.values())},
            ).values_list(relation.owner_id, relation.target_id)
        )
    by_new_target = {}
    duplicates = []
    for pk, owner, target in rows:
        new = mapping.get(target)
        if new is None or new == target:
            continue
        owners.add(owner)
        if relation.is_pair and (owner, new) in existing:
            duplicates.append(pk)
            continue
        existing.add((owner, new))
        by_new_target.setdefault(new, []).append(pk)
    if duplicates:
        relation.model.objects.filter(pk__in=duplicates).delete()
    for new, pks in by_new_target.items():
        relation.model.objects.filter(pk__in=pks).update(**{relation.target_id: new})
    return owners


def _counterparts(target_model, target_ids, locale_id):
    """{target id: id of its live counterpart in the locale} for targets in other locales."""
    keys = dict(
        target_model.objects.filter(pk__in=target_ids)
        .exclude(locale_id=locale_id)
        .values_list("pk", "translation_key")
    )
    if not keys:
        return {}
    found = dict(
        _live(
            target_model.objects.filter(translation_key__in=keys.values(), locale_id=locale_id)
        ).values_list("translation_key", "pk")
    )
    return {pk: found[key] for pk, key in keys.items() if key in found}


def localize_references(page):
    """Point the references `page` holds at their counterparts in its locale."""
    page_type = type(page)
    owners = set()
    for relation in relations():
        if not issubclass(page_type, relation.owner_model):
            continue
        rows = list(
            relation.model.objects.filter(**{relation.owner_id: page.pk})
            .exclude(**{relation.target_id: None})
            .values_list("pk", relation.owner_id, relation.target_id)
        )
        mapping = _counterparts(
            relation.target_model, {target for _pk, _owner, target in rows}, page.locale_id
        )
        owners |= _move(relation, rows, mapping)
    return owners


def _redirect_references(instance, old_ids, new_id, locale_id=None):
    """Point the references held to any of `old_ids` (instances of `instance`'s model) at
    `new_id`; only those held by pages of `locale_id`, when given."""
    owners = set()
    for relation in relations():
        if not old_ids or not isinstance(instance, relation.target_model):
            continue
        held = {f"{relation.target_id}__in": old_ids}
        if locale_id is not None:
            held[relation.owner_locale] = locale_id
        rows = list(
            relation.model.objects.filter(**held).values_list(
                "pk", relation.owner_id, relation.target_id
            )
        )
        owners |= _move(relation, rows, dict.fromkeys(old_ids, new_id))
    return owners


def adopt_references(instance):
    """Point the references that the pages of `instance`'s locale hold to its translations
    at `instance`."""
    sources = list(instance.get_translations().values_list("pk", flat=True))
    return _redirect_references(instance, sources, instance.pk, instance.locale_id)


def release_references(instance):
    """Point the references held to `instance` at its live translation in the default
    language, if it has one (for an instance that is going away)."""
    if instance.locale.language_code == settings.LANGUAGE_CODE:
        return set()
    source = (
        _live(instance.get_translations())
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .values_list("pk", flat=True)
        .first()
    )
    if source is None:
        return set()
    return _redirect_references(instance, [instance.pk], source)


def _announce(owners, exclude=None):
    owners = set(owners) - {exclude}
    if owners:
        relations_changed.send(sender=Page, pages=sorted(owners))


def on_publish(sender, instance, **kwargs):
    moved = localize_references(instance)
    _announce(moved | adopt_references(instance))


def on_unpublish(sender, instance, **kwargs):
    _announce(release_references(instance), exclude=instance.pk)


def on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _announce(release_references(instance), exclude=instance.pk)


def on_topic_save(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        _announce(adopt_references(instance))


def on_topic_delete(sender, instance, **kwargs):
    _announce(release_references(instance))


def connect():
    from ..models import Topic

    page_published.connect(on_publish, dispatch_uid="cdp_pages.translation.publish")
    page_unpublished.connect(on_unpublish, dispatch_uid="cdp_pages.translation.unpublish")
    pre_delete.connect(on_page_delete, dispatch_uid="cdp_pages.translation.page_delete")
    post_save.connect(on_topic_save, sender=Topic, dispatch_uid="cdp_pages.translation.topic")
    pre_delete.connect(
        on_topic_delete, sender=Topic, dispatch_uid="cdp_pages.translation.topic_delete"
    )
