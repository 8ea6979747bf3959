"""The discussion's public URLs, under a language prefix so that every page and email link
speaks the visitor's language. django-comments-xtd's web API is left out on purpose: it would
bypass the rate limit and the checks of `views.post_comment`."""

from django.urls import include, path
from django_comments_xtd import views as xtd_views

from . import views

urlpatterns = [
    # These four replace the views of the same name in django-comments-xtd.
    path("post/", views.post_comment, name="comments-post-comment"),
    path("confirm/<str:key>/", views.confirm, name="comments-xtd-confirm"),
    path("mute/<str:key>/", views.mute, name="comments-xtd-mute"),
    path("reply/<int:cid>/", views.reply, name="comments-xtd-reply"),
    path("sent/", xtd_views.sent, name="comments-xtd-sent"),
    path("flag/<int:comment_id>/", xtd_views.flag, name="comments-flag"),
    path("like/<int:comment_id>/", xtd_views.like, name="comments-xtd-like"),
    path("liked/", xtd_views.like_done, name="comments-xtd-like-done"),
    path("dislike/<int:comment_id>/", xtd_views.dislike, name="comments-xtd-dislike"),
    path("disliked/", xtd_views.dislike_done, name="comments-xtd-dislike-done"),
    path("", include("django_comments.urls")),
]
