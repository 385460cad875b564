"""Partner requests: focal points file them, coordinators review and match."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.access import coordinator_required, role_required
from core.roles import Role
from exchange.forms import (
    AvailabilityShareForm,
    PartnerRequestForm,
    WantedSkillFormSet,
    skill_initial,
)
from exchange.models import ExpertProposal, PartnerRequest
from exchange.selectors import BatchInputs, batch_inputs, build_pool, request_data
from exchange.services import (
    TransitionNotAllowed,
    actors_for,
    batch_apply,
    proposal_create,
    request_file,
    request_set_availability_share,
    request_transition,
    request_update,
)
from exchange.workflow import RequestStatus, next_statuses
from experts.explain import components_table, reasons_text
from experts.matching import Assignment
from experts.models import ExpertProfile

# The batch preview's proposal travels in its form, signed with this salt.
BATCH_SALT = "exchange.batch_preview"


def _visible_request(request, pk: int) -> PartnerRequest:
    return get_object_or_404(
        PartnerRequest.objects.visible_to(request.user).select_related(
            "city", "partnership__city_a", "partnership__city_b", "domain", "location"
        ),
        pk=pk,
    )


@role_required(Role.FOCAL_POINT)
def request_list(request):
    requests = (
        PartnerRequest.objects.visible_to(request.user)
        .select_related("city", "domain")
        .order_by("-created_at")
    )
    status = request.GET.get("status", "")
    if status in RequestStatus.values:
        requests = requests.filter(status=status)
    page = Paginator(requests, 25).get_page(request.GET.get("page"))
    return render(
        request,
        "exchange/requests/list.html",
        {"page": page, "statuses": RequestStatus.choices, "status": status},
    )


@role_required(Role.FOCAL_POINT)
@require_http_methods(["GET", "POST"])
def request_create(request):
    if not request.user.is_focal_point:
        raise PermissionDenied
    form = PartnerRequestForm(request.POST or None, user=request.user)
    skills = WantedSkillFormSet(request.POST or None, prefix="skills")
    if request.method == "POST" and form.is_valid() and skills.is_valid():
        created = request_file(
            user=request.user,
            **form.service_fields(),
            funding_partners=form.cleaned_data["funding_partners"],
            skills=skills.wanted(),
            submit="submit" in request.POST,
        )
        messages.success(request, _("Your request is saved."))
        return redirect(created)
    return render(
        request, "exchange/requests/form.html", {"form": form, "skills": skills, "object": None}
    )


@role_required(Role.FOCAL_POINT)
@require_http_methods(["GET", "POST"])
def request_edit(request, pk: int):
    partner_request = _visible_request(request, pk)
    if not actors_for(request.user, partner_request):
        raise PermissionDenied
    if not partner_request.is_editable:
        messages.error(request, _("This request is in review and can no longer be edited."))
        return redirect(partner_request)
    form = PartnerRequestForm(request.POST or None, instance=partner_request, user=request.user)
    skills = WantedSkillFormSet(
        request.POST or None, prefix="skills", initial=skill_initial(partner_request)
    )
    if request.method == "POST" and form.is_valid() and skills.is_valid():
        request_update(
            request=partner_request,
            user=request.user,
            **form.service_fields(),
            funding_partners=form.cleaned_data["funding_partners"],
            skills=skills.wanted(),
        )
        messages.success(request, _("Your request is saved."))
        return redirect(partner_request)
    return render(
        request,
        "exchange/requests/form.html",
        {"form": form, "skills": skills, "object": partner_request},
    )


@login_required
def request_detail(request, pk: int):
    partner_request = _visible_request(request, pk)
    actors = actors_for(request.user, partner_request)
    proposals = partner_request.proposals.select_related("expert__user", "expert__home_city")
    if not actors:
        proposals = proposals.filter(expert__user=request.user)
    return render(
        request,
        "exchange/requests/detail.html",
        {
            "object": partner_request,
            "actors": actors,
            "can_edit": bool(actors) and partner_request.is_editable,
            "next_statuses": [
                (s, RequestStatus(s).label) for s in next_statuses(partner_request.status, actors)
            ],
            "transitions": partner_request.transitions.select_related("by"),
            "skills": partner_request.skills.select_related("skill"),
            "proposals": proposals,
            "mission": getattr(partner_request, "mission", None),
        },
    )


@role_required(Role.FOCAL_POINT)
@require_POST
def request_move(request, pk: int):
    partner_request = _visible_request(request, pk)
    to_status = request.POST.get("to", "")
    if to_status not in RequestStatus.values:
        messages.error(request, _("Unknown status."))
        return redirect(partner_request)
    try:
        request_transition(
            request=partner_request,
            user=request.user,
            to_status=to_status,
            note=request.POST.get("note", "")[:300],
        )
    except TransitionNotAllowed as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(
            request,
            _("The request is now: %(status)s.") % {"status": RequestStatus(to_status).label},
        )
    return redirect(partner_request)


@coordinator_required
def request_shortlist(request, pk: int):
    """Ranked experts who fit the request and are free enough; with
    `?unavailable=1`, also the best of those who would fit but are not."""
    partner_request = _visible_request(request, pk)
    data = request_data(partner_request)
    pool = build_pool()
    show_unavailable = request.GET.get("unavailable") == "1"
    existing = {p.expert_id: p for p in partner_request.proposals.select_related("expert__user")}
    profiles = ExpertProfile.objects.select_related("user", "home_city").in_bulk(
        [e.id for e in pool.experts]
    )

    def row(explanation):
        return {
            "expert": profiles[explanation.expert_id],
            "explanation": explanation,
            "reasons": reasons_text(explanation.reasons),
            "components": components_table(explanation),
            "proposal": existing.get(explanation.expert_id),
        }

    shortlist = [row(explanation) for explanation in pool.shortlist(data, limit=15)]
    unavailable = (
        [row(explanation) for explanation in pool.unavailable(data, limit=15)]
        if show_unavailable
        else []
    )
    listed = {r["expert"].pk for r in shortlist + unavailable}
    volunteers = []
    for p in existing.values():
        if p.status == ExpertProposal.Status.VOLUNTEERED and p.expert_id not in listed:
            explanation = pool.explain_pair(data, p.expert_id)
            volunteers.append(
                {
                    "expert": profiles[p.expert_id],
                    "reasons": reasons_text(explanation.reasons),
                    "available": explanation.available,
                    "proposal": p,
                }
            )
    return render(
        request,
        "exchange/requests/shortlist.html",
        {
            "object": partner_request,
            "needed_days": data.min_free_days,
            "shortlist": shortlist,
            "unavailable": unavailable,
            "show_unavailable": show_unavailable,
            "volunteers": volunteers,
            "share_form": None
            if partner_request.on_site
            else AvailabilityShareForm(initial={"share": partner_request.min_availability_share}),
            "can_propose": partner_request.status
            in (RequestStatus.MATCHING, RequestStatus.EXPERTS_PROPOSED),
        },
    )


@coordinator_required
@require_POST
def request_availability(request, pk: int):
    """Set how much of the period a remote request's experts must be free."""
    partner_request = _visible_request(request, pk)
    form = AvailabilityShareForm(request.POST)
    if partner_request.on_site:
        messages.error(request, _("On site, experts must be free for the whole period."))
    elif form.is_valid():
        request_set_availability_share(
            request=partner_request, user=request.user, share=form.cleaned_data["share"]
        )
        messages.success(
            request,
            _("Experts must now be free for at least %(share)s%% of the period.")
            % {"share": form.cleaned_data["share"]},
        )
    else:
        messages.error(request, _("Give a share between 0 and 100 %."))
    return redirect("exchange:request_shortlist", pk=partner_request.pk)


