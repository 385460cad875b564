"""manage.py verify_certificate FILE.pdf: exit 0 only for a genuine, unrevoked certificate."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from documents.verification import verify_certificate_file


class Command(BaseCommand):
    help = (
        "Check a certificate PDF's signature and print its number and status; "
        "exits non-zero, naming the problem, for a tampered, unsigned or revoked file."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="the certificate PDF")

    def handle(self, *args, file: Path, **options):
        try:
            pdf = file.read_bytes()
        except OSError as exc:
            raise CommandError(f"{file}: cannot read the file ({exc.strerror})") from exc
        result = verify_certificate_file(pdf)
        if result.problem:
            raise CommandError(f"{file}: {result.problem}")
        if result.revoked:
            raise CommandError(
                f"{result.number}: signature valid, but the document is {result.status}"
            )
        self.stdout.write(f"{result.number}: signature valid; status: {result.status}")
