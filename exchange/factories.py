"""Factories for partner requests and missions (tests only)."""

import datetime

import factory

from core.factories import DomainFactory, PartnershipFactory, UserFactory
from core.roles import Role
from exchange.models import Mission, PartnerRequest, RequestSkill, RequestTransition


def focal_point(city, **kwargs):
    from core.factories import OrganisationFactory

    return UserFactory(
        roles=[Role.FOCAL_POINT], organisation=OrganisationFactory(city=city), **kwargs
    )


class PartnerRequestFactory(factory.django.DjangoModelFactory):
    """A request from the partnership's second city; `wanted={skill: (required, level)}`."""

    class Meta:
        model = PartnerRequest
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Request {n}")
    partnership = factory.SubFactory(PartnershipFactory)
    city = factory.SelfAttribute("partnership.city_b")
    location = factory.SelfAttribute("partnership.city_b")
    domain = factory.SubFactory(DomainFactory)
    needs = "Help us."
    working_languages = factory.LazyFunction(lambda: ["en"])
    start_date = datetime.date(2027, 3, 1)
    end_date = datetime.date(2027, 3, 14)
    experts_needed = 1
    created_by = factory.SubFactory(UserFactory)
    status = PartnerRequest.Status.DRAFT

    @factory.post_generation
    def wanted(obj, create, extracted, **kwargs):
        for skill, (required, level) in (extracted or {}).items():
            RequestSkill.objects.create(
                request=obj, skill=skill, required=required, min_level=level
            )

    @factory.post_generation
    def logged(obj, create, extracted, **kwargs):
        RequestTransition.objects.create(request=obj, from_status="", to_status=obj.status)


class MissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mission
        skip_postgeneration_save = True

    request = factory.SubFactory(PartnerRequestFactory, status=PartnerRequest.Status.IN_PROGRESS)
    start_date = factory.SelfAttribute("request.start_date")
    end_date = factory.SelfAttribute("request.end_date")
    place = factory.SelfAttribute("request.location")

    @factory.post_generation
    def experts(obj, create, extracted, **kwargs):
        if extracted:
            obj.experts.set(extracted)
