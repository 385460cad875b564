"""Missions: details, the experts' reports and the two evaluations."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from documents.services import document_download
from exchange.attestation_services import (
    attestation_issue,
    latest_attestations,
    mission_is_completed,
)
from exchange.forms import EvaluationForm, MissionReportForm
from exchange.models import Attestation, Mission, MissionEvaluation, ReportAttachment
from exchange.services import TransitionNotAllowed, actors_for, evaluation_file, report_file
from exchange.workflow import Actor, RequestStatus


def _visible_mission(request, pk: int) -> Mission:
    return get_object_or_404(
        Mission.objects.visible_to(request.user).select_related("request__city", "place"),
        pk=pk,
    )


def _mission_context(request, mission: Mission, report_form=None, evaluation_form=None) -> dict:
    user = request.user
    status = mission.request.status
    is_expert = mission.experts.filter(user=user).exists()
    is_partner = Actor.FOCAL_POINT in actors_for(user, mission.request)
    own_evaluation = mission.evaluations.filter(author=user).first()
    can_report = is_expert and status in (
        RequestStatus.IN_PROGRESS,
        RequestStatus.COMPLETED,
        RequestStatus.EVALUATED,
    )
    can_evaluate = (is_expert or is_partner) and status in (
        RequestStatus.COMPLETED,
        RequestStatus.EVALUATED,
    )
    experts = mission.experts.select_related("user", "home_city")
    attestations = []
    if mission_is_completed(mission):
        latest = latest_attestations(mission)
        attestations = [
            (expert, latest.get(expert.user_id))
            for expert in experts
            if user.is_coordinator or expert.user_id == user.pk
        ]
    return {
        "object": mission,
        "attestations": attestations,
        "experts": experts,
        "reports": mission.reports.select_related("author__user").prefetch_related("attachments"),
        "evaluations": mission.evaluations.select_related("author"),
        "report_form": report_form or (MissionReportForm() if can_report else None),
        "evaluation_form": evaluation_form
        or (EvaluationForm(instance=own_evaluation) if can_evaluate else None),
        "evaluation_kind": (
            MissionEvaluation.Kind.EXPERT if is_expert else MissionEvaluation.Kind.PARTNER
        ),
    }


@login_required
def mission_detail(request, pk: int):
    mission = _visible_mission(request, pk)
    return render(request, "exchange/missions/detail.html", _mission_context(request, mission))


@login_required
@require_POST
def mission_report(request, pk: int):
    mission = _visible_mission(request, pk)
    form = MissionReportForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            report_file(
                mission=mission,
                user=request.user,
                text=form.cleaned_data["text"],
                files=form.cleaned_data["attachments"],
            )
        except TransitionNotAllowed as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("Your report is filed."))
        return redirect(mission)
    context = _mission_context(request, mission, report_form=form)
    return render(request, "exchange/missions/detail.html", context, status=400)


@login_required
@require_POST
def mission_evaluate(request, pk: int):
    mission = _visible_mission(request, pk)
    form = EvaluationForm(request.POST)
    if form.is_valid():
        try:
            evaluation_file(mission=mission, user=request.user, **form.cleaned_data)
        except TransitionNotAllowed as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("Thank you, your evaluation is saved."))
        return redirect(mission)
    context = _mission_context(request, mission, evaluation_form=form)
    return render(request, "exchange/missions/detail.html", context, status=400)


@login_required
def attachment_download(request, pk: int):
    attachment = get_object_or_404(ReportAttachment.objects.select_related("report"), pk=pk)
    if not Mission.objects.visible_to(request.user).filter(pk=attachment.report.mission_id):
        raise PermissionDenied
    return FileResponse(attachment.file.open("rb"), as_attachment=True)


@login_required
def mission_attestation(request, pk: int, expert_id: int):
    """An expert's signed attestation once the mission is completed: for that
    expert and coordinators only (others: 404).

    Completing the mission issues it (`exchange.tasks`). A GET only serves an
    attestation that exists (404 before); issuing one that the task has not
    made (a mission completed before attestations existed) takes a POST, from
    the mission page's button. A revoked attestation is not served (404).
    """
    mission = _visible_mission(request, pk)
    expert = get_object_or_404(mission.experts.select_related("user"), pk=expert_id)
    if not (request.user.is_coordinator or expert.user_id == request.user.pk):
        raise Http404
    if not mission_is_completed(mission):
        raise Http404
    attestation = latest_attestations(mission).get(expert.user_id)
    if request.method == "POST":
        if attestation is None:
            attestation_issue(
                mission=mission,
                expert=expert,
                issued_by=request.user if request.user.is_coordinator else None,
            )
        return redirect("exchange:mission_attestation", pk=mission.pk, expert_id=expert.pk)
    if attestation is None:
        raise Http404
    return document_download(document=attestation, user=request.user)


@login_required
def attestation_pdf(request, number: str):
    """An issued attestation's signed PDF, for its holder and coordinators (others: 404)."""
    attestation = get_object_or_404(Attestation, number=number)
    return document_download(document=attestation, user=request.user)
