"""Private files (attachments, issued PDFs, bulk ZIPs) have no public URL: they
live outside MEDIA_ROOT, under unguessable names, in the `private` storage."""

import pytest

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import models

from core.storage import private_storage

#: File fields whose files are public on purpose: shown on public pages, or
#: Wagtail's own (admin avatars, uploads in progress, documents, which Wagtail
#: serves through its own checked view).
PUBLIC_FILE_FIELDS = {
    "experts.ExpertProfile.photo",
    "wagtailimages.Image.file",
    "wagtailimages.Rendition.file",
    "wagtaildocs.Document.file",
    "wagtailusers.UserProfile.avatar",
    "wagtailcore.UploadedFile.file",
}


def _file_fields():
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.FileField) and field.model is model:
                yield f"{model._meta.label}.{field.name}", field


def _is_private(field) -> bool:
    """Declared with `private_storage` (compared through the field's
    deconstruction: the storage instance is replaced whenever a test
    overrides STORAGES)."""
    return field.deconstruct()[3].get("storage") is private_storage


def test_every_file_field_is_either_known_public_or_private():
    undecided = [
        label
        for label, field in _file_fields()
        if label not in PUBLIC_FILE_FIELDS and not _is_private(field)
    ]
    assert undecided == [], "store these in core.storage.private_storage or list them as public"


@pytest.mark.parametrize(
    "label",
    [
        "exchange.ReportAttachment.file",
        "exchange.Attestation.pdf",
        "training.Certificate.pdf",
        "training.CertificateBatch.archive",
    ],
)
def test_the_sensitive_files_are_private(label):
    assert _is_private(dict(_file_fields())[label])


def test_private_files_have_no_url_and_live_outside_media_root(settings, tmp_path):
    private = storages["private"]
    name = private.save("probe/secret.pdf", ContentFile(b"%PDF-1.4"))
    try:
        with pytest.raises(ValueError, match="no URL"):
            private.url(name)
        path = private.path(name)
        assert not path.startswith(str(settings.MEDIA_ROOT))
    finally:
        private.delete(name)
