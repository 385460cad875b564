"""`{% pagefragment name [vary_on ...] %}…{% endpagefragment %}`: a part of a
Wagtail page's template that is the same for everyone who sees that page in
that state, kept in the shared cache until a page changes.

Like Wagtail's `{% wagtailpagecache %}` (never in a preview; the page and the
site are part of the key), but filed with `core.cache_versions.versioned`
under the pages' version: a request served through a remembered route then
reads it in the same round trip as its route (`core.routing`), and any page
change, not only this page's next publish, renews it.
"""

import hashlib

from django import template

from wagtail.models import Page, Site

from core.cache_versions import versioned

register = template.Library()


class PageFragmentNode(template.Node):
    def __init__(self, nodelist, name: str, vary_on: list):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context) -> str:
        request, page = context.get("request"), context.get("page")
        if (
            request is None
            or not isinstance(page, Page)
            or page.pk is None
            or getattr(request, "is_preview", False)
        ):
            return self.nodelist.render(context)
        site = Site.find_for_request(request)
        vary = [page.pk, site.pk if site else None, *(v.resolve(context) for v in self.vary_on)]
        digest = hashlib.sha256(repr(vary).encode()).hexdigest()[:32]
        return versioned(
            f"fragment:{self.name}:{digest}", (Page,), lambda: self.nodelist.render(context)
        )


@register.tag
def pagefragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a fragment name.")
    nodelist = parser.parse(("endpagefragment",))
    parser.delete_first_token()
    return PageFragmentNode(nodelist, bits[1], [parser.compile_filter(bit) for bit in bits[2:]])
