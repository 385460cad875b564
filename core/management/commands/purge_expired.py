"""Remove personal data whose time is up; run daily (README, docs/privacy.md)."""

from dataclasses import asdict

from django.core.management.base import BaseCommand

from core.retention import purge_expired


class Command(BaseCommand):
    help = (
        "Delete accounts never confirmed, expired exports, old login records "
        "and audit events past their retention period. Run it daily."
    )

    def handle(self, *args, **options):
        purged = purge_expired()
        for name, count in asdict(purged).items():
            self.stdout.write(f"{name.replace('_', ' ')}: {count}")
