"""Erase a person: what the registry (`core.privacy`) says, model by model.

The account row itself stays as a nameless tombstone (inactive, no e-mail
address, no password, no groups): certificates, reports, evaluations and
the audit trail keep pointing at it, so what must stay stays verifiable
without anyone's name, and deleting a person never trips over a protected
foreign key. Open edX retires users the same way.
"""

from django.db import transaction
from django.http import HttpRequest

from core import audit
from core.models import User
from core.privacy import Erasure, registry

ERASED_DOMAIN = "erased.invalid"


def is_erased(user: User) -> bool:
    return user.email.endswith(f"@{ERASED_DOMAIN}")


def anonymise_account(user: User) -> None:
    """The tombstone: nothing left that says who the person was."""
    user.email = f"erased-{user.pk}@{ERASED_DOMAIN}"
    user.first_name = ""
    user.last_name = ""
    user.job_title = ""
    user.city = None
    user.organisation = None
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()  # also ends every session (its hash changes)
    user.save()
    user.forget_roles()


@transaction.atomic
def user_erase(*, user: User, by: User | None = None, request: HttpRequest | None = None) -> User:
    """Erase `user` as each registry entry says: delete, anonymise or keep.

    Recorded in the audit trail (by whom; about the tombstone). Erasing an
    erased person again changes nothing.
    """
    user = User.objects.select_for_update().get(pk=user.pk)
    if is_erased(user):
        return user
    for entry in registry():
        if entry.erase is not None:
            entry.erase(user)
        elif entry.erasure is Erasure.DELETE:
            entry.records(user).delete()
    audit.record(
        audit.Action.ERASED,
        actor=by if by is not None and by.pk != user.pk else None,
        subject=user,
        detail="self-service" if by is not None and by.pk == user.pk else "",
        request=request,
    )
    return user
