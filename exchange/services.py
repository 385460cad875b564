"""Writes for partner requests, proposals, missions, reports and
evaluations: keyword-only, typed, atomic. Each step e-mails the people
concerned with a link to act."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.http import HttpRequest
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import audit
from core.mail import mail_queue, mail_wrap, user_language
from core.models import City, FundingPartner, Partnership, User
from core.roles import Role
from exchange.models import (
    ExpertProposal,
    Mission,
    MissionEvaluation,
    MissionReport,
    PartnerRequest,
    ReportAttachment,
    RequestSkill,
    RequestTransition,
)
from exchange.workflow import Actor, RequestStatus, allowed
from experts.matching import Assignment
from experts.models import ExpertProfile, Skill

S = RequestStatus


class TransitionNotAllowed(PermissionDenied):
    """A workflow step the user may not take from the request's current state."""


@dataclass(frozen=True)
class WantedSkill:
    skill: Skill
    required: bool = True
    min_level: int = 2


# -- who is who --------------------------------------------------------------


def actors_for(user: User, request: PartnerRequest) -> set[Actor]:
    actors: set[Actor] = set()
    if user.is_coordinator:
        actors.add(Actor.COORDINATOR)
    if user.focal_point_city_id and user.focal_point_city_id == request.city_id:
        actors.add(Actor.FOCAL_POINT)
    return actors


def coordinators() -> list[User]:
    return list(User.objects.filter(groups__name=Role.COORDINATOR.group_name, is_active=True))


def focal_points(city: City) -> list[User]:
    return list(User.objects.filter(focal_point_grant__city=city, is_active=True))


def path_in_language(path: str, language: str) -> str:
    """The path of a view (reversed in whichever language) as `language`'s
    readers reach it. Wagtail's catch-all pattern matches any path, so it
    does not count as finding the view."""
    for built_in in dict.fromkeys([translation.get_language(), *dict(settings.LANGUAGES)]):
        with translation.override(built_in):
            try:
                match = resolve(path)
            except Resolver404:
                continue
            if match.url_name != "wagtail_serve":
                return translate_url(path, language)
    return path


NOTIFY_REASON = gettext_lazy(
    "You receive this e-mail because you take part in this exchange on %(site)s."
)


def notify(recipients: Iterable[User], subject, message, url: str, **params) -> None:
    """E-mail each recipient in their own language, with the link to act
    (to the page in that language too); the mails leave after the commit."""
    for user in {u.pk: u for u in recipients}.values():
        language = user_language(user)
        with translation.override(language):
            link = settings.SITE_URL + path_in_language(url, language)
            composed = mail_wrap(
                subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + str(subject) % params,
                text=str(message) % params + "\n\n" + link,
                reason=NOTIFY_REASON,
                language=language,
            )
        mail_queue(
            to=[user.email], subject=composed.subject, body=composed.body, html=composed.html
        )


# -- requests ----------------------------------------------------------------


def _log(request: PartnerRequest, from_status: str, to_status: str, by: User | None, note=""):
    RequestTransition.objects.create(
        request=request, from_status=from_status, to_status=to_status, by=by, note=note
    )


def _set_skills(request: PartnerRequest, skills: Sequence[WantedSkill]) -> None:
    request.skills.all().delete()
    RequestSkill.objects.bulk_create(
        RequestSkill(request=request, skill=w.skill, required=w.required, min_level=w.min_level)
        for w in skills
    )


@transaction.atomic
def request_file(
    *,
    user: User,
    title: str,
    partnership: Partnership,
    domain,
    needs: str,
    working_languages: list[str],
    interpretation_available: bool,
    start_date: date,
    end_date: date,
    on_site: bool,
    location: City | None,
    experts_needed: int,
    expected_trainees: int,
    funding_partners: Iterable[FundingPartner] = (),
    skills: Sequence[WantedSkill] = (),
    submit: bool = False,
) -> PartnerRequest:
    """A focal point files a request for the city they were granted, as a
    draft or submitted."""
    if not user.focal_point_city_id:
        raise PermissionDenied
    request = PartnerRequest.objects.create(
        title=title,
        city_id=user.focal_point_city_id,
        partnership=partnership,
        domain=domain,
        needs=needs,
        working_languages=list(working_languages),
        interpretation_available=interpretation_available,
        start_date=start_date,
        end_date=end_date,
        on_site=on_site,
        location=location if on_site else None,
        experts_needed=experts_needed,
        expected_trainees=expected_trainees,
        created_by=user,
    )
    request.funding_partners.set(funding_partners)
    _set_skills(request, skills)
    _log(request, "", S.DRAFT, user)
    if submit:
        request_transition(request=request, user=user, to_status=S.SUBMITTED)
    return request


