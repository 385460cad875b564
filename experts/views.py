"""Expert pages: the directory, one's own profile, requests that fit,
proposals to answer and missions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from exchange.access import role_required
from exchange.models import ExpertProposal, Mission, PartnerRequest
from exchange.request_services import TransitionNotAllowed, proposal_answer, proposal_volunteer
from exchange.roles import Role

from .explain import reasons_text
from .forms import (
    AvailabilityFormSet,
    DirectoryFilterForm,
    ExpertProfileForm,
    LanguageFormSet,
    SkillFormSet,
)
from .models import ExpertProfile
from .selectors import build_pool, request_data
from .services import expert_profile_save, profile_for

FITS_ME_RANK = 10  # an open request "fits" when the expert ranks among its best


@login_required
def directory(request):
    filters = DirectoryFilterForm(request.GET or None)
    profiles = filters.filter(
        ExpertProfile.objects.public()
        .select_related("user", "home_city", "organisation")
        .prefetch_related("skills__skill", "languages")
    )
    page = Paginator(profiles, 20).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "experts/directory.html",
        {"filters": filters, "page": page, "query": query.urlencode()},
    )


@login_required
def detail(request, pk: int):
    profile = get_object_or_404(
        ExpertProfile.objects.visible_to(request.user).select_related(
            "user", "home_city", "organisation"
        ),
        pk=pk,
    )
    return render(
        request,
        "experts/detail.html",
        {
            "profile": profile,
            "skills": profile.skills.select_related("skill__domain"),
            "languages": profile.languages.all(),
            "availabilities": profile.availabilities.all(),
        },
    )


@role_required(Role.EXPERT)
@require_http_methods(["GET", "POST"])
def profile_edit(request):
    profile = profile_for(request.user) or ExpertProfile(
        user=request.user,
        home_city_id=request.user.city_id,
        organisation_id=request.user.organisation_id,
    )
    data, files = (request.POST, request.FILES) if request.method == "POST" else (None, None)
    form = ExpertProfileForm(data, files, instance=profile)
    formsets = (
        SkillFormSet(data, instance=profile, prefix="skills"),
        LanguageFormSet(data, instance=profile, prefix="languages"),
        AvailabilityFormSet(data, instance=profile, prefix="availability"),
    )
    if request.method == "POST" and form.is_valid() and all(f.is_valid() for f in formsets):
        expert_profile_save(user=request.user, form=form, formsets=formsets)
        messages.success(request, _("Your expert profile is saved."))
        return redirect("experts:profile_edit")
    return render(
        request,
        "experts/profile_form.html",
        {"form": form, "formsets": formsets, "profile": profile},
    )


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
    return render(request, "experts/fits_me.html", {"fits": fits})


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
    return redirect("experts:fits_me")


@role_required(Role.EXPERT)
def my_missions(request):
    proposals = ExpertProposal.objects.for_expert(request.user).select_related(
        "request__city", "expert"
    )
    missions = Mission.objects.filter(experts__user=request.user).select_related("request", "place")
    return render(
        request,
        "experts/my_missions.html",
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
    return redirect("experts:my_missions")
