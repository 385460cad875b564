"""An expert's side of the exchange: requests that fit, volunteering,
proposals to answer and missions."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import role_required
from core.roles import Role
from experts.explain import reasons_text
from experts.models import ExpertProfile
from experts.services import profile_for

from ..models import ExpertProposal, Mission, PartnerRequest
from ..selectors import build_pool, request_data
from ..services import TransitionNotAllowed, proposal_answer, proposal_volunteer

FITS_ME_RANK = 10  # an open request "fits" when the expert ranks among its best


def _own_profile(request) -> ExpertProfile | None:
    profile = profile_for(request.user)
    if profile is None:
        messages.info(request, _("Fill in your expert profile first."))
    return profile


@role_required(Role.EXPERT)
def fits_me(request):
    profile = _own_profile(request)
    if profile is None:
        return redirect("experts:profile_edit")
    pool = build_pool()
    mine = set(ExpertProposal.objects.filter(expert=profile).values_list("request_id", flat=True))
    fits = []
    for partner_request in (
        PartnerRequest.objects.open_for_matching().for_matching().select_related("city")
    ):
        data = request_data(partner_request)
        ranked = pool.shortlist(data, limit=FITS_ME_RANK)
        for rank, explanation in enumerate(ranked, start=1):
            if explanation.expert_id == profile.pk:
                fits.append(
                    {
                        "request": partner_request,
                        "rank": rank,
                        "score": explanation.score,
                        "reasons": reasons_text(explanation.reasons),
                        "already": partner_request.pk in mine,
                    }
                )
    fits.sort(key=lambda row: (row["rank"], -row["score"]))
    return render(request, "exchange/experts/fits_me.html", {"fits": fits})


@role_required(Role.EXPERT)
@require_POST
def volunteer(request, pk: int):
    profile = _own_profile(request)
    if profile is None:
        return redirect("experts:profile_edit")
    partner_request = get_object_or_404(PartnerRequest.objects.open_for_matching(), pk=pk)
    try:
        proposal_volunteer(request=partner_request, expert=profile)
    except TransitionNotAllowed as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("Thank you: the coordinators know you volunteer."))
    return redirect("exchange:fits_me")


@role_required(Role.EXPERT)
def my_missions(request):
    proposals = ExpertProposal.objects.for_expert(request.user).select_related(
        "request__city", "expert"
    )
    missions = Mission.objects.filter(experts__user=request.user).select_related("request", "place")
    return render(
        request,
        "exchange/experts/my_missions.html",
        {
            "proposals": [{"proposal": p, "reasons": reasons_text(p.reasons)} for p in proposals],
            "missions": missions,
        },
    )


@role_required(Role.EXPERT)
@require_POST
def answer(request, pk: int):
    proposal = get_object_or_404(ExpertProposal.objects.for_expert(request.user), pk=pk)
    accept = request.POST.get("answer") == "accept"
    try:
        proposal_answer(proposal=proposal, user=request.user, accept=accept)
    except TransitionNotAllowed as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(
            request, _("You accepted the proposal.") if accept else _("You declined the proposal.")
        )
    return redirect("exchange:my_missions")
