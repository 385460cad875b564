"""Record what the audit trail keeps (`AuditEvent`): one small service.

Callers pass the request when there is one, for the client's address; jobs
and commands pass none. `record()` never fails the action it records for a
missing request or an unknown address.
"""

import ipaddress

from django.http import HttpRequest

from core import clients
from core.models import AuditEvent, User

Action = AuditEvent.Action


def client_ip(request: HttpRequest | None) -> str | None:
    """The client's address as every rate limit sees it (`core.clients`,
    `TRUSTED_PROXY_COUNT` behind proxies). Anything that is not an address
    is dropped."""
    if request is None:
        return None
    try:
        return str(ipaddress.ip_address(clients.client_ip(request)))
    except ValueError:
        return None


def record(
    action: str,
    *,
    actor: User | None = None,
    subject: User | None = None,
    target: str = "",
    detail: str = "",
    request: HttpRequest | None = None,
) -> AuditEvent:
    """Append one event: `actor` did `action` about `subject` (and `target`)."""
    if actor is not None and not actor.is_authenticated:
        actor = None
    return AuditEvent.objects.create(
        action=action,
        actor=actor,
        subject=subject,
        target=target[:200],
        detail=detail,
        ip_address=client_ip(request),
    )
