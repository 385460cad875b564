from django.db import migrations


def create_roles(apps, schema_editor):
    from exchange.roles import ensure_roles

    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_initial"),
        ("exchange", "0003_roles"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
