import datetime

import factory

from core.factories import CityFactory, DomainFactory, UserFactory
from core.roles import Role
from experts.models import Availability, ExpertLanguage, ExpertProfile, ExpertSkill, Skill


class SkillFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Skill
        django_get_or_create = ["slug"]

    domain = factory.SubFactory(DomainFactory)
    name = factory.Sequence(lambda n: f"Skill {n}")
    slug = factory.Sequence(lambda n: f"skill-{n}")


class ExpertProfileFactory(factory.django.DjangoModelFactory):
    """An expert; `skills={skill: level}`, `languages={"en": 5}` and
    `available=[(start, end)]` fill in the related rows."""

    class Meta:
        model = ExpertProfile
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory, roles=[Role.EXPERT])
    home_city = factory.SelfAttribute("user.city")
    organisation = factory.SelfAttribute("user.organisation")
    years_of_experience = 10

    @factory.post_generation
    def skills(obj, create, extracted, **kwargs):
        for skill, level in (extracted or {}).items():
            ExpertSkill.objects.create(profile=obj, skill=skill, level=level)

    @factory.post_generation
    def languages(obj, create, extracted, **kwargs):
        for code, level in (extracted if extracted is not None else {"en": 5}).items():
            ExpertLanguage.objects.create(profile=obj, language=code, level=level)

    @factory.post_generation
    def available(obj, create, extracted, **kwargs):
        default = [(datetime.date(2027, 1, 1), datetime.date(2027, 12, 31))]
        for start, end in extracted if extracted is not None else default:
            Availability.objects.create(profile=obj, start=start, end=end)


__all__ = ["CityFactory", "ExpertProfileFactory", "SkillFactory"]
