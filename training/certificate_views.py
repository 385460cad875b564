"""Certificates: the permission-checked PDF download, issuing one, the bulk issue.

Verification and revocation are the documents app's pages (`documents:verify`,
`documents:revoke`), shared with mission attestations.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from core.access import coordinator_required
from documents.services import document_download
from training.certificate_services import (
    CertificateError,
    certificate_batch_start,
    certificate_issue,
    session_certificate_enrolments,
)
from training.models import Certificate, CertificateBatch, Enrolment, Session


@login_required
@require_GET
def certificate_pdf(request, number: str):
    """The signed PDF, for its holder and coordinators only (others: 404)."""
    certificate = get_object_or_404(Certificate, number=number)
    return document_download(document=certificate, user=request.user)


@coordinator_required
@require_POST
def certificate_issue_view(request, enrolment_id: int):
    """A coordinator issues one learner's certificate, rule met or not."""
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("user", "module", "session"), pk=enrolment_id
    )
    certificate, created = certificate_issue(
        holder=enrolment.user, module=enrolment.module, issued_by=request.user
    )
    params = {"number": certificate.number, "name": enrolment.user}
    if created:
        messages.success(request, _("Certificate %(number)s is issued to %(name)s.") % params)
    else:
        messages.info(request, _("%(name)s already holds certificate %(number)s.") % params)
    if enrolment.session_id:
        return redirect("training:session_detail", session_id=enrolment.session_id)
    return redirect("documents:verify", code=certificate.code)


@coordinator_required
def certificate_batch_new(request, session_id: int):
    """Start a bulk issue for a session; lists the session's earlier batches."""
    session = get_object_or_404(Session.objects.managed_by(request.user), pk=session_id)
    if request.method == "POST":
        try:
            batch = certificate_batch_start(session=session, requested_by=request.user)
        except CertificateError as exc:
            messages.error(request, str(exc))
        else:
            return redirect("certificates:batch", batch_id=batch.pk)
    return render(
        request,
        "training/certificate_batch_new.html",
        {
            "session": session,
            "count": session_certificate_enrolments(session).count(),
            "batches": session.certificate_batches.all()[:10],
        },
    )


@coordinator_required
@require_GET
@never_cache
def certificate_batch_detail(request, batch_id: int):
    """Progress of a bulk issue; refreshes itself (no JavaScript) until finished."""
    batch = get_object_or_404(CertificateBatch.objects.select_related("session"), pk=batch_id)
    return render(request, "training/certificate_batch_detail.html", {"batch": batch})


@coordinator_required
@require_GET
def certificate_batch_zip(request, batch_id: int):
    batch = get_object_or_404(CertificateBatch, pk=batch_id, status=CertificateBatch.Status.DONE)
    if not batch.archive:
        raise Http404
    return FileResponse(
        batch.archive.open("rb"),
        as_attachment=True,
        filename=f"certificates-session-{batch.session_id}.zip",
        content_type="application/zip",
    )
