"""Live parts of training pages (`core.live`): rendered afresh for every
visitor, so a booking changes them without purging any page."""

from core.live import live_part
from training.models import Enrolment, Session, TrainingModulePage


@live_part(
    "module-sessions",
    template="training/includes/module_sessions.html",
    models=(Session, Enrolment),
)
def module_sessions(request, *, module_id: int) -> dict:
    """A module's upcoming sessions (of any of its translations) with their
    seats taken and waiting lists, in one query."""
    module = TrainingModulePage.objects.filter(pk=module_id).values("translation_key")
    sessions = (
        Session.objects.filter(module__translation_key__in=module)
        .upcoming()
        .with_counts()
        .order_by("starts_at")
    )
    return {"module_id": module_id, "sessions": list(sessions)}
