from django.db import migrations


def create_roles(apps, schema_editor):
    from core.roles import ensure_roles

    ensure_roles(apps)


class Migration(migrations.Migration):
    """Coordinators may submit pages for translation (wagtail-localize)."""

    dependencies = [
        ("core", "0009_private_storage"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
