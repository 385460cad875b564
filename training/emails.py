"""E-mails to learners that are not part of one write (sent by tasks)."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from core.mail import mail_queue
from training.models import Certificate


def send_certificate_issued(certificate: Certificate) -> None:
    """Tell the holder their certificate is ready, in their language, with its links."""
    holder = certificate.holder
    with translation.override(holder.preferred_language):
        context = {
            "user": holder,
            "certificate": certificate,
            "pdf_url": settings.SITE_URL
            + reverse("certificates:pdf", kwargs={"number": certificate.number}),
            "verify_url": settings.SITE_URL
            + reverse("documents:verify", kwargs={"code": certificate.code}),
            "dashboard_url": settings.SITE_URL + reverse("training:dashboard"),
        }
        subject = render_to_string("training/emails/certificate_subject.txt", context).strip()
        body = render_to_string("training/emails/certificate_body.txt", context)
    mail_queue(to=[holder.email], subject=subject, body=body)
