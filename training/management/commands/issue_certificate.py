"""manage.py issue_certificate --email EMAIL --module SLUG: issue one certificate.

A coordinator override: the completion rule is not checked. Prints the
number, the verification URL and the PDF path.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.models import User
from training.certificate_services import certificate_issue
from training.models import TrainingModulePage


class Command(BaseCommand):
    help = "Issue a certificate to a person for a module (even if the rule is not met)."

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True)
        parser.add_argument("--module", required=True, help="the module page's slug")
        parser.add_argument("--issuer", help="e-mail of the issuing coordinator")

    def handle(self, *args, email: str, module: str, issuer: str | None, **options):
        try:
            holder = User.objects.get(email__iexact=email)
        except User.DoesNotExist as exc:
            raise CommandError(f"No user with e-mail {email}") from exc
        # A module and its translations share a slug: take the holder's language.
        pages = TrainingModulePage.objects.filter(slug=module).order_by("pk")
        page = (
            pages.filter(locale__language_code=holder.preferred_language).first()
            or pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
            or pages.first()
        )
        if page is None:
            raise CommandError(f"No training module with slug {module!r}")
        issued_by = None
        if issuer:
            issued_by = User.objects.filter(email__iexact=issuer).first()
            if issued_by is None or not issued_by.is_coordinator:
                raise CommandError(f"{issuer} is not a coordinator")
        certificate, created = certificate_issue(holder=holder, module=page, issued_by=issued_by)
        if not created:
            self.stdout.write("Already issued; nothing new.")
        self.stdout.write(certificate.number)
        self.stdout.write(certificate.as_document().verification_url)
        try:
            self.stdout.write(certificate.pdf.path)
        except NotImplementedError:  # remote storage: no local path
            self.stdout.write(certificate.pdf.name)
