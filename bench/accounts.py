"""Accounts the benches make up front, like one of the demo's."""


def accounts_like(email: str, *, count: int, email_prefix: str, name: str) -> list:
    """`count` new accounts like the demo account `email` (same city,
    organisation, language and groups), with unusable passwords, named
    `name 0`, `name 1`... and addressed `<email_prefix><n>@bench.invalid`."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    user_model = get_user_model()
    model = user_model.objects.get(email=email)
    first_name, _, last_name = name.partition(" ")
    accounts = user_model.objects.bulk_create(
        user_model(
            email=f"{email_prefix}{n}@bench.invalid",
            first_name=first_name,
            last_name=f"{last_name} {n}",
            password=make_password(None),
            city_id=model.city_id,
            organisation_id=model.organisation_id,
            preferred_language=model.preferred_language,
        )
        for n in range(count)
    )
    memberships = user_model.groups.through
    groups = list(model.groups.values_list("pk", flat=True))
    memberships.objects.bulk_create(
        memberships(user_id=account.pk, group_id=group) for account in accounts for group in groups
    )
    return accounts
