"""Mission attestations: issue (once per expert and mission, after completion) and revoke.

When a mission is completed, `exchange.tasks.issue_mission_attestations`
issues every expert's attestation and e-mails them
(`mission_attestations_issue`). Numbering, codes, signature and
verification are the certificates' own (`exchange.numbering`,
`documents`).
"""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.models import User
from documents.attestations import render_attestation
from documents.certificates import ATTESTATION_PREFIX
from documents.numbering import create_numbered
from exchange.models import Attestation, Mission
from exchange.services import notify
from exchange.workflow import RequestStatus
from experts.models import ExpertProfile

logger = logging.getLogger(__name__)

COMPLETED = (RequestStatus.COMPLETED, RequestStatus.EVALUATED)


class AttestationError(Exception):
    pass


def _display_name(user: User) -> str:
    return user.get_full_name().strip() or user.email


def mission_is_completed(mission: Mission) -> bool:
    return mission.request.status in COMPLETED


def latest_attestations(mission: Mission) -> dict[int, Attestation]:
    """Each holder's latest attestation for the mission, valid or revoked, by user id."""
    latest: dict[int, Attestation] = {}
    for attestation in mission.attestations.order_by("created_at", "pk"):
        latest[attestation.holder_id] = attestation
    return latest


@transaction.atomic
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
    existing = Attestation.objects.valid().filter(holder=holder, mission=mission).first()
    if existing:
        return existing, False
    language = holder.preferred_language
    with translation.override(language):
        role = _("expert")
    today = timezone.localdate()

    def duplicate() -> bool:
        return Attestation.objects.valid().filter(holder=holder, mission=mission).exists()

    try:
        attestation = create_numbered(
            Attestation,
            prefix=ATTESTATION_PREFIX,
            year=today.year,
            duplicate=duplicate,
            holder=holder,
            mission=mission,
            holder_name=_display_name(holder),
            mission_title=mission.request.title,
            partner_city=str(mission.request.city),
            start_date=mission.start_date,
            end_date=mission.end_date,
            role=role,
            issued_on=today,
            issuer_name=_display_name(issued_by) if issued_by else "Passerelle",
            language=language,
        )
    except IntegrityError:
        return Attestation.objects.valid().get(holder=holder, mission=mission), False
    pdf = render_attestation(attestation.as_document())
    attestation.store_pdf(pdf)
    logger.info("Attestation %s issued to user %s", attestation.number, holder.pk)
    return attestation, True


@transaction.atomic
def attestation_revoke(*, attestation: Attestation, revoked_by: User, reason: str) -> Attestation:
    """Revoke with a reason; the verification page says so at once."""
    reason = reason.strip()
    if not reason:
        raise AttestationError(_("A reason is required to revoke an attestation."))
    attestation = Attestation.objects.select_for_update().get(pk=attestation.pk)
    if attestation.is_revoked:
        return attestation
    attestation.revoke(by=revoked_by, reason=reason)
    logger.warning(
        "Attestation %s revoked by user %s: %s", attestation.number, revoked_by.pk, reason
    )
    return attestation


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
