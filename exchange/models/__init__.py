"""Exchange models: partner requests with their workflow, proposals, missions,
reports, evaluations and mission attestations."""

from .attestations import Attestation
from .missions import Mission, MissionEvaluation, MissionReport, ReportAttachment
from .requests import (
    ExpertProposal,
    PartnerRequest,
    RequestSkill,
    RequestStatus,
    RequestTransition,
)

__all__ = [
    "Attestation",
    "ExpertProposal",
    "Mission",
    "MissionEvaluation",
    "MissionReport",
    "PartnerRequest",
    "ReportAttachment",
    "RequestSkill",
    "RequestStatus",
    "RequestTransition",
]
