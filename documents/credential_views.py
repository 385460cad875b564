"""Open Badges credentials on the web: the issuer's DID document, the status
lists, a document's credential (JSON or baked badge) and the upload check."""

import json

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from documents.credentials import verify as checks
from documents.credentials.baking import NotACredential, badge_png, badge_svg, extract_credential
from documents.credentials.keys import did_document
from documents.credentials.status import status_list_credential
from documents.models import STATUS_LIST_SIZE, CredentialStatusEntry
from documents.registry import find_by_number
from documents.services import document_credential
from documents.views import _count_failure, _too_many_failures

MAX_UPLOAD_BYTES = 2 * 1024 * 1024


@require_GET
def did_json(request):
    """`did:web` resolves the issuer here: its current and retired public keys."""
    return JsonResponse(did_document(), content_type="application/did+json")


@require_GET
@never_cache
def status_list(request, status_list: int):
    """The signed Bitstring Status List credential; 404 for a list not in use."""
    last = CredentialStatusEntry.objects.order_by("-pk").values_list("pk", flat=True).first()
    if status_list < 1 or last is None or (status_list - 1) * STATUS_LIST_SIZE >= last:
        raise Http404
    return JsonResponse(status_list_credential(status_list), content_type="application/vc+ld+json")


@require_GET
def badge_image(request):
    """The achievements' public image (`achievement.image`), with no credential."""
    response = HttpResponse(badge_png(None), content_type="image/png")
    response["Cache-Control"] = "public, max-age=86400"
    return response


def _download(content: bytes | str, *, content_type: str, filename: str) -> HttpResponse:
    return HttpResponse(
        content,
        content_type=content_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@login_required
@require_GET
def credential(request, number: str, form: str):
    """The document's credential as JSON (for a wallet) or a baked badge,
    with the PDF's own permissions (404 for anybody else)."""
    found = find_by_number(number)
    if found is None or form not in ("json", "png", "svg"):
        raise Http404
    data = document_credential(document=found[1], user=request.user)
    if form == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2)
        return _download(text, content_type="application/vc+ld+json", filename=f"{number}.json")
    if form == "png":
        return _download(badge_png(data), content_type="image/png", filename=f"{number}.png")
    return _download(badge_svg(data), content_type="image/svg+xml", filename=f"{number}.svg")


class CredentialUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Credential file"),
        help_text=gettext_lazy("An Open Badges credential (JSON) or a badge image (PNG or SVG)."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(gettext_lazy("The file is larger than 2 MB."))
        try:
            return extract_credential(upload.read())
        except NotACredential as exc:
            raise forms.ValidationError(
                gettext_lazy("No credential can be read from this file: %(reason)s."),
                params={"reason": str(exc)},
            ) from exc


OUTCOME_TEXTS = {
    checks.VALID: gettext_lazy("Valid: issued by Passerelle, intact and not revoked."),
    checks.REVOKED: gettext_lazy("Revoked: issued by Passerelle, but revoked since."),
    checks.TAMPERED: gettext_lazy("Tampered: the credential was changed after it was signed."),
    checks.UNKNOWN_ISSUER: gettext_lazy(
        "Unknown issuer: not signed by a key Passerelle publishes."
    ),
    checks.NOT_A_CREDENTIAL: gettext_lazy("Not a credential: the file holds no signed credential."),
}


@require_http_methods(["GET", "POST"])
@never_cache
def verify_upload(request):
    """Anyone may upload a credential or a baked badge and learn what it is worth.

    Failed checks count towards the verification page's limit per address
    (then 429), so the page cannot be used to try forgeries at will."""
    if request.method == "POST" and _too_many_failures(request):
        return render(request, "documents/verify.html", {"limited": True}, status=429)
    form = CredentialUploadForm(request.POST or None, request.FILES or None)
    context = {"form": form}
    status = 200
    if request.method == "POST":
        if form.is_valid():
            check = checks.verify_credential(form.cleaned_data["file"])
            context.update(check=check, outcome=OUTCOME_TEXTS[check.outcome])
            if check.outcome not in (checks.VALID, checks.REVOKED):
                _count_failure(request)
        else:
            _count_failure(request)
            status = 400
    return render(request, "documents/verify_upload.html", context, status=status)
