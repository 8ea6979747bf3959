"""The search pages, mounted under the language prefix: /<lang>/search/ and
/<lang>/search/suggest/."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.search, name="search"),
    path("suggest/", views.suggest, name="search_suggest"),
]
