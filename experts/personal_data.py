"""What experts holds about a person (see `core.privacy`)."""

from django.utils.translation import gettext_lazy as _

from core.privacy import Erasure, PersonalData, declare

EXPERTISE = _("matching the person with partner requests")


def _anonymise_profile(user):
    """The profile stays (missions and reports point at it) with nothing in it
    about the person; it leaves the directory and the matching."""
    from experts.models import ExpertProfile

    profile = ExpertProfile.objects.filter(user=user).first()
    if profile is None:
        return
    if profile.photo:
        profile.photo.delete(save=False)
    profile.department = ""
    profile.bio = ""
    profile.organisation = None
    profile.is_public = False
    profile.years_of_experience = 0
    profile.save()
    profile.domains.clear()


declare(
    PersonalData(
        "experts.ExpertProfile",
        person="user",
        holds=_("expert profile: home city, organisation, department, biography, photo"),
        why=EXPERTISE,
        kept=_("as long as the account exists"),
        erasure=Erasure.ANONYMISE,
        reason=_("missions and reports point at it; emptied and hidden"),
        export_as="expert_profile",
        files=("photo",),
        erase=_anonymise_profile,
        order=50,
    ),
    PersonalData(
        "experts.ExpertSkill",
        person="profile__user",
        holds=_("skills and levels"),
        why=EXPERTISE,
        kept=_("as long as the account exists"),
        erasure=Erasure.DELETE,
        export_as="expert_skills",
    ),
    PersonalData(
        "experts.ExpertLanguage",
        person="profile__user",
        holds=_("working languages and levels"),
        why=EXPERTISE,
        kept=_("as long as the account exists"),
        erasure=Erasure.DELETE,
        export_as="expert_languages",
    ),
    PersonalData(
        "experts.Availability",
        person="profile__user",
        holds=_("availability windows"),
        why=EXPERTISE,
        kept=_("as long as the account exists"),
        erasure=Erasure.DELETE,
        export_as="expert_availability",
    ),
)
