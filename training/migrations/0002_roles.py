from django.db import migrations


def create_roles(apps, schema_editor):
    from core.roles import ensure_roles

    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_initial"),
        ("core", "0003_roles"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