@coordinator_required
@require_POST
def request_propose(request, pk: int):
    partner_request = _visible_request(request, pk)
    expert_id = request.POST.get("expert", "")
    if not (expert_id.isascii() and expert_id.isdigit()):  # tampered: 404, not a 500
        raise Http404
    expert = get_object_or_404(ExpertProfile, pk=int(expert_id))
    pool = build_pool(ExpertProfile.objects.filter(pk=expert.pk))
    explanation = pool.explain_pair(request_data(partner_request), expert.pk)
    if not explanation.available:
        messages.error(
            request,
            _("%(expert)s is not free for enough of the period and cannot be proposed.")
            % {"expert": expert},
        )
        return redirect("exchange:request_shortlist", pk=partner_request.pk)
    try:
        proposal_create(
            request=partner_request,
            expert=expert,
            by=request.user,
            score=explanation.score,
            reasons=[r.as_dict() for r in explanation.reasons],
        )
    except TransitionNotAllowed as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(
            request, _("%(expert)s is proposed; they are asked to accept.") % {"expert": expert}
        )
    return redirect("exchange:request_shortlist", pk=partner_request.pk)


def _previewed(token: str) -> dict | None:
    """The proposal a preview page carried, if its signature holds."""
    try:
        return signing.loads(token, salt=BATCH_SALT)
    except signing.BadSignature:
        return None


