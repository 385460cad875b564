"""Pages anyone can read, without an account."""

from django.shortcuts import get_object_or_404, render

from core.models import (
    City,
    CooperationProject,
    Domain,
    FundingPartner,
    Partnership,
    ProjectFunding,
)
from core.pagecache import cache_for_anonymous

#: What partnership pages show: cached until one of these changes.
PARTNERSHIP_MODELS = (Partnership, City, CooperationProject, ProjectFunding, FundingPartner, Domain)


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
    return render(
        request,
        "core/partnership_detail.html",
        {"partnership": partnership, "projects": projects},
    )
