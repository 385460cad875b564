"""E-mails to learners that are not part of one write (sent by tasks)."""

from django.utils.translation import gettext_lazy as _

from core.mail import mail_queue_to
from training.models import Certificate


def send_certificate_issued(certificate: Certificate) -> None:
    """Tell the holder their certificate is ready, in their language, with its links."""
    mail_queue_to(
        user=certificate.holder,
        template="training/emails/certificate",
        context={"user": certificate.holder, "certificate": certificate},
        reason=_("You receive this e-mail because %(site)s issued you a certificate."),
    )
