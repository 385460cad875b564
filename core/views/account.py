"""The signed-in person's own pages: their home and their profile."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.forms import ProfileForm
from core.services import profile_update


@login_required
def me(request):
    if not request.user.profile_complete:
        return redirect("core:profile")
    return render(request, "core/me.html")


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    user = request.user
    pending = user.profile_proposals.pending().first()
    initial = {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "city": user.city_id,
        "organisation": user.organisation_id,
        "job_title": user.job_title,
        "preferred_language": user.preferred_language,
        "offers_expertise": user.is_expert,
    }
    if pending and pending.city_id:
        initial["city"] = pending.city_id
        initial["organisation"] = pending.organisation_id
        initial["new_organisation_name"] = pending.new_organisation_name
    if pending and pending.expert_role:
        initial["offers_expertise"] = True
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        proposal = profile_update(user=user, **form.cleaned_data)
        messages.success(request, _("Your profile is saved."))
        if proposal:
            messages.info(
                request,
                _("A coordinator will review the changes to your workplace or roles."),
            )
        language = user.preferred_language
        translation.activate(language)
        response = redirect("core:me")
        response.set_cookie("django_language", language, samesite="Lax")
        return response
    return render(request, "core/profile.html", {"form": form, "pending": pending})
