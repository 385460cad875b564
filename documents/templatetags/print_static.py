"""``{% print_static %}``: the URL of a static file for a print template.

It is ``{% static %}`` — hashed names under the manifest storage, the
storage's own URL on a CDN — except for a file the manifest does not list
yet: a document rendered before ``collectstatic`` has run (``load_demo`` on a
fresh production checkout) gets the plain ``STATIC_URL`` path, which the
document fetcher reads from the source folders, instead of a ``ValueError``.
"""

from urllib.parse import quote, urljoin

from django import template
from django.conf import settings
from django.templatetags.static import static

register = template.Library()


@register.simple_tag
def print_static(path: str) -> str:
    try:
        return static(path)
    except ValueError:  # "Missing staticfiles manifest entry": not collected yet
        return urljoin(settings.STATIC_URL, quote(path))
