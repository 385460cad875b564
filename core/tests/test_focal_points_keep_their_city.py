"""The migration to grants: focal points keep the city they acted for."""

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("core", "0004_adopt_exchange_tables")]
AFTER = [("core", "0005_grants_and_profile_proposals")]


@pytest.mark.django_db(transaction=True)
def test_existing_focal_points_become_grants_for_their_current_city():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    City, Group = apps.get_model("core", "City"), apps.get_model("auth", "Group")
    User = apps.get_model("core", "User")
    rio = City.objects.create(name="Rio", slug="rio", country="Brazil")
    group = Group.objects.get_or_create(name="City focal point")[0]
    focal = User.objects.create(email="focal@example.org", city=rio)
    focal.groups.add(group)
    User.objects.create(email="official@example.org", city=rio)
    homeless = User.objects.create(email="nocity@example.org")
    homeless.groups.add(group)

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    apps = executor.loader.project_state(AFTER).apps
    grants = apps.get_model("core", "FocalPointGrant").objects.values_list("user__email", "city")
    assert list(grants) == [("focal@example.org", rio.pk)]
