"""The public verification page of every kind of document, and its revocation."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import formats, timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from core import audit
from core.access import (
    coordinator_required,
    needs_mfa_setup,
    redirect_to_mfa_setup,
    role_required,
)
from core.clients import client_ip
from core.roles import Role
from documents.certificates import is_well_formed_code
from documents.forms import FunderReportForm
from documents.funder_reports import (
    FunderReportError,
    funder_report_request,
    report_city_for,
    report_target,
)
from documents.models import FunderReport, IssuerSignature
from documents.registry import find_by_code, kind_for_number
from documents.services import DocumentError, document_revoke

# Unknown or malformed codes per client address before lookups are refused.
VERIFY_FAILURES_ALLOWED = 20
VERIFY_FAILURES_WINDOW = 10 * 60  # seconds
#: Funder reports listed under the form.
REPORTS_LISTED = 20


def _failures_key(request) -> str:
    return f"certificate-verify-failures:{client_ip(request)}"


def _too_many_failures(request) -> bool:
    return cache.get(_failures_key(request), 0) >= VERIFY_FAILURES_ALLOWED


def _count_failure(request) -> None:
    key = _failures_key(request)
    if cache.add(key, 1, VERIFY_FAILURES_WINDOW):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, VERIFY_FAILURES_WINDOW)


@require_GET
@never_cache
def verify(request, code: str):
    """Anyone may check a document of any kind by its code; no account needed."""
    if _too_many_failures(request):
        return render(request, "documents/verify.html", {"limited": True}, status=429)
    found = find_by_code(code) if is_well_formed_code(code) else None
    if found is None:
        _count_failure(request)
        return render(request, "documents/verify.html", {"not_found": True}, status=404)
    kind, document = found
    number = {"number": document.number}
    context = {"document": document, "kind": kind, "facts_template": kind.facts_template}
    if document.is_revoked:
        date = formats.date_format(timezone.localtime(document.revoked_at), "DATE_FORMAT")
        context["status"] = kind.texts.revoked_on % {"date": date}
    else:
        context["status"] = kind.texts.valid
        if kind.may_revoke(request.user):
            context["revoke_label"] = kind.texts.revoke % number
        if kind.may_download(request.user, document):
            context["pdf_url_name"] = kind.pdf_url_name
    return render(request, "documents/verify.html", context)


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for revocation"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=gettext_lazy("Shown on the public verification page."),
    )


@login_required
def revoke(request, number: str):
    """Those the document's kind lets revoke (coordinators) revoke it with a
    reason, then see its verification page; others get 403, an unknown number 404."""
    kind = kind_for_number(number)
    if kind is None:
        raise Http404
    if not kind.may_revoke(request.user):
        raise PermissionDenied
    if needs_mfa_setup(request.user):
        return redirect_to_mfa_setup(request)
    document = kind.model.objects.filter(number=number).first()
    if document is None:
        raise Http404
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            document_revoke(
                document=document,
                revoked_by=request.user,
                reason=form.cleaned_data["reason"],
                request=request,
            )
        except DocumentError as exc:
            form.add_error("reason", str(exc))
        else:
            messages.success(request, kind.texts.revoked % {"number": number})
            return redirect("documents:verify", code=document.code)
    return render(
        request,
        "documents/revoke.html",
        {
            "document": document,
            "form": form,
            "title": kind.texts.revoke % {"number": number},
            "facts_template": kind.facts_template,
        },
    )


class SignatureForm(forms.ModelForm):
    class Meta:
        model = IssuerSignature
        fields = ["image"]
        help_texts = {
            "image": gettext_lazy(
                "PNG or SVG, at most 512 KB. Printed above your name and job title "
                "on the certificates and attestations you issue."
            )
        }


@coordinator_required
def signature(request):
    """A coordinator uploads the signature image printed on what they issue."""
    current = IssuerSignature.objects.filter(user=request.user).first()
    form = SignatureForm(
        request.POST or None,
        request.FILES or None,
        instance=current or IssuerSignature(user=request.user),
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, gettext_lazy("Your signature is saved."))
        return redirect("documents:signature")
    return render(request, "documents/signature.html", {"form": form, "signature": current})


def _report_city(request):
    """The city a focal point's reports are limited to (None for coordinators);
    403 for anybody else."""
    try:
        return report_city_for(request.user)
    except FunderReportError as exc:
        raise PermissionDenied from exc


def _visible_report(request, report_id: int) -> FunderReport:
    return get_object_or_404(
        FunderReport.objects.visible_to(request.user).select_related("project", "funder", "city"),
        pk=report_id,
    )


@role_required(Role.FOCAL_POINT)
def funder_report(request):
    """The report form (a POST queues the build; a GET's query string
    preselects its choices) and the latest reports."""
    city = _report_city(request)
    form = FunderReportForm(request.POST or None, city=city)
    if request.method != "POST":
        form.prefill(request.GET)
    if request.method == "POST" and form.is_valid():
        try:
            report = funder_report_request(
                requested_by=request.user, request=request, **form.cleaned_data
            )
        except FunderReportError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect("documents:funder_report_detail", report_id=report.pk)
    reports = FunderReport.objects.visible_to(request.user).select_related(
        "project", "funder", "city"
    )[:REPORTS_LISTED]
    return render(request, "documents/funder_report_form.html", {"form": form, "reports": reports})


@role_required(Role.FOCAL_POINT)
@require_GET
@never_cache
def funder_report_detail(request, report_id: int):
    """A report's progress; refreshes itself (no JavaScript) until finished."""
    _report_city(request)
    report = _visible_report(request, report_id)
    return render(request, "documents/funder_report_detail.html", {"report": report})


@role_required(Role.FOCAL_POINT)
@require_GET
def funder_report_download(request, report_id: int):
    """The stored, signed PDF, for those who may see the report (others: 404)."""
    _report_city(request)
    report = _visible_report(request, report_id)
    if report.status != FunderReport.Status.DONE or not report.pdf:
        raise Http404
    subject = report.project.slug if report.project else slugify(report.funder.name)
    filename = (
        f"passerelle-report-{subject}-{report.start:%Y%m%d}-{report.end:%Y%m%d}"
        f"-{report.language}.pdf"
    )
    audit.record(
        audit.Action.FUNDER_REPORT_DOWNLOADED,
        actor=request.user,
        target=report_target(report),
        detail=f"{filename}\n{report.fingerprint}",
        request=request,
    )
    return FileResponse(
        report.pdf.open("rb"), as_attachment=True, filename=filename, content_type="application/pdf"
    )
