"""Send every queued e-mail whose next try is due (after a mail-server outage,
or from cron when the task backend cannot defer retries)."""

from django.core.management.base import BaseCommand

from core.mail import mail_send_pending


class Command(BaseCommand):
    help = "Send the queued e-mails that are due; failures stay queued for a later try."

    def handle(self, *args, **options):
        sent = mail_send_pending()
        self.stdout.write(f"{sent} e-mail(s) sent.")
