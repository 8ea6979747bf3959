"""The comment form: django-comments-xtd's, with the portal's labels and a checked reply target."""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.forms import XtdCommentForm
from django_comments_xtd.models import XtdComment


class CommentForm(XtdCommentForm):
    def __init__(self, target_object, *args, **kwargs):
        super().__init__(target_object, *args, **kwargs)
        fields = self.fields
        fields["name"].label = _("Name")
        fields["name"].widget = forms.TextInput(attrs={"autocomplete": "name", "maxlength": 50})
        fields["email"].label = _("Email")
        fields["email"].help_text = _(
            "Not published. We send a link to this address to confirm your comment."
        )
        fields["email"].widget = forms.EmailInput(attrs={"autocomplete": "email"})
        fields["url"].label = _("Website (optional)")
        fields["url"].widget = forms.URLInput(attrs={"autocomplete": "url"})
        fields["comment"].label = _("Comment")
        fields["comment"].widget = forms.Textarea(attrs={"rows": 6, "maxlength": 3000})
        fields["followup"].label = _("Email me when someone replies")
        fields["followup"].widget.attrs.pop("class", None)
        fields["honeypot"].label = _("Leave this field empty")
        fields["honeypot"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def clean_reply_to(self):
        """A reply must answer a readable comment of the same page, within the depth limit."""
        parent_id = self.cleaned_data["reply_to"]
        if not parent_id:
            return 0
        parent = XtdComment.norel_objects.filter(
            pk=parent_id,
            content_type=ContentType.objects.get_for_model(self.target_object),
            object_pk=str(self.target_object.pk),
            is_public=True,
            is_removed=False,
        ).first()
        if parent is None:
            raise forms.ValidationError(
                _("The comment you are replying to is not available any more.")
            )
        if not parent.allow_thread():
            raise forms.ValidationError(
                _("This conversation is as deep as it can go: reply to an earlier comment.")
            )
        return parent_id
