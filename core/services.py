"""Writes that touch several models: keyword-only, typed, atomic.

Access follows what a coordinator granted, never what a person typed: a
person's own profile form saves their name and language, records their first
city and organisation (which open nothing by themselves) and turns any later
change of workplace, or the wish to be an expert, into a `ProfileProposal`
that a coordinator approves or declines.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from core import audit
from core.models import City, FocalPointGrant, Organisation, ProfileProposal, User
from core.roles import Role


def user_join_role(*, user: User, role: Role, city: City | None = None) -> None:
    """Put `user` in `role`'s group; the focal-point role is for a named `city`."""
    if role is Role.FOCAL_POINT:
        if city is None:
            raise ValueError("The focal-point role is granted for a named city.")
        focal_point_grant(user=user, city=city)
        return
    group, _ = Group.objects.get_or_create(name=role.group_name)
    user.groups.add(group)
    user.forget_roles()


@transaction.atomic
def focal_point_grant(
    *,
    user: User,
    city: City,
    granted_by: User | None = None,
    request: HttpRequest | None = None,
) -> FocalPointGrant:
    """Make `user` the focal point of `city` (replacing the city they had).

    The group is kept in step so that the Wagtail admin lists the role, but
    access reads the grant: a group given by hand opens no city. Recorded in
    the audit trail (`request` gives the address)."""
    grant, _ = FocalPointGrant.objects.update_or_create(
        user=user,
        defaults={"city": city, "granted_by": granted_by, "granted_at": timezone.now()},
    )
    group, _ = Group.objects.get_or_create(name=Role.FOCAL_POINT.group_name)
    user.groups.add(group)
    user.forget_roles()
    audit.record(
        audit.Action.ROLE_GRANTED,
        actor=granted_by,
        subject=user,
        target=f"{Role.FOCAL_POINT.group_name}: {city}",
        request=request,
    )
    return grant


@transaction.atomic
def focal_point_revoke(
    *, user: User, by: User | None = None, request: HttpRequest | None = None
) -> None:
    grant = FocalPointGrant.objects.filter(user=user).select_related("city").first()
    FocalPointGrant.objects.filter(user=user).delete()
    user.groups.remove(*Group.objects.filter(name=Role.FOCAL_POINT.group_name))
    user.forget_roles()
    audit.record(
        audit.Action.ROLE_REMOVED,
        actor=by,
        subject=user,
        target=f"{Role.FOCAL_POINT.group_name}: {grant.city if grant else ''}",
        request=request,
    )


def _organisation_named(city: City, name: str) -> Organisation:
    organisation, _ = Organisation.objects.get_or_create(
        city=city, name__iexact=name, defaults={"name": name}
    )
    return organisation


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
) -> ProfileProposal | None:
    """Save who the person is; returns the proposal a coordinator must decide, if any.

    A person without a workplace yet records it directly (an organisation
    not listed is created in their city, or reused if someone named it
    first). A later change of city or organisation, and ticking "I also
    offer my expertise", wait for a coordinator: they replace the person's
    pending proposal, and leaving everything as it is withdraws it.
    """
    user.first_name = first_name
    user.last_name = last_name
    user.job_title = job_title
    user.preferred_language = preferred_language
    fields = ["first_name", "last_name", "job_title", "preferred_language"]
    moves = False
    if user.city_id is None:
        user.city = city
        user.organisation = organisation or _organisation_named(city, new_organisation_name)
        fields += ["city", "organisation"]
    else:
        moves = city.pk != user.city_id or (
            organisation.pk != user.organisation_id if organisation else bool(new_organisation_name)
        )
    user.save(update_fields=fields)

    wants_expert_role = offers_expertise and not user.is_expert
    ProfileProposal.objects.pending().filter(user=user).delete()
    if not (moves or wants_expert_role):
        return None
    return ProfileProposal.objects.create(
        user=user,
        city=city if moves else None,
        organisation=organisation if moves else None,
        new_organisation_name=new_organisation_name if moves and not organisation else "",
        expert_role=wants_expert_role,
    )


@transaction.atomic
def proposal_approve(*, proposal: ProfileProposal, by: User) -> ProfileProposal:
    """A coordinator accepts the change: the workplace moves, the expert role
    is given. A focal-point grant stays for its city until a coordinator
    changes it (moving one's workplace is not acting for another city)."""
    proposal = ProfileProposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != ProfileProposal.Status.PENDING:
        return proposal
    user = proposal.user
    if proposal.city_id is not None:
        user.city = proposal.city
        user.organisation = proposal.organisation or _organisation_named(
            proposal.city, proposal.new_organisation_name
        )
        user.save(update_fields=["city", "organisation"])
    if proposal.expert_role:
        user_join_role(user=user, role=Role.EXPERT)
    return _decide(proposal, ProfileProposal.Status.APPROVED, by)


@transaction.atomic
def proposal_decline(*, proposal: ProfileProposal, by: User) -> ProfileProposal:
    proposal = ProfileProposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != ProfileProposal.Status.PENDING:
        return proposal
    return _decide(proposal, ProfileProposal.Status.DECLINED, by)


def _decide(proposal: ProfileProposal, status: str, by: User) -> ProfileProposal:
    proposal.status = status
    proposal.decided_by = by
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["status", "decided_by", "decided_at"])
    changes = [str(proposal.city)] if proposal.city_id else []
    changes += [Role.EXPERT.group_name] if proposal.expert_role else []
    audit.record(
        audit.Action.PROFILE_CHANGE_DECIDED,
        actor=by,
        subject=proposal.user,
        target=", ".join(changes),
        detail=status,
    )
    return proposal
