"""Pages anyone can read, without an account."""

from dataclasses import dataclass, field

from django.shortcuts import get_object_or_404, render

from wagtail.models import Locale, Page, Site

from core.content_language import other_language_text
from core.models import (
    City,
    CooperationProject,
    Domain,
    FundingPartner,
    Partnership,
    PartnershipText,
    ProjectFunding,
)
from core.pagecache import cache_for_anonymous

#: What partnership pages show: cached until one of these changes.
PARTNERSHIP_MODELS = (
    Partnership,
    PartnershipText,
    City,
    CooperationProject,
    ProjectFunding,
    FundingPartner,
    Domain,
)


@cache_for_anonymous(*PARTNERSHIP_MODELS)
def partnership_list(request):
    partnerships = Partnership.objects.public().for_listing()
    return render(request, "core/partnership_list.html", {"partnerships": partnerships})


@cache_for_anonymous(*PARTNERSHIP_MODELS)
def partnership_detail(request, slug: str):
    partnership = get_object_or_404(
        Partnership.objects.public().select_related("city_a", "city_b"), slug=slug
    )
    projects = partnership.projects.select_related("domain").prefetch_related("fundings__funder")
    # Every language's text in one query: the reader's (or the default) is
    # shown, the others are named.
    partnership.texts_read = list(partnership.texts.select_related("locale"))
    text = partnership.text
    content = None
    if text is not None:
        written = {other.language for other in partnership.texts_read}
        content = other_language_text(text.language, written, request.path)
    return render(
        request,
        "core/partnership_detail.html",
        {"partnership": partnership, "text": text, "content": content, "projects": projects},
    )


@dataclass
class SiteMapNode:
    page: Page
    children: list["SiteMapNode"] = field(default_factory=list)


def _page_tree(request) -> list[SiteMapNode]:
    """The site's live public pages in the reader's language, as a tree under
    the home page (the tree path orders them as the admin shows them)."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    root = site.root_page.localized
    nodes: dict[str, SiteMapNode] = {}
    top: list[SiteMapNode] = []
    pages = (
        Page.objects.live()
        .public()
        .descendant_of(root, inclusive=True)
        .filter(locale=Locale.get_active())
        .order_by("path")
    )
    for page in pages:
        node = SiteMapNode(page)
        nodes[page.path] = node
        parent = nodes.get(page.path[: -Page.steplen])
        (parent.children if parent else top).append(node)
    return top


@cache_for_anonymous(*PARTNERSHIP_MODELS)
def site_map(request):
    """The site map for people (the XML one at /sitemap.xml is for search engines)."""
    return render(
        request,
        "core/site_map.html",
        {
            "tree": _page_tree(request),
            "partnerships": Partnership.objects.public().order_by("city_b__name"),
        },
    )