@coordinator_required
@require_http_methods(["GET", "POST"])
def batch_preview(request):
    """GET: the optimal proposal across open requests. POST: send exactly the
    proposal that was previewed, unless the data it came from has changed
    since; then nothing is sent and the new proposal is shown."""
    inputs = batch_inputs()
    status = 200
    if request.method == "POST":
        previewed = _previewed(request.POST.get("proposal", ""))
        if previewed is None:
            messages.error(request, _("This proposal could not be read: here is a fresh one."))
            status = 400
        elif previewed["fingerprint"] != inputs.fingerprint:
            messages.warning(
                request,
                _(
                    "Requests or experts changed since you opened this proposal, so nothing "
                    "was sent. Here is the proposal for the data as it is now."
                ),
            )
            status = 409
        else:
            assignment = Assignment(
                pairs=tuple(tuple(pair) for pair in previewed["pairs"]),
                total=previewed["total"],
            )
            with transaction.atomic():
                proposals = batch_apply(
                    user=request.user, assignment=assignment, http_request=request
                )
            messages.success(
                request, _("%(count)s proposals sent to experts.") % {"count": len(proposals)}
            )
            return redirect("exchange:batch_preview")
    return render(request, "exchange/requests/batch.html", _batch_context(inputs), status=status)


def _batch_context(inputs: BatchInputs) -> dict:
    assignment = inputs.assign()
    by_id = {r.id: r for r in inputs.requests}
    titles = dict(PartnerRequest.objects.filter(pk__in=by_id).values_list("pk", "title"))
    profiles = ExpertProfile.objects.select_related("user").in_bulk(
        [e for _r, e, _s in assignment.pairs]
    )
    rows = []
    for request_id, expert_id, score in assignment.pairs:
        explanation = inputs.pool.explain_pair(by_id[request_id], expert_id)
        rows.append(
            {
                "request_id": request_id,
                "title": titles[request_id],
                "expert": profiles[expert_id],
                "score": score,
                "reasons": reasons_text(explanation.reasons),
            }
        )
    unfilled = [
        (titles[r.id], r.needed - len(assignment.for_request(r.id)))
        for r in inputs.requests
        if len(assignment.for_request(r.id)) < r.needed
    ]
    proposal = signing.dumps(
        {
            "pairs": [list(pair) for pair in assignment.pairs],
            "total": assignment.total,
            "fingerprint": inputs.fingerprint,
        },
        salt=BATCH_SALT,
        compress=True,
    )
    return {"rows": rows, "total": assignment.total, "unfilled": unfilled, "proposal": proposal}
