"""Take over the tables of the models that moved from `exchange` to `core`.

Before `core` was split off, users, cities, partnerships and the home page
belonged to `exchange`. A database migrated then already holds their rows in
`exchange_*` tables and has `exchange` 0001–0003 recorded, which 0001–0003
here replace, so Django takes those as applied. This migration renames the
tables (and the many-to-many tables of the user) and moves the content types,
so permissions, page types and generic relations keep pointing at the same
rows. On a new database it finds nothing to rename and does nothing.
"""

from django.db import migrations

OLD_APP = "exchange"


def _renames(apps, schema_editor):
    existing = set(schema_editor.connection.introspection.table_names())
    for model in apps.get_app_config("core").get_models():
        old = f"{OLD_APP}_{model._meta.model_name}"
        if old in existing and model._meta.db_table not in existing:
            yield model, old, model._meta.db_table
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            if not through._meta.auto_created:
                continue
            old_through = f"{old}_{field.name}"
            if old_through in existing and through._meta.db_table not in existing:
                yield through, old_through, through._meta.db_table


def adopt_tables(apps, schema_editor):
    for model, old, new in list(_renames(apps, schema_editor)):
        schema_editor.alter_db_table(model, old, new)

    ContentType = apps.get_model("contenttypes", "ContentType")
    names = [model._meta.model_name for model in apps.get_app_config("core").get_models()]
    ContentType.objects.using(schema_editor.connection.alias).filter(
        app_label=OLD_APP, model__in=names
    ).update(app_label="core")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_roles"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(adopt_tables, migrations.RunPython.noop)]
