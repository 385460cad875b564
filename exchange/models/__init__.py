"""Exchange models: the foundation (cities, partnerships, users, pages),
partner requests with their workflow, and missions."""

from .attestations import Attestation
from .core import (
    YEAR_VALIDATORS,
    City,
    CooperationProject,
    Domain,
    FundingPartner,
    HomePage,
    Organisation,
    Partnership,
    PartnershipQuerySet,
    ProjectFunding,
    StandardPage,
    TranslatedNameMixin,
    User,
    UserManager,
)
from .missions import (
    Mission,
    MissionEvaluation,
    MissionReport,
    ReportAttachment,
)
from .requests import (
    ExpertProposal,
    PartnerRequest,
    RequestSkill,
    RequestStatus,
    RequestTransition,
)

__all__ = [
    "YEAR_VALIDATORS",
    "Attestation",
    "City",
    "CooperationProject",
    "Domain",
    "ExpertProposal",
    "FundingPartner",
    "HomePage",
    "Mission",
    "MissionEvaluation",
    "MissionReport",
    "Organisation",
    "PartnerRequest",
    "Partnership",
    "PartnershipQuerySet",
    "ProjectFunding",
    "ReportAttachment",
    "RequestSkill",
    "RequestStatus",
    "RequestTransition",
    "StandardPage",
    "TranslatedNameMixin",
    "User",
    "UserManager",
]