@transaction.atomic
def request_update(
    *,
    request: PartnerRequest,
    user: User,
    skills: Sequence[WantedSkill] | None = None,
    funding_partners: Iterable[FundingPartner] | None = None,
    **fields,
) -> PartnerRequest:
    """The focal point (or a coordinator) edits a request not yet in review."""
    if not actors_for(user, request) or not request.is_editable:
        raise PermissionDenied
    if not fields.get("on_site", request.on_site):
        fields["location"] = None
    for name, value in fields.items():
        setattr(request, name, value)
    request.save(update_fields=list(fields))
    if funding_partners is not None:
        request.funding_partners.set(funding_partners)
    if skills is not None:
        _set_skills(request, skills)
    return request


@transaction.atomic
def request_set_availability_share(
    *, request: PartnerRequest, user: User, share: int
) -> PartnerRequest:
    """A coordinator sets how much of the period a remote expert must be free."""
    _require_coordinator(user)
    if not 0 <= share <= 100:
        raise ValueError("The share is a percentage, 0 to 100.")
    request.min_availability_share = share
    request.save(update_fields=["min_availability_share"])
    return request


def _notify_transition(request: PartnerRequest, to_status: str) -> None:
    url = request.get_absolute_url()
    params = {"title": request.title, "status": S(to_status).label}
    subject = gettext_lazy("Request “%(title)s”: %(status)s")
    if to_status == S.SUBMITTED:
        notify(
            coordinators(),
            subject,
            gettext_lazy("A new request was submitted: “%(title)s”. Review it here:"),
            url,
            **params,
        )
    elif to_status in (S.IN_REVIEW, S.CONFIRMED, S.CANCELLED, S.DRAFT, S.MATCHING):
        notify(
            focal_points(request.city),
            subject,
            gettext_lazy("Your request “%(title)s” is now: %(status)s. Follow it here:"),
            url,
            **params,
        )
    elif to_status in (S.IN_PROGRESS, S.COMPLETED):
        recipients = [*coordinators(), *focal_points(request.city)]
        if hasattr(request, "mission"):
            recipients += [e.user for e in request.mission.experts.select_related("user")]
        message = gettext_lazy("The mission “%(title)s” is now: %(status)s.")
        notify(recipients, subject, message, url, **params)


@transaction.atomic
def request_transition(
    *,
    request: PartnerRequest,
    user: User | None,
    to_status: str,
    note: str = "",
    system: bool = False,
) -> PartnerRequest:
    """Move the request if the user's part in it allows that step from here."""
    _lock_request(request)
    actors = actors_for(user, request) if user is not None else set()
    if system:
        actors.add(Actor.SYSTEM)
    if not allowed(request.status, to_status, actors):
        raise TransitionNotAllowed(
            _("A request cannot go from “%(from)s” to “%(to)s” by your hand.")
            % {"from": S(request.status).label, "to": S(to_status).label}
        )
    if (
        to_status == S.CONFIRMED
        and not request.proposals.filter(status=ExpertProposal.Status.ACCEPTED).exists()
    ):
        raise TransitionNotAllowed(_("No proposed expert has accepted yet."))
    from_status = request.status
    request.status = to_status
    request.save(update_fields=["status"])
    _log(request, from_status, to_status, user, note)
    if to_status == S.CONFIRMED:
        _mission_create(request)
    _notify_transition(request, to_status)
    if to_status == S.COMPLETED and hasattr(request, "mission"):
        _attestations_enqueue(request.mission)
    return request


def _attestations_enqueue(mission: Mission) -> None:
    """Issue the experts' attestations in the background, once the completion is committed."""
    from exchange.tasks import issue_mission_attestations  # the task module imports the services

    transaction.on_commit(lambda: issue_mission_attestations.enqueue(mission.pk))


# -- proposals ---------------------------------------------------------------


