"""E-mails are written in their recipient's language, as plain text with an
HTML part, signed with the site's name and saying why they were sent; and
allauth's e-mails go through the outbox, so a mail server that is down never
turns a sign-up or a password reset into a 500 (core.mail, core.adapters)."""

import email
import re

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import translation

from core.adapters import ACCOUNT_MAIL_REASON
from core.exports import export_request
from core.factories import UserFactory
from core.mail import mail_send_pending, mail_wrap
from core.models import OutgoingMail

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase"


@pytest.fixture(autouse=True)
def named_site(db):
    from wagtail.models import Site

    Site.objects.filter(is_default_site=True).update(site_name="Passerelle Cooperation")


def in_language(language: str, text: str) -> str:
    with translation.override(language):
        return translation.gettext(text)


def html_part(message) -> str:
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def reason(language: str, lazy) -> str:
    with translation.override(language):
        return str(lazy) % {"site": "Passerelle Cooperation"}


def test_allauth_confirmation_follows_the_page_language_of_a_new_address(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/fr/accounts/signup/",
            {"email": "chanthou@example.org", "password1": PASSWORD, "password2": PASSWORD},
        )
    assert response.status_code == 302
    [message] = mail.outbox
    french_subject = in_language("fr", "Please Confirm Your Email Address")
    assert french_subject != "Please Confirm Your Email Address"
    assert french_subject in message.subject
    # The link to confirm is in French too, in both parts.
    assert "/fr/accounts/confirm-email/" in message.body
    assert "/fr/accounts/confirm-email/" in html_part(message)


def test_a_password_reset_is_written_in_the_users_preferred_language(
    client, django_capture_on_commit_callbacks
):
    UserFactory(email="rosa@example.org", first_name="Rosa", preferred_language="pt")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_reset_password"), {"email": "rosa@example.org"})
    assert response.status_code == 302
    [message] = mail.outbox
    assert in_language("pt", "Password Reset Email") in message.subject
    assert "Password Reset Email" not in message.subject
    html = html_part(message)
    assert '<html lang="pt">' in html
    for part in (message.body, html):
        assert "Passerelle Cooperation" in part
        assert reason("pt", ACCOUNT_MAIL_REASON) in part.replace("&#x27;", "'")
    link = re.search(r"https?://\S+/accounts/password/reset/key/\S+", message.body).group(0)
    assert f'href="{link}"' in html  # the link is clickable in the HTML part


def test_an_account_that_already_exists_is_told_in_its_owners_language(
    client, django_capture_on_commit_callbacks
):
    UserFactory(email="taken@example.org", preferred_language="fr")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("account_signup"),
            {"email": "taken@example.org", "password1": PASSWORD, "password2": PASSWORD},
        )
    [message] = mail.outbox
    assert in_language("fr", "Account Already Exists") in message.subject
    assert '<html lang="fr">' in html_part(message)


def test_our_own_emails_are_rendered_in_the_recipients_language(
    django_capture_on_commit_callbacks,
):
    person = UserFactory(preferred_language="km")
    with django_capture_on_commit_callbacks(execute=True):
        export_request(user=person, requested_by=person)
    [message] = mail.outbox
    subject = in_language("km", "Your personal-data export is ready")
    assert subject != "Your personal-data export is ready"
    assert message.subject == subject
    assert "/km/me/data/export/" in message.body  # the link opens in Khmer
    html = html_part(message)
    assert '<html lang="km">' in html
    assert "Passerelle Cooperation" in message.body and "Passerelle Cooperation" in html


def test_text_is_escaped_in_the_html_part():
    composed = mail_wrap(
        subject="Hi", text="<script>alert(1)</script> & co", reason="Because.", language="en"
    )
    assert "<script>" not in composed.html
    assert "&lt;script&gt;" in composed.html
    assert "<script>alert(1)</script> & co" in composed.body


def test_a_mail_server_that_is_down_never_fails_a_sign_up_or_a_reset(
    client, smtp_down, django_capture_on_commit_callbacks, request
):
    UserFactory(email="dara@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        signup = client.post(
            reverse("account_signup"),
            {"email": "sokha@example.org", "password1": PASSWORD, "password2": PASSWORD},
        )
        reset = client.post(reverse("account_reset_password"), {"email": "dara@example.org"})
    assert (signup.status_code, reset.status_code) == (302, 302)
    pending = OutgoingMail.objects.filter(status=OutgoingMail.Status.PENDING)
    assert sorted(m.to[0] for m in pending) == ["dara@example.org", "sokha@example.org"]
    assert all(m.attempts == 1 and m.last_error for m in pending)

    # The server is back: both leave, each as text with an HTML alternative.
    received = request.getfixturevalue("smtp_server")
    from django.utils import timezone

    later = timezone.now() + timezone.timedelta(minutes=5)
    assert mail_send_pending(now=later) == 2
    assert len(received) == 2
    for envelope in received:
        parsed = email.message_from_bytes(envelope.content)
        assert parsed.get_content_type() == "multipart/alternative"
        kinds = [part.get_content_type() for part in parsed.get_payload()]
        assert kinds == ["text/plain", "text/html"]
