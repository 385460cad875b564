"""Back up and restore everything a lost server would take with it: the
database, the media files (public and private: certificates, attachments,
exports) and the document signing key and certificate.

One tar archive holds them with a manifest of SHA-256 checksums. The
database is dumped with the engine's own tool: `pg_dump` custom format on
PostgreSQL (restored with `pg_restore`), SQLite's online backup API on
SQLite — both consistent while the site runs. Restoring refuses a database
or media folder that already holds data unless told to overwrite it.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess  # noqa: S404  (pg_dump / pg_restore, arguments as a list)
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connection
from django.utils import timezone

FORMAT = 1
DATABASE_SQLITE = "database.sqlite3"
DATABASE_POSTGRES = "database.pgdump"


class BackupError(Exception):
    """The backup or restore cannot go on; the message says why."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _signing_files() -> dict[str, Path]:
    return {
        "signing/key.pem": Path(settings.DOCUMENT_SIGNING_KEY),
        "signing/cert.pem": Path(settings.DOCUMENT_SIGNING_CERT),
    }


#: Each file storage's folder in the archive: public media and private media
#: (certificates, attestations, attachments, bulk ZIPs).
MEDIA_STORAGES = {"media": "default", "private-media": "private"}


def _media_roots() -> dict[str, Path]:
    """The folder of each file storage, by its name in the archive."""
    roots = {}
    for folder, alias in MEDIA_STORAGES.items():
        storage = settings.STORAGES[alias]
        if "FileSystemStorage" not in storage["BACKEND"]:
            raise BackupError(
                "Media files are in object storage: back the buckets up with their own "
                "versioning or replication (README, Backups)."
            )
        location = storage.get("OPTIONS", {}).get("location", settings.MEDIA_ROOT)
        roots[folder] = Path(location)
    return roots


def _pg_environment() -> dict[str, str]:
    db = connection.settings_dict
    env = {**os.environ, "PGDATABASE": db["NAME"], "PGUSER": db.get("USER") or ""}
    for key, name in [("HOST", "PGHOST"), ("PORT", "PGPORT"), ("PASSWORD", "PGPASSWORD")]:
        if db.get(key):
            env[name] = str(db[key])
    return env


def _dump_database(target: Path) -> str:
    if connection.vendor == "postgresql":
        path = target / DATABASE_POSTGRES
        subprocess.run(  # noqa: S603
            ["pg_dump", "--format=custom", "--no-owner", f"--file={path}"],  # noqa: S607
            env=_pg_environment(),
            check=True,
        )
        return path.name
    if connection.vendor == "sqlite":
        path = target / DATABASE_SQLITE
        connection.ensure_connection()
        with sqlite3.connect(path) as copy:
            connection.connection.backup(copy)
        copy.close()
        return path.name
    raise BackupError(f"No backup for the {connection.vendor} database.")


def backup_create(directory: Path) -> Path:
    """Write `passerelle-backup-<when>.tar` into `directory`; returns its path."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    archive_path = directory / f"passerelle-backup-{stamp}.tar"
    roots = _media_roots()
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        files: dict[str, Path] = {}
        database = _dump_database(scratch)
        files[database] = scratch / database
        for folder, root in roots.items():
            if root.exists():
                for path in sorted(p for p in root.rglob("*") if p.is_file()):
                    files[f"{folder}/{path.relative_to(root).as_posix()}"] = path
        for name, path in _signing_files().items():
            if path.exists():
                files[name] = path
        manifest = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "database": {"vendor": connection.vendor, "file": database},
            "files": {name: _sha256(path) for name, path in files.items()},
        }
        with tarfile.open(archive_path, "w") as archive:
            for name, path in files.items():
                archive.add(path, arcname=name)
            manifest_path = scratch / "manifest.json"
            manifest_path.write_text(json.dumps(manifest, indent=2))
            archive.add(manifest_path, arcname="manifest.json")
    archive_path.chmod(0o600)  # it holds the signing key
    return archive_path


def _is_empty_database() -> bool:
    """No account in it (a database not even migrated is empty too)."""
    from core.models import User

    try:
        return not User.objects.exists()
    except DatabaseError:
        connection.close()  # PostgreSQL: leave the failed transaction behind
        return True


def _extract(archive_path: Path, into: Path) -> dict:
    with tarfile.open(archive_path) as archive:
        archive.extractall(into, filter="data")
    manifest = json.loads((into / "manifest.json").read_text())
    if manifest.get("format") != FORMAT:
        raise BackupError("This archive was written by another version of the backup.")
    for name, checksum in manifest["files"].items():
        path = into / name
        if not path.is_file() or _sha256(path) != checksum:
            raise BackupError(f"{name} is missing or damaged in the archive.")
    return manifest


def _restore_database(source: Path, vendor: str) -> None:
    if vendor != connection.vendor:
        raise BackupError(f"The archive holds a {vendor} database, not {connection.vendor}.")
    if vendor == "postgresql":
        connection.close()
        subprocess.run(  # noqa: S603
            ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",  # noqa: S607
             f"--dbname={connection.settings_dict['NAME']}", str(source)],
            env=_pg_environment(),
            check=True,
        )  # fmt: skip
        return
    connection.ensure_connection()
    with sqlite3.connect(source) as copy:
        copy.backup(connection.connection)
    copy.close()


def _restore_tree(source: Path, target: Path) -> None:
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        destination = target / path.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, destination)


def backup_restore(archive_path: Path, *, overwrite: bool = False) -> dict:
    """Bring `archive_path` back: database, media, signing key and certificate.

    Refuses a database with accounts or a media folder with files in it,
    unless `overwrite`. Checks every checksum before touching anything.
    """
    roots = _media_roots()
    if not overwrite:
        if not _is_empty_database():
            raise BackupError("The database is not empty (use --overwrite to replace it).")
        for root in roots.values():
            if root.exists() and any(p.is_file() for p in root.rglob("*")):
                raise BackupError(f"{root} is not empty (use --overwrite to replace it).")
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        manifest = _extract(archive_path, scratch)
        _restore_database(scratch / manifest["database"]["file"], manifest["database"]["vendor"])
        for folder, root in roots.items():
            if (scratch / folder).exists():
                _restore_tree(scratch / folder, root)
        for name, path in _signing_files().items():
            if (scratch / name).exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(scratch / name, path)
                path.chmod(0o600)
    return manifest
