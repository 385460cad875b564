from django import template

from core.zones import times_in_zone

register = template.Library()


@register.simple_tag(takes_context=True)
def times_in(context, starts_at, ends_at, zone: str, reader=None) -> str:
    """`{% times_in session.starts_at session.ends_at session.timezone %}`:
    "1 December 2026, 09:00–12:00 Phnom Penh time", with the reader's own
    time beside it when their profile puts them elsewhere (the signed-in
    visitor, or `reader=` such as an e-mail's recipient)."""
    if reader is None:
        request = context.get("request")
        reader = getattr(request, "user", None) if request is not None else None
    return times_in_zone(starts_at, ends_at, zone, reader=reader)
