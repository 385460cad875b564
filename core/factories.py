import factory
from allauth.account.models import EmailAddress

from wagtail.models import Locale

from core.models import (
    City,
    CooperationProject,
    Domain,
    FundingPartner,
    Organisation,
    Partnership,
    PartnershipText,
    ProjectFunding,
    User,
)
from core.roles import Role
from core.services import user_join_role


class DomainFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Domain
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Domain {n}")
    slug = factory.Sequence(lambda n: f"domain-{n}")


class CityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = City
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"City {n}")
    slug = factory.Sequence(lambda n: f"city-{n}")
    country = "France"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    city = factory.SubFactory(CityFactory)


class PartnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partnership
        skip_postgeneration_save = True

    city_a = factory.SubFactory(CityFactory)
    city_b = factory.SubFactory(CityFactory)
    slug = factory.Sequence(lambda n: f"partnership-{n}")
    since = 2004

    @factory.post_generation
    def summary(partnership, create, extracted, **kwargs):
        """Its text in the default language (`summary=...` to choose it)."""
        if create:
            PartnershipText.objects.create(
                partnership=partnership,
                locale=Locale.get_default(),
                summary=extracted or "Two cities working together.",
            )


class FundingPartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FundingPartner

    name = factory.Sequence(lambda n: f"Funder {n}")
    kind = FundingPartner.Kind.STATE


class CooperationProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CooperationProject

    partnership = factory.SubFactory(PartnershipFactory)
    title = factory.Sequence(lambda n: f"Project {n}")
    slug = factory.Sequence(lambda n: f"project-{n}")
    domain = factory.SubFactory(DomainFactory)
    start_year = 2005
    summary = "A project."


class ProjectFundingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectFunding

    project = factory.SubFactory(CooperationProjectFactory)
    funder = factory.SubFactory(FundingPartnerFactory)


class UserFactory(factory.django.DjangoModelFactory):
    """A user with a complete profile and a verified e-mail address.

    `UserFactory(roles=[Role.EXPERT])` puts them in role groups.
    """

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = "Dara"
    last_name = factory.Sequence(lambda n: f"Person{n}")
    organisation = factory.SubFactory(OrganisationFactory)
    city = factory.SelfAttribute("organisation.city")
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=obj, email=obj.email, verified=True, primary=True)

    @factory.post_generation
    def roles(obj, create, extracted, **kwargs):
        """A focal point is granted their profile's city."""
        if create and extracted:
            for role in extracted:
                user_join_role(user=obj, role=role, city=obj.city)


def coordinator(*, mfa: bool = True, **kwargs) -> User:
    """A coordinator, by default with two-factor authentication set up."""
    user = UserFactory(roles=[Role.COORDINATOR], **kwargs)
    if mfa:
        with_totp(user)
    return user


def with_totp(user: User) -> str:
    """Give `user` an active authenticator app; returns its secret."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def pdf_bytes(pages: int = 1) -> bytes:
    """A small, real PDF (blank pages) that any reader parses."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
