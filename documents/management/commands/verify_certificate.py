"""manage.py verify_certificate FILE: exit 0 only for a genuine, unrevoked
certificate or attestation: its signed PDF (with the credential inside), its
Open Badges credential (JSON) or a baked badge image (PNG, SVG)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from documents.verification import verify_file


class Command(BaseCommand):
    help = (
        "Check a certificate PDF's signature (and the credential inside), an Open Badges "
        "credential JSON or a baked badge image, and print its number and status; exits "
        "non-zero, naming the problem, for a tampered, unsigned, foreign or revoked file."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="the PDF, credential JSON or badge image")

    def handle(self, *args, file: Path, **options):
        try:
            pdf = file.read_bytes()
        except OSError as exc:
            raise CommandError(f"{file}: cannot read the file ({exc.strerror})") from exc
        result = verify_file(pdf)
        if result.problem:
            raise CommandError(f"{file}: {result.problem}")
        if result.revoked:
            raise CommandError(
                f"{result.number}: signature valid, but the document is {result.status}"
            )
        credential = f"; credential: {result.credential}" if result.credential else ""
        self.stdout.write(f"{result.number}: signature valid; status: {result.status}{credential}")
