"""Writes that touch several models: keyword-only, typed, atomic."""

from django.contrib.auth.models import Group
from django.db import transaction

from core.models import City, Organisation, User
from core.roles import Role


def user_join_role(*, user: User, role: Role) -> None:
    group, _ = Group.objects.get_or_create(name=role.group_name)
    user.groups.add(group)
    user.__dict__.pop("role_names", None)


@transaction.atomic
def profile_update(
    *,
    user: User,
    first_name: str,
    last_name: str,
    city: City,
    organisation: Organisation | None,
    new_organisation_name: str = "",
    job_title: str = "",
    preferred_language: str,
    offers_expertise: bool,
) -> User:
    """Save who the person is and where they work.

    A person whose organisation is not listed yet names it; it is created
    in their city (or reused if someone else named it first).
    """
    if organisation is None:
        organisation, _ = Organisation.objects.get_or_create(
            city=city, name__iexact=new_organisation_name, defaults={"name": new_organisation_name}
        )
    user.first_name = first_name
    user.last_name = last_name
    user.city = city
    user.organisation = organisation
    user.job_title = job_title
    user.preferred_language = preferred_language
    user.save(
        update_fields=[
            "first_name",
            "last_name",
            "city",
            "organisation",
            "job_title",
            "preferred_language",
        ]
    )
    if offers_expertise:
        user_join_role(user=user, role=Role.EXPERT)
    return user
