"""What exchange holds about a person (see `core.privacy`)."""

from django.utils.translation import gettext_lazy as _

from core.privacy import Erasure, PersonalData, declare

EXCHANGE = _("running the exchange of expertise between cities")
COOPERATION_RECORD = _(
    "the record of the cooperation between cities (reported to its funders); "
    "it then points at the nameless erased account"
)


def _withhold_attestations(user):
    from documents.services import document_withhold_holder
    from exchange.models import Attestation

    for attestation in Attestation.objects.filter(holder=user):
        document_withhold_holder(document=attestation)


def _blank_evaluation_comments(user):
    from exchange.models import MissionEvaluation

    MissionEvaluation.objects.filter(author=user).update(comment="")


declare(
    PersonalData(
        "exchange.PartnerRequest",
        person="created_by",
        holds=_("partner requests the person filed for their city"),
        why=EXCHANGE,
        kept=_("for good: the city's request"),
        erasure=Erasure.KEEP,
        reason=COOPERATION_RECORD,
        export_as="partner_requests",
    ),
    PersonalData(
        "exchange.RequestTransition",
        person="by",
        holds=_("steps of a request's workflow the person took"),
        why=EXCHANGE,
        kept=_("as long as the request exists"),
        erasure=Erasure.KEEP,
        reason=COOPERATION_RECORD,
        export_as="request_steps",
    ),
    PersonalData(
        "exchange.ExpertProposal",
        person="expert__user",
        holds=_("the person's proposals for requests: status, score, reasons"),
        why=EXCHANGE,
        kept=_("as long as the request exists"),
        erasure=Erasure.KEEP,
        reason=COOPERATION_RECORD,
        export_as="proposals",
        also=("proposed_by",),
    ),
    PersonalData(
        "exchange.Mission",
        person="experts__user",
        holds=_("missions the person took part in"),
        why=EXCHANGE,
        kept=_("for good"),
        erasure=Erasure.KEEP,
        reason=COOPERATION_RECORD,
        export_as="missions",
    ),
    PersonalData(
        "exchange.MissionReport",
        person="author__user",
        holds=_("mission reports the person wrote"),
        why=EXCHANGE,
        kept=_("for good"),
        erasure=Erasure.KEEP,
        reason=_(
            "the report's content is the cooperation's record; its author is the "
            "expert profile, emptied and hidden (experts.ExpertProfile)"
        ),
        export_as="reports",
    ),
    PersonalData(
        "exchange.ReportAttachment",
        person="report__author__user",
        holds=_("files attached to the person's reports"),
        why=EXCHANGE,
        kept=_("for good"),
        erasure=Erasure.KEEP,
        reason=_("part of the report's content"),
        export_as="report_attachments",
        files=("file",),
    ),
    PersonalData(
        "exchange.MissionEvaluation",
        person="author",
        holds=_("evaluations the person gave: scores and comment"),
        why=_("matching learns from past ratings"),
        kept=_("for good"),
        erasure=Erasure.ANONYMISE,
        reason=_("the scores stay for matching; the free-text comment goes"),
        export_as="evaluations_given",
        erase=_blank_evaluation_comments,
    ),
    PersonalData(
        "exchange.Attestation",
        person="holder",
        holds=_("mission attestations: the holder's name as printed, the signed PDF"),
        why=_("proving the person took part in a mission"),
        kept=_("for good: an attestation can be verified at any time"),
        erasure=Erasure.ANONYMISE,
        reason=_(
            "an attestation must stay verifiable: the holder's name is withheld, the PDF deleted"
        ),
        export_as="attestations",
        files=("pdf",),
        erase=_withhold_attestations,
        also=("issued_by", "revoked_by"),
    ),
)
