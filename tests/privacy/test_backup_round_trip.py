"""Back up, lose everything, restore: the same rows, the same files, and a
certificate that still verifies with the same signing key. Runs on the
database the suite runs on (SQLite, or PostgreSQL with DATABASE_URL)."""

import hashlib
import io
import shutil
import tarfile
from io import StringIO
from pathlib import Path

import pytest

from django.apps import apps
from django.core.management import CommandError, call_command

from core.models import User
from documents.verification import verify_certificate_file
from training.models import Certificate

# pg_dump and pg_restore work from their own connections: the data must be committed.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def signing_key(settings, tmp_path):
    settings.DOCUMENT_SIGNING_KEY = tmp_path / "signing" / "key.pem"
    settings.DOCUMENT_SIGNING_CERT = tmp_path / "signing" / "cert.pem"


def row_counts() -> dict[str, int]:
    return {
        m._meta.label: m._default_manager.count()
        for m in apps.get_models()
        if m._meta.managed and not m._meta.proxy
    }


def checksums(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in root.rglob("*")
        if p.is_file()
    }


def media_checksums(settings) -> dict[str, dict[str, str]]:
    """Public and private media (certificates live in the private storage)."""
    roots = {"public": settings.MEDIA_ROOT, "private": settings.PRIVATE_MEDIA_ROOT}
    return {name: checksums(Path(root)) for name, root in roots.items()}


def wipe(settings) -> None:
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    shutil.rmtree(settings.PRIVATE_MEDIA_ROOT, ignore_errors=True)
    Path(settings.DOCUMENT_SIGNING_KEY).unlink(missing_ok=True)
    Path(settings.DOCUMENT_SIGNING_CERT).unlink(missing_ok=True)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # Wagtail's root page
def test_backup_wipe_restore(person, settings, tmp_path):
    certificate = Certificate.objects.get(holder=person)
    pdf = certificate.pdf.read()
    counts, files = row_counts(), media_checksums(settings)
    key = Path(settings.DOCUMENT_SIGNING_KEY).read_bytes()
    assert User.objects.exists() and files["private"]

    call_command("backup", str(tmp_path / "backups"), stdout=StringIO())
    wipe(settings)
    assert not User.objects.exists()
    call_command("restore", str(tmp_path / "backups"), stdout=StringIO())

    assert row_counts() == counts
    assert media_checksums(settings) == files
    assert Path(settings.DOCUMENT_SIGNING_KEY).read_bytes() == key
    restored = Certificate.objects.get(number=certificate.number)
    assert restored.pdf.read() == pdf
    verification = verify_certificate_file(pdf)
    assert verification.ok, verification.problem
    assert (verification.number, verification.status) == (certificate.number, "valid")


@pytest.fixture
def some_data(settings):
    from django.core.files.storage import default_storage

    from core.factories import UserFactory

    UserFactory()
    default_storage.save("certificates/one.pdf", io.BytesIO(b"%PDF-1.4 one"))


def test_restore_refuses_a_database_with_data(some_data, tmp_path):
    call_command("backup", str(tmp_path / "backups"), stdout=StringIO())

    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(tmp_path / "backups"), stdout=StringIO())


def test_a_damaged_archive_is_refused_before_anything_changes(some_data, settings, tmp_path):
    call_command("backup", str(tmp_path / "backups"), stdout=StringIO())
    (archive,) = (tmp_path / "backups").glob("*.tar")
    damaged = tmp_path / "damaged" / archive.name
    damaged.parent.mkdir()
    with tarfile.open(archive) as source, tarfile.open(damaged, "w") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read()
            if member.name.startswith("media/"):
                data += b"tampered"
                member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    wipe(settings)

    with pytest.raises(CommandError, match="damaged"):
        call_command("restore", str(damaged), stdout=StringIO())
    assert not User.objects.exists()
