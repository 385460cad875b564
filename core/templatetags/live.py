"""`{% live "name" key=value %}`: a live part (`core.live`), rendered in place."""

from django import template
from django.utils.safestring import mark_safe

from core import live as live_parts
from core import pagecache

register = template.Library()


@register.simple_tag(takes_context=True)
def live(context, name: str, **keys) -> str:
    request = context["request"]
    part = live_parts.get(name)
    with context.push(part.context(request, **keys)):
        html = context.template.engine.get_template(part.template).render(context)
    return mark_safe(pagecache.mark_live_part(request, name, keys, html))  # noqa: S308
