"""The audit trail, for coordinators: read and filter; nothing to edit or delete."""

from django.core.paginator import Paginator
from django.shortcuts import render

from core.access import coordinator_required
from core.forms import AuditFilterForm
from core.models import AuditEvent


@coordinator_required
def audit_events(request):
    form = AuditFilterForm(request.GET or None)
    events = form.filter(AuditEvent.objects.select_related("actor", "subject"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "core/audit_events.html",
        {
            "form": form,
            "page": Paginator(events, 50).get_page(request.GET.get("page")),
            "query": query.urlencode(),
        },
    )
