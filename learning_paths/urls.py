"""Learning paths' own URLs (under the language prefix)."""

from django.urls import path

from . import views

app_name = "learning_paths"
urlpatterns = [
    path("mark/", views.mark, name="mark"),
]
