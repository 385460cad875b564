"""Restore a backup archive into an empty database and media folder."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, backup_restore


class Command(BaseCommand):
    help = (
        "Restore a backup (an archive, or the newest archive in a directory) into an "
        "empty database and media folder; --overwrite replaces what is there."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--overwrite", action="store_true")

    def handle(self, *args, path: Path, overwrite: bool, **options):
        if path.is_dir():
            archives = sorted(path.glob("passerelle-backup-*.tar"))
            if not archives:
                raise CommandError(f"No passerelle-backup-*.tar in {path}.")
            path = archives[-1]
        try:
            manifest = backup_restore(path, overwrite=overwrite)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Restored {path.name} ({len(manifest['files'])} files).")
