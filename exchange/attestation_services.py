"""Mission attestations: what one says (a mission, its dates, the expert's role),
issued once per expert and mission after completion, and e-mailed.

When a mission is completed, `exchange.tasks.issue_mission_attestations`
issues every expert's attestation and e-mails them
(`mission_attestations_issue`). Numbering, rendering, signing, revoking and
downloading are the documents app's (`documents.services`), shared with
certificates.
"""

import logging

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.models import User
from documents.registry import DocumentKind, DocumentTexts, coordinator_only, holder_or_coordinator
from documents.services import DocumentError, document_issue
from exchange.models import Attestation, Mission
from exchange.services import notify
from exchange.workflow import RequestStatus
from experts.models import ExpertProfile

logger = logging.getLogger(__name__)

COMPLETED = (RequestStatus.COMPLETED, RequestStatus.EVALUATED)
ATTESTATION_PREFIX = "PSL-ATT"

ATTESTATIONS = DocumentKind(
    name="attestation",
    model=Attestation,
    prefix=ATTESTATION_PREFIX,
    description="Mission attestation",
    subject="mission",
    facts_template="includes/attestation_facts.html",
    pdf_url_name="exchange:attestation_pdf",
    may_download=holder_or_coordinator,
    may_revoke=coordinator_only,
    texts=DocumentTexts(
        revoke=gettext_lazy("Revoke attestation %(number)s"),
        revoked=gettext_lazy("Attestation %(number)s is revoked."),
        reason_required=gettext_lazy("A reason is required to revoke an attestation."),
        valid=gettext_lazy(
            "this mission attestation was issued by Passerelle and has not been revoked."
        ),
        revoked_on=gettext_lazy("this attestation was revoked on %(date)s."),
    ),
)


class AttestationError(DocumentError):
    pass


def mission_is_completed(mission: Mission) -> bool:
    return mission.request.status in COMPLETED


def latest_attestations(mission: Mission) -> dict[int, Attestation]:
    """Each holder's latest attestation for the mission, valid or revoked, by user id."""
    latest: dict[int, Attestation] = {}
    for attestation in mission.attestations.order_by("created_at", "pk"):
        latest[attestation.holder_id] = attestation
    return latest


def attestation_issue(
    *, mission: Mission, expert: ExpertProfile, issued_by: User | None = None
) -> tuple[Attestation, bool]:
    """The expert's signed attestation for a completed mission; nothing twice.

    Returns (attestation, created). Refused before the mission is completed
    or for someone who was not one of its experts.
    """
    if not mission_is_completed(mission):
        raise AttestationError(_("The mission is not completed yet."))
    if not mission.experts.filter(pk=expert.pk).exists():
        raise AttestationError(_("This person was not an expert on the mission."))
    holder = expert.user
    language = holder.preferred_language
    with translation.override(language):
        role = _("expert")
    return document_issue(
        model=Attestation,
        holder=holder,
        subject=mission,
        printed={
            "mission_title": mission.request.title,
            "partner_city": str(mission.request.city),
            "start_date": mission.start_date,
            "end_date": mission.end_date,
            "role": role,
        },
        issued_by=issued_by,
        language=language,
    )


def _notify_ready(attestation: Attestation, mission: Mission) -> None:
    notify(
        [attestation.holder],
        gettext_lazy("Your mission attestation is ready: “%(title)s”"),
        gettext_lazy(
            "Your signed attestation %(number)s for the mission “%(title)s” (%(city)s, "
            "%(start)s – %(end)s) is ready. Download it from the mission page:"
        ),
        mission.get_absolute_url(),
        number=attestation.number,
        title=attestation.mission_title,
        city=attestation.partner_city,
        start=attestation.start_date,
        end=attestation.end_date,
    )


def mission_attestations_issue(*, mission: Mission) -> list[Attestation]:
    """Issue the attestation of every expert of a completed mission and e-mail
    each one that theirs is ready; returns the attestations issued now.

    Idempotent: an expert who already has an attestation for the mission gets
    neither a new one nor an e-mail. A revoked attestation counts too, so a
    re-run never undoes a coordinator's revocation. Not one transaction: each
    attestation is committed (and its e-mail sent) before the next.
    """
    if not mission_is_completed(mission):
        return []
    holders = set(mission.attestations.values_list("holder_id", flat=True))
    issued = []
    for expert in mission.experts.select_related("user").order_by("pk"):
        if expert.user_id in holders:
            continue
        attestation, created = attestation_issue(mission=mission, expert=expert)
        if created:
            _notify_ready(attestation, mission)
            issued.append(attestation)
    return issued
