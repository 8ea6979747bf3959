"""Filter forms of the listing pages. They read GET parameters and never fail on bad input:
an unknown or malformed value is reported by the form and that filter is left out."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import (
    CommunityPage,
    LessonLearnedPage,
    MeetingPage,
    ProjectPage,
    SolutionCardPage,
    ThemePage,
    Topic,
)


class FilterForm(forms.Form):
    """A GET form whose valid fields narrow a queryset, each by its own lookup."""

    lookups = {}

    def __init__(self, data=None, *, locale=None, fields=None):
        super().__init__(data)
        self.locale = locale
        if fields is not None:
            for name in list(self.fields):
                if name not in fields:
                    del self.fields[name]
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and locale is not None:
                field.queryset = queryset.filter(locale=locale)

    def filter(self, queryset):
        if not self.is_bound:
            return queryset
        self.is_valid()
        for name, value in self.cleaned_data.items():
            if value not in (None, "") and name in self.lookups:
                queryset = queryset.filter(**{self.lookups[name]: value})
        return queryset

    @property
    def active(self):
        return self.is_bound and any(
            value not in (None, "") for value in getattr(self, "cleaned_data", {}).values()
        )


def _topics():
    return forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.order_by("kind", "name"),
        required=False,
        empty_label=_("Any topic"),
    )


def _themes():
    return forms.ModelChoiceField(
        label=_("Theme"),
        queryset=ThemePage.objects.live().order_by("title"),
        required=False,
        empty_label=_("Any theme"),
    )


def _projects():
    return forms.ModelChoiceField(
        label=_("Project"),
        queryset=ProjectPage.objects.live().order_by("title"),
        required=False,
        empty_label=_("Any project"),
    )


class SolutionFilterForm(FilterForm):
    topic = _topics()
    theme = _themes()
    project = _projects()
    maturity = forms.ChoiceField(
        label=_("Maturity"),
        choices=[("", _("Any maturity")), *SolutionCardPage.Maturity.choices],
        required=False,
    )

    lookups = {"topic": "topics", "theme": "themes", "project": "projects", "maturity": "maturity"}

    def filter(self, queryset):
        # Several many-to-many filters can meet the same card more than once.
        return super().filter(queryset).distinct()


class LessonFilterForm(FilterForm):
    theme = _themes()
    project = _projects()
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[("", _("Any kind")), *LessonLearnedPage.Kind.choices],
        required=False,
    )
    evidence_strength = forms.ChoiceField(
        label=_("Strength of the evidence"),
        choices=[("", _("Any strength")), *LessonLearnedPage.Strength.choices],
        required=False,
    )

    lookups = {
        "theme": "themes",
        "project": "projects",
        "kind": "kind",
        "evidence_strength": "evidence_strength",
    }

    def filter(self, queryset):
        return super().filter(queryset).distinct()


class ProjectFilterForm(FilterForm):
    habitat = forms.ModelChoiceField(
        label=_("Habitat"),
        queryset=Topic.objects.filter(kind=Topic.Kind.HABITAT).order_by("name"),
        required=False,
        empty_label=_("Any habitat"),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Any status")), *ProjectPage.Status.choices],
        required=False,
    )

    lookups = {"habitat": "habitats", "status": "status"}

    def filter(self, queryset):
        return super().filter(queryset).distinct()


class DocumentFilterForm(FilterForm):
    """Narrows a list of materials (not a queryset): by community, meeting, theme and type."""

    community = forms.ModelChoiceField(
        label=_("Community"),
        queryset=CommunityPage.objects.live().order_by("edition"),
        required=False,
        empty_label=_("Any community"),
    )
    meeting = forms.ModelChoiceField(
        label=_("Meeting"),
        queryset=MeetingPage.objects.live().order_by("-start"),
        required=False,
        empty_label=_("Any meeting"),
    )
    theme = _themes()
    file_type = forms.ChoiceField(label=_("Type"), required=False)

    def __init__(self, data=None, *, locale=None, file_types=()):
        super().__init__(data, locale=locale)
        self.fields["file_type"].choices = [
            ("", _("Any type")),
            *((file_type, file_type) for file_type in file_types),
        ]

    def filter_materials(self, materials):
        if not self.is_bound:
            return materials
        self.is_valid()
        data = self.cleaned_data
        tests = {
            "community": lambda material, value: material.community.pk == value.pk,
            "meeting": lambda material, value: material.origin.pk == value.pk,
            "theme": lambda material, value: value.pk in {t.pk for t in material.themes},
            "file_type": lambda material, value: material.file_type == value,
        }
        for name, test in tests.items():
            value = data.get(name)
            if value not in (None, ""):
                materials = [material for material in materials if test(material, value)]
        return materials
