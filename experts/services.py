"""Writes for expert profiles."""

from django.db import transaction

from core.models import User
from experts.forms import AvailabilityFormSet, ExpertProfileForm, LanguageFormSet, SkillFormSet
from experts.models import ExpertProfile


@transaction.atomic
def expert_profile_save(
    *,
    user: User,
    form: ExpertProfileForm,
    formsets: tuple[SkillFormSet, LanguageFormSet, AvailabilityFormSet],
) -> ExpertProfile:
    """Save an expert's own profile with its skills, languages and windows
    (forms already validated)."""
    profile = form.save(commit=False)
    profile.user = user
    profile.save()
    form.save_m2m()
    for formset in formsets:
        formset.instance = profile
        formset.save()
    return profile


def profile_for(user: User) -> ExpertProfile | None:
    return ExpertProfile.objects.filter(user=user).first()
