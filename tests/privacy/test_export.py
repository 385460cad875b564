"""A person downloads everything Passerelle holds about them; a coordinator
can produce the same export for them. Only whoever asked downloads it,
after confirming their password, within PRIVACY_EXPORT_DAYS."""

import io
import json
import re
import zipfile
from datetime import timedelta

import pytest
from pypdf import PdfReader

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from core.factories import UserFactory, coordinator
from core.models import AuditEvent, DataExport

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def ask_for_export(client, person, django_capture_on_commit_callbacks) -> str:
    """The person asks; the task runs after the commit; returns the e-mailed link."""
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("core:export_mine"))
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == [person.email]
    return re.search(r"http://testserver(\S+)", message.body).group(1)


def reauthenticate(client, password=PASSWORD):
    return client.post(reverse("account_reauthenticate"), {"password": password})


def read_zip(response) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_export_holds_every_kind_of_data(client, person, django_capture_on_commit_callbacks):
    link = ask_for_export(client, person, django_capture_on_commit_callbacks)
    reauthenticate(client)

    response = client.get(link)

    assert response.status_code == 200
    archive = read_zip(response)
    names = set(archive.namelist())
    for kind in [
        "profile", "roles", "email_addresses", "enrolments", "progress", "attempts",
        "attendance", "certificates", "expert_profile", "expert_skills", "proposals",
        "missions", "reports", "report_attachments", "evaluations_given", "attestations",
        "audit_events", "about",
    ]:  # fmt: skip
        assert f"{kind}.json" in names, kind
    profile = json.loads(archive.read("profile.json"))
    assert profile[0]["email"] == "sok@example.org"
    assert "password" not in profile[0]
    roles = {tuple(row["group"]) for row in json.loads(archive.read("roles.json"))}
    assert roles == {("Official",), ("Expert",)}
    assert json.loads(archive.read("reports.json"))[0]["text"] == "We trained 12 engineers."
    assert json.loads(archive.read("evaluations_given.json"))[0]["objectives_met"] == 4
    audit = json.loads(archive.read("audit_events.json"))
    assert "export_requested" in {event["action"] for event in audit}
    certificate_pdf = next(n for n in names if n.startswith("files/certificates/"))
    text = PdfReader(io.BytesIO(archive.read(certificate_pdf))).pages[0].extract_text()
    assert "Sok Sreynich" in text
    assert any(n.startswith("files/report_attachments/slides") for n in names)
    assert any(n.startswith("files/attestations/") for n in names)


def test_two_factor_secrets_are_not_exported(client, django_capture_on_commit_callbacks):
    from core.factories import with_totp

    person = UserFactory()
    secret = with_totp(person)
    link = ask_for_export(client, person, django_capture_on_commit_callbacks)
    client.force_login(person)
    # With two-factor on, allauth reauthenticates with the password or a code.
    reauthenticate(client)
    archive = read_zip(client.get(link))
    assert secret not in archive.read("two_factor.json").decode()
    assert json.loads(archive.read("two_factor.json"))[0]["type"] == "totp"


def test_the_link_needs_a_fresh_password(client, person, django_capture_on_commit_callbacks):
    link = ask_for_export(client, person, django_capture_on_commit_callbacks)

    response = client.get(link)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert reauthenticate(client, "wrong password").status_code == 200
    assert client.get(link).status_code == 302


def test_nobody_else_downloads_it(client, person, django_capture_on_commit_callbacks):
    link = ask_for_export(client, person, django_capture_on_commit_callbacks)
    other = UserFactory()
    client.force_login(other)
    reauthenticate(client)

    assert client.get(link).status_code == 404
    client.logout()
    assert client.get(link).status_code == 302  # to the login page


def test_an_expired_export_is_gone(client, person, django_capture_on_commit_callbacks):
    link = ask_for_export(client, person, django_capture_on_commit_callbacks)
    DataExport.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    reauthenticate(client)

    assert client.get(link).status_code == 404


def test_the_export_lasts_seven_days_by_default(client, person, django_capture_on_commit_callbacks):
    ask_for_export(client, person, django_capture_on_commit_callbacks)
    export = DataExport.objects.get()
    assert export.expires_at - export.created_at == timedelta(days=7)


def test_a_coordinator_exports_for_a_person(client, person, django_capture_on_commit_callbacks):
    officer = coordinator()
    client.force_login(officer)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("core:privacy_requests"), {"export-email": "SOK@example.org"}
        )

    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == [officer.email]
    event = AuditEvent.objects.get(action=AuditEvent.Action.EXPORT_REQUESTED)
    assert (event.actor, event.subject) == (officer, person)
    link = re.search(r"http://testserver(\S+)", message.body).group(1)
    reauthenticate(client)
    assert client.get(link).status_code == 200
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.EXPORT_DOWNLOADED, actor=officer, subject=person
    ).exists()
    # The person cannot take the coordinator's copy.
    client.force_login(person)
    reauthenticate(client)
    assert client.get(link).status_code == 404


def test_an_unknown_address_redisplays_the_form(client):
    client.force_login(coordinator())
    response = client.post(reverse("core:privacy_requests"), {"export-email": "nobody@x.org"})
    assert response.status_code == 200
    assert "Nobody on Passerelle has this e-mail address." in response.content.decode()
    assert not DataExport.objects.exists()