def _lock_request(request: PartnerRequest) -> PartnerRequest:
    """Lock the request's row (until the commit) and read its current state."""
    locked = PartnerRequest.objects.select_for_update().get(pk=request.pk)
    request.status = locked.status
    return request


def _require_coordinator(user: User) -> None:
    if not user.is_coordinator:
        raise PermissionDenied


@transaction.atomic
def proposal_create(
    *,
    request: PartnerRequest,
    expert: ExpertProfile,
    by: User,
    score: int = 0,
    reasons: list | None = None,
) -> ExpertProposal:
    """A coordinator proposes an expert; the expert is asked to accept.

    The request's row is locked first, so simultaneous proposals (a double
    click, two coordinators) queue up and each sees the status the previous
    one left: one proposal per expert, the request moved once.
    """
    _require_coordinator(by)
    request = _lock_request(request)
    if request.status not in (S.MATCHING, S.EXPERTS_PROPOSED):
        raise TransitionNotAllowed(_("Experts are proposed only while a request is in matching."))
    proposal, created = ExpertProposal.objects.get_or_create(
        request=request,
        expert=expert,
        defaults={"status": ExpertProposal.Status.PROPOSED, "proposed_by": by},
    )
    if not created and proposal.status in (
        ExpertProposal.Status.PROPOSED,
        ExpertProposal.Status.ACCEPTED,
    ):
        return proposal
    proposal.status = ExpertProposal.Status.PROPOSED
    proposal.proposed_by = by
    proposal.score = score
    proposal.reasons = reasons or []
    proposal.answered_at = None
    proposal.save()
    if request.status == S.MATCHING:
        request_transition(request=request, user=by, to_status=S.EXPERTS_PROPOSED)
    notify(
        [expert.user],
        gettext_lazy("You are proposed for “%(title)s”"),
        gettext_lazy(
            "The coordinators propose you for the request “%(title)s” (%(city)s, "
            "%(start)s – %(end)s). Accept or decline here:"
        ),
        reverse("exchange:my_missions"),
        title=request.title,
        city=request.city.name,
        start=request.start_date,
        end=request.end_date,
    )
    return proposal


@transaction.atomic
def proposal_volunteer(*, request: PartnerRequest, expert: ExpertProfile) -> ExpertProposal:
    """An expert offers themselves for an open request (twice: one proposal)."""
    request = _lock_request(request)
    if request.status not in (S.MATCHING, S.EXPERTS_PROPOSED):
        raise TransitionNotAllowed(_("This request is not open to volunteers."))
    proposal, created = ExpertProposal.objects.get_or_create(
        request=request, expert=expert, defaults={"status": ExpertProposal.Status.VOLUNTEERED}
    )
    if created:
        notify(
            coordinators(),
            gettext_lazy("%(expert)s volunteers for “%(title)s”"),
            gettext_lazy("%(expert)s volunteers for the request “%(title)s”. See the shortlist:"),
            reverse("exchange:request_shortlist", kwargs={"pk": request.pk}),
            expert=str(expert),
            title=request.title,
        )
    return proposal


@transaction.atomic
def proposal_answer(*, proposal: ExpertProposal, user: User, accept: bool) -> ExpertProposal:
    """The proposed expert accepts or declines."""
    if proposal.expert.user_id != user.pk:
        raise PermissionDenied
    if proposal.status != ExpertProposal.Status.PROPOSED:
        raise TransitionNotAllowed(_("This proposal has already been answered."))
    proposal.status = ExpertProposal.Status.ACCEPTED if accept else ExpertProposal.Status.DECLINED
    proposal.answered_at = timezone.now()
    proposal.save(update_fields=["status", "answered_at"])
    request = proposal.request
    notify(
        [*coordinators(), *focal_points(request.city)],
        gettext_lazy("%(expert)s %(answer)s “%(title)s”"),
        gettext_lazy("%(expert)s %(answer)s the request “%(title)s”."),
        request.get_absolute_url(),
        expert=str(proposal.expert),
        answer=gettext_lazy("accepts") if accept else gettext_lazy("declines"),
        title=request.title,
    )
    return proposal


