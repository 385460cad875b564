"""Two storages: public media and private media.

Public media (`default`: page images, expert photos) may be served at a URL
by the web server or an object store. Private media (`private`: report
attachments, certificate and attestation PDFs, bulk-issue ZIPs) has no URL:
every file is streamed by a view that checks who asks, and its name carries
random bits so that it cannot be guessed either. docs/deployment.md says how
each is served in production.
"""

import secrets

from django.core.files.storage import FileSystemStorage, storages


class PrivateFileSystemStorage(FileSystemStorage):
    """Files on disk outside MEDIA_ROOT, with no URL at all."""

    def url(self, name):
        raise ValueError("Private files have no URL: a permission-checked view serves them.")


def private_storage():
    """The `private` storage (a callable, so models and migrations do not
    freeze one configuration)."""
    return storages["private"]


def unguessable_path(prefix: str, filename: str) -> str:
    """`prefix/<128 random bits>/filename`: a stored name nobody can guess."""
    return f"{prefix}/{secrets.token_urlsafe(16)}/{filename}"


def move_to_private(apps, app_label: str, model_name: str, field_name: str) -> None:
    """Migration helper: move a field's files stored before the split from the
    public storage to the private one (same names)."""
    public, private = storages["default"], storages["private"]
    model = apps.get_model(app_label, model_name)
    names = model.objects.exclude(**{field_name: ""}).values_list(field_name, flat=True)
    for name in names.iterator():
        if private.exists(name) or not public.exists(name):
            continue
        with public.open(name, "rb") as source:
            private.save(name, source)
        public.delete(name)
