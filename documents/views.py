"""What the pages of certificates and mission attestations share: a
coordinator revokes one with a reason, and the public verification page
says so at once."""

from collections.abc import Callable

from django import forms
from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy

from documents.models import IssuedDocument


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for revocation"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=gettext_lazy("Shown on the public verification page."),
    )


def pdf_download(document: IssuedDocument) -> FileResponse:
    """The document's stored, signed PDF as a download (404 when there is none)."""
    if not document.pdf:
        raise Http404
    return FileResponse(
        document.pdf.open("rb"),
        as_attachment=True,
        filename=f"{document.number}.pdf",
        content_type="application/pdf",
    )


def revoke_page(
    request,
    document: IssuedDocument,
    *,
    revoke: Callable[[str], object],
    refused: type[Exception],
    title: str,
    done: str,
    facts_template: str,
):
    """The revocation form for `document` (the caller checks the role and looks it up).

    `revoke(reason)` calls the document's own service, which raises `refused`
    to turn the request down; `title` heads the page, `done` is the message
    after revoking, `facts_template` shows what the document says (as `document`).
    A valid reason revokes and leads to the verification page; an empty one
    re-displays the form.
    """
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            revoke(form.cleaned_data["reason"])
        except refused as exc:
            form.add_error("reason", str(exc))
        else:
            messages.success(request, done)
            return redirect("certificates:verify", code=document.code)
    return render(
        request,
        "exchange/issued_revoke.html",
        {"document": document, "form": form, "title": title, "facts_template": facts_template},
    )
