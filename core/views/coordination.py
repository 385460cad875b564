"""The coordinators' home: what needs their attention, app by app."""

from django.shortcuts import render

from core.access import coordinator_required
from core.coordination import coordination_sections


@coordinator_required
def coordination(request):
    return render(request, "core/coordination.html", {"sections": coordination_sections(request)})