@transaction.atomic
def batch_apply(
    *, user: User, assignment: Assignment, http_request: HttpRequest | None = None
) -> list[ExpertProposal]:
    """Send out a batch proposal: one proposal per (request, expert) pair;
    recorded in the audit trail (`http_request` gives the address)."""
    _require_coordinator(user)
    from exchange.selectors import build_pool, request_data

    requests = PartnerRequest.objects.for_matching().in_bulk(
        {request_id for request_id, _e, _s in assignment.pairs}
    )
    experts = ExpertProfile.objects.in_bulk({expert for _r, expert, _s in assignment.pairs})
    pool = build_pool(ExpertProfile.objects.filter(pk__in=experts))
    proposals = []
    for request_id, expert_id, score in assignment.pairs:
        request = requests[request_id]
        explanation = pool.explain_pair(request_data(request), expert_id)
        proposals.append(
            proposal_create(
                request=request,
                expert=experts[expert_id],
                by=user,
                score=score,
                reasons=[r.as_dict() for r in explanation.reasons],
            )
        )
    audit.record(
        audit.Action.ASSIGNMENT_APPLIED,
        actor=user,
        target=f"{len(proposals)} proposals",
        detail="\n".join(f"request {r} ← expert {e}" for r, e, _s in assignment.pairs),
        request=http_request,
    )
    return proposals


# -- missions ----------------------------------------------------------------


def _mission_create(request: PartnerRequest) -> Mission:
    mission, _created = Mission.objects.get_or_create(
        request=request,
        defaults={
            "start_date": request.start_date,
            "end_date": request.end_date,
            "place": request.location if request.on_site else None,
        },
    )
    accepted = ExpertProfile.objects.filter(
        proposals__request=request, proposals__status=ExpertProposal.Status.ACCEPTED
    )
    mission.experts.set(accepted)
    notify(
        [e.user for e in accepted.select_related("user")],
        gettext_lazy("Mission confirmed: “%(title)s”"),
        gettext_lazy("Your mission “%(title)s” is confirmed (%(start)s – %(end)s). Details:"),
        mission.get_absolute_url(),
        title=request.title,
        start=mission.start_date,
        end=mission.end_date,
    )
    return mission


@transaction.atomic
def report_file(
    *, mission: Mission, user: User, text: str, files: Sequence[UploadedFile] = ()
) -> MissionReport:
    """An expert of the mission files their report (files already checked)."""
    expert = mission.experts.filter(user=user).first()
    if expert is None:
        raise PermissionDenied
    if mission.request.status not in (S.IN_PROGRESS, S.COMPLETED, S.EVALUATED):
        raise TransitionNotAllowed(_("A report is filed once the mission has started."))
    report, _created = MissionReport.objects.update_or_create(
        mission=mission, author=expert, defaults={"text": text}
    )
    for file in files:
        ReportAttachment.objects.create(report=report, file=file)
    notify(
        [*coordinators(), *focal_points(mission.request.city)],
        gettext_lazy("Mission report: “%(title)s”"),
        gettext_lazy(
            "%(expert)s filed the report of the mission “%(title)s”. Read it and rate the mission:"
        ),
        mission.get_absolute_url(),
        expert=str(expert),
        title=mission.request.title,
    )
    return report


@transaction.atomic
def evaluation_file(
    *,
    mission: Mission,
    user: User,
    objectives_met: int,
    knowledge_transferred: int,
    would_work_together_again: bool,
    comment: str = "",
) -> MissionEvaluation:
    """The partner's focal point rates the mission (which closes the
    request), or an expert of the mission rates the partnership."""
    request = mission.request
    if mission.experts.filter(user=user).exists():
        kind = MissionEvaluation.Kind.EXPERT
    elif Actor.FOCAL_POINT in actors_for(user, request):
        kind = MissionEvaluation.Kind.PARTNER
    else:
        raise PermissionDenied
    if request.status not in (S.COMPLETED, S.EVALUATED):
        raise TransitionNotAllowed(_("A mission is rated once it is completed."))
    evaluation, _created = MissionEvaluation.objects.update_or_create(
        mission=mission,
        kind=kind,
        author=user,
        defaults={
            "objectives_met": objectives_met,
            "knowledge_transferred": knowledge_transferred,
            "would_work_together_again": would_work_together_again,
            "comment": comment,
        },
    )
    if kind == MissionEvaluation.Kind.PARTNER and request.status == S.COMPLETED:
        request_transition(request=request, user=user, to_status=S.EVALUATED, system=True)
    return evaluation
