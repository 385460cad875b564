from django.core.files.storage import storages
from django.db import migrations


def forget_public_handouts(apps, schema_editor):
    """Handouts are now kept in the private storage. The copies in the public
    storage (MEDIA_ROOT, which the web server may publish) are deleted: they
    are a cache, and the next download renders the handout again, privately."""
    public = storages["default"]

    def remove(directory: str) -> None:
        try:
            folders, files = public.listdir(directory)
        except (FileNotFoundError, NotImplementedError):
            return
        for name in files:
            public.delete(f"{directory}/{name}")
        for folder in folders:
            remove(f"{directory}/{folder}")

    remove("handouts")


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0008_private_media"),
    ]

    operations = [
        migrations.RunPython(forget_public_handouts, migrations.RunPython.noop),
    ]
