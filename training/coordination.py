"""The training section of the coordinators' page (`core.coordination`)."""

from django.http import HttpRequest

from training.models import Certificate, Session


def coordination_context(request: HttpRequest) -> dict:
    return {
        "sessions": list(
            Session.objects.upcoming()
            .with_counts()
            .select_related("module", "trainer")
            .order_by("starts_at")[:6]
        ),
        "certificates": list(Certificate.objects.order_by("-issued_on", "-pk")[:6]),
    }
