"""The partner-request workflow: which role may move a request from which
status to which, as one explicit table.

Actors are named by their relation to the request, not only by their
role: the focal point of the request's own city, the coordinators, and
the system (a step that follows from another action, e.g. the partner's
evaluation closes the request).
"""

from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class RequestStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    MATCHING = "matching", _("Matching")
    EXPERTS_PROPOSED = "experts_proposed", _("Experts proposed")
    CONFIRMED = "confirmed", _("Confirmed")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", pgettext_lazy("request status", "Completed")
    EVALUATED = "evaluated", _("Evaluated")
    CANCELLED = "cancelled", _("Cancelled")


class Actor(StrEnum):
    FOCAL_POINT = "focal_point"
    COORDINATOR = "coordinator"
    SYSTEM = "system"


S = RequestStatus
FP, CO, SYS = Actor.FOCAL_POINT, Actor.COORDINATOR, Actor.SYSTEM

TRANSITIONS: dict[tuple[str, str], frozenset[Actor]] = {
    (S.DRAFT, S.SUBMITTED): frozenset({FP}),
    (S.SUBMITTED, S.IN_REVIEW): frozenset({CO}),
    (S.SUBMITTED, S.DRAFT): frozenset({FP, CO}),
    (S.IN_REVIEW, S.MATCHING): frozenset({CO}),
    (S.IN_REVIEW, S.DRAFT): frozenset({CO}),
    (S.MATCHING, S.EXPERTS_PROPOSED): frozenset({CO, SYS}),
    (S.EXPERTS_PROPOSED, S.MATCHING): frozenset({CO}),
    (S.EXPERTS_PROPOSED, S.CONFIRMED): frozenset({CO}),
    (S.CONFIRMED, S.IN_PROGRESS): frozenset({CO, FP}),
    (S.IN_PROGRESS, S.COMPLETED): frozenset({CO, FP}),
    (S.COMPLETED, S.EVALUATED): frozenset({SYS}),
    **{
        (status, S.CANCELLED): frozenset({CO, FP} if status in (S.DRAFT, S.SUBMITTED) else {CO})
        for status in (
            S.DRAFT,
            S.SUBMITTED,
            S.IN_REVIEW,
            S.MATCHING,
            S.EXPERTS_PROPOSED,
            S.CONFIRMED,
            S.IN_PROGRESS,
        )
    },
}

# The way through when all goes well.
HAPPY_PATH = (
    S.DRAFT,
    S.SUBMITTED,
    S.IN_REVIEW,
    S.MATCHING,
    S.EXPERTS_PROPOSED,
    S.CONFIRMED,
    S.IN_PROGRESS,
    S.COMPLETED,
    S.EVALUATED,
)
# States where the request is open to matching.
OPEN_FOR_MATCHING = (S.MATCHING, S.EXPERTS_PROPOSED)
# States where a focal point may still edit the request's content.
EDITABLE = (S.DRAFT, S.SUBMITTED)


def allowed(from_status: str, to_status: str, actors: set[Actor]) -> bool:
    return bool(TRANSITIONS.get((from_status, to_status), frozenset()) & actors)


def next_statuses(from_status: str, actors: set[Actor]) -> list[str]:
    """The statuses these actors may move the request to, in workflow order."""
    order = list(RequestStatus.values)
    targets = [to for (frm, to), who in TRANSITIONS.items() if frm == from_status and who & actors]
    return sorted(targets, key=order.index)
