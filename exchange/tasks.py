"""Background tasks of the exchange app (django-tasks)."""

from django_tasks import task

from exchange.attestation_services import mission_attestations_issue
from exchange.models import Mission


@task()
def issue_mission_attestations(mission_id: int) -> list[str]:
    """Issue the attestations of a completed mission's experts and e-mail them;
    returns the numbers issued by this run.

    Idempotent: a second run (or a retry) issues nothing twice.
    """
    mission = Mission.objects.select_related("request__city").filter(pk=mission_id).first()
    if mission is None:
        return []
    return [attestation.number for attestation in mission_attestations_issue(mission=mission)]
