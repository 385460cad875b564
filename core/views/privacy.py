"""A person's own data (export, account deletion) and coordinators'
personal-data requests (docs/privacy.md)."""

from allauth.account.decorators import reauthentication_required

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core import audit
from core.access import coordinator_required
from core.erasure import user_erase
from core.exports import export_request
from core.forms import AccountDeleteForm, ErasureForm, PersonForm
from core.models import DataExport


@login_required
def my_data(request):
    exports = DataExport.objects.filter(requested_by=request.user, expires_at__gt=timezone.now())
    return render(
        request, "core/my_data.html", {"exports": exports, "days": settings.PRIVACY_EXPORT_DAYS}
    )


@login_required
@require_POST
def export_mine(request):
    export_request(user=request.user, requested_by=request.user, request=request)
    messages.success(
        request, _("Your export is being prepared. We will e-mail you a link when it is ready.")
    )
    return redirect("core:my_data")


@login_required
@reauthentication_required
def export_download(request, token: str):
    """Only whoever asked, after confirming their password again, within its days."""
    export = DataExport.objects.filter(
        token=token,
        requested_by=request.user,
        status=DataExport.Status.READY,
        expires_at__gt=timezone.now(),
    ).first()
    if export is None or not export.archive:
        raise Http404
    audit.record(
        audit.Action.EXPORT_DOWNLOADED,
        actor=request.user,
        subject=export.user,
        target=f"export {export.pk}",
        request=request,
    )
    return FileResponse(
        export.archive.open("rb"),
        as_attachment=True,
        filename=f"passerelle-data-{export.created_at:%Y-%m-%d}.zip",
        content_type="application/zip",
    )


@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request):
    form = AccountDeleteForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user_erase(user=request.user, by=request.user, request=request)
        logout(request)
        messages.success(request, _("Your account is deleted and your personal data erased."))
        return redirect("/")
    return render(request, "core/account_delete.html", {"form": form})


@coordinator_required
@require_http_methods(["GET", "POST"])
def privacy_requests(request):
    """A person's request received by post: export their data, or erase it."""
    export_form = PersonForm(prefix="export")
    erase_form = ErasureForm(prefix="erase")
    if request.method == "POST" and "export-email" in request.POST:
        export_form = PersonForm(request.POST, prefix="export")
        if export_form.is_valid():
            export_request(user=export_form.person, requested_by=request.user, request=request)
            messages.success(
                request, _("The export is being prepared; you will receive its link by e-mail.")
            )
            return redirect("core:privacy_requests")
    elif request.method == "POST":
        erase_form = ErasureForm(request.POST, prefix="erase")
        if erase_form.is_valid():
            if erase_form.person == request.user:
                erase_form.add_error("email", _("Delete your own account from your account page."))
            else:
                user_erase(user=erase_form.person, by=request.user, request=request)
                messages.success(request, _("The person's personal data is erased."))
                return redirect("core:privacy_requests")
    return render(
        request,
        "core/privacy_requests.html",
        {"export_form": export_form, "erase_form": erase_form},
    )
