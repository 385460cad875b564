"""The exchange section of the coordinators' page (`core.coordination`)."""

from django.db.models import Count, F, Q
from django.http import HttpRequest

from exchange.models import PartnerRequest
from exchange.selectors import ACTIVE_PROPOSALS
from exchange.workflow import RequestStatus

S = RequestStatus
# The statuses in which a request waits for a coordinator.
NEEDS_A_COORDINATOR = (S.SUBMITTED, S.IN_REVIEW, S.MATCHING, S.EXPERTS_PROPOSED)


def coordination_context(request: HttpRequest) -> dict:
    counts = dict(
        PartnerRequest.objects.filter(status__in=NEEDS_A_COORDINATOR)
        .values("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    short = (
        PartnerRequest.objects.open_for_matching()
        .annotate(taken=Count("proposals", filter=Q(proposals__status__in=ACTIVE_PROPOSALS)))
        .filter(taken__lt=F("experts_needed"))
        .count()
    )
    return {
        "statuses": [
            (status, status.label, counts.get(status, 0)) for status in NEEDS_A_COORDINATOR
        ],
        "short_of_experts": short,
    }
