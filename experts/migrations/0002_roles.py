from django.db import migrations


def create_roles(apps, schema_editor):
    from core.roles import ensure_roles

    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("experts", "0001_initial"),
        ("exchange", "0004_requests_missions"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
