"""The coordinators' home: what needs their attention, app by app; and the
people page, where they decide what each person may see."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.access import coordinator_required
from core.coordination import coordination_sections
from core.forms import FocalPointGrantForm
from core.models import FocalPointGrant, ProfileProposal, User
from core.services import (
    focal_point_grant,
    focal_point_revoke,
    proposal_approve,
    proposal_decline,
)


@coordinator_required
def coordination(request):
    return render(request, "core/coordination.html", {"sections": coordination_sections(request)})


@coordinator_required
@require_http_methods(["GET", "POST"])
def people(request):
    form = FocalPointGrantForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        grant = focal_point_grant(
            user=form.cleaned_data["person"],
            city=form.cleaned_data["city"],
            granted_by=request.user,
        )
        messages.success(
            request,
            _("%(person)s is now the focal point of %(city)s.")
            % {"person": grant.user, "city": grant.city},
        )
        return redirect("core:people")
    proposals = ProfileProposal.objects.pending().select_related(
        "user__city", "user__organisation", "city", "organisation"
    )
    grants = FocalPointGrant.objects.select_related("user__city", "city", "granted_by")
    return render(
        request,
        "core/people.html",
        {"form": form, "proposals": proposals, "grants": grants},
    )


@coordinator_required
@require_POST
def proposal_decide(request, pk: int, decision: str):
    proposal = get_object_or_404(ProfileProposal.objects.pending(), pk=pk)
    if decision == "approve":
        proposal_approve(proposal=proposal, by=request.user)
        messages.success(request, _("The change is approved."))
    else:
        proposal_decline(proposal=proposal, by=request.user)
        messages.success(request, _("The change is declined."))
    return redirect("core:people")


@coordinator_required
@require_POST
def focal_point_remove(request, user_pk: int):
    person = get_object_or_404(User.objects.filter(focal_point_grant__isnull=False), pk=user_pk)
    focal_point_revoke(user=person)
    messages.success(request, _("%(person)s is no longer a focal point.") % {"person": person})
    return redirect("core:people")


def coordination_context(request) -> dict:
    """The people section of the coordination page."""
    return {"pending": ProfileProposal.objects.pending().count()}
