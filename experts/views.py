"""Expert pages: the directory, a public profile and one's own profile.

Requests that fit, proposals and missions are `exchange`'s (exchange/views/experts.py)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.access import role_required
from core.roles import Role
from experts.forms import (
    AvailabilityFormSet,
    DirectoryFilterForm,
    ExpertProfileForm,
    LanguageFormSet,
    SkillFormSet,
)
from experts.models import ExpertProfile
from experts.services import expert_profile_save, profile_for


@login_required
def directory(request):
    filters = DirectoryFilterForm(request.GET or None)
    profiles = filters.filter(
        ExpertProfile.objects.public()
        .select_related("user", "home_city", "organisation")
        .prefetch_related("skills__skill", "languages")
    )
    page = Paginator(profiles, 20).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "experts/directory.html",
        {"filters": filters, "page": page, "query": query.urlencode()},
    )


@login_required
def detail(request, pk: int):
    profile = get_object_or_404(
        ExpertProfile.objects.visible_to(request.user).select_related(
            "user", "home_city", "organisation"
        ),
        pk=pk,
    )
    return render(
        request,
        "experts/detail.html",
        {
            "profile": profile,
            "skills": profile.skills.select_related("skill__domain"),
            "languages": profile.languages.all(),
            "availabilities": profile.availabilities.all(),
        },
    )


@role_required(Role.EXPERT)
@require_http_methods(["GET", "POST"])
def profile_edit(request):
    profile = profile_for(request.user) or ExpertProfile(
        user=request.user,
        home_city_id=request.user.city_id,
        organisation_id=request.user.organisation_id,
    )
    data, files = (request.POST, request.FILES) if request.method == "POST" else (None, None)
    form = ExpertProfileForm(data, files, instance=profile)
    formsets = (
        SkillFormSet(data, instance=profile, prefix="skills"),
        LanguageFormSet(data, instance=profile, prefix="languages"),
        AvailabilityFormSet(data, instance=profile, prefix="availability"),
    )
    if request.method == "POST" and form.is_valid() and all(f.is_valid() for f in formsets):
        expert_profile_save(user=request.user, form=form, formsets=formsets)
        messages.success(request, _("Your expert profile is saved."))
        return redirect("experts:profile_edit")
    return render(
        request,
        "experts/profile_form.html",
        {"form": form, "formsets": formsets, "profile": profile},
    )
