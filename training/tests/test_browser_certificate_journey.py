"""Bulk issue, download, public verification and revocation, in a real browser."""

import io
import zipfile
from pathlib import Path

import pytest

from django.conf import settings
from django.test import Client

from core.demo import load_home_page
from core.factories import UserFactory, coordinator
from training.factories import CatalogueIndexPageFactory, SessionFactory, TrainingModulePageFactory
from training.models import Certificate
from training.services import enrolment_create

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def log_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.clear_cookies()
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def download(page, link_name: str) -> bytes:
    with page.expect_download() as info:
        page.get_by_role("link", name=link_name).click()
    return Path(info.value.path()).read_bytes()


def test_bulk_issue_download_verify_and_revoke(live_server, page):
    module = TrainingModulePageFactory(
        parent=CatalogueIndexPageFactory(parent=load_home_page()), title="Urban waste"
    )
    session = SessionFactory(module=module)
    learner = UserFactory(first_name="Sophea", last_name="Sok")
    enrolment_create(user=learner, module=module, session=session)
    enrolment_create(user=UserFactory(), module=module, session=session)
    boss = coordinator()

    # The coordinator starts the bulk issue from the session page.
    log_in(page, live_server, boss)
    page.goto(f"{live_server.url}/learning/sessions/{session.pk}/")
    page.get_by_role("link", name="Issue certificates for this session").click()
    assert page.get_by_text("2 people are booked in this session.").is_visible()
    page.get_by_role("button", name="Issue the certificates").click()

    # The progress page (tasks run at once in tests) ends with the ZIP.
    assert page.get_by_role("status").filter(has_text="2 of 2 certificates ready").is_visible()
    archive = zipfile.ZipFile(io.BytesIO(download(page, "Download all certificates (ZIP)")))
    certificate = Certificate.objects.get(holder=learner)
    assert f"{certificate.number}.pdf" in archive.namelist()
    assert len(archive.namelist()) == 2

    # The learner downloads theirs from My Passerelle.
    log_in(page, live_server, learner)
    page.goto(f"{live_server.url}/me/")
    pdf = download(page, "Download PDF")
    assert pdf.startswith(b"%PDF")
    assert pdf == archive.read(f"{certificate.number}.pdf")

    # A visitor, with no account, opens the verification page.
    page.context.clear_cookies()
    verify_url = f"{live_server.url}/verify/{certificate.code}/"
    page.goto(verify_url)
    assert page.locator(".certificate-status").filter(has_text="Valid").is_visible()
    assert page.get_by_text("Sophea Sok").is_visible()

    # The coordinator revokes it with a reason.
    log_in(page, live_server, boss)
    page.goto(f"{live_server.url}/certificates/{certificate.number}/revoke/")
    page.get_by_label("Reason for revocation").fill("Issued by mistake")
    page.get_by_role("button", name="Revoke").click()
    assert page.get_by_text(f"Certificate {certificate.number} is revoked.").is_visible()
    assert page.locator(".certificate-status").filter(has_text="Revoked").is_visible()

    # The visitor's page now says revoked, with the reason.
    page.context.clear_cookies()
    page.goto(verify_url)
    assert page.locator(".certificate-status").filter(has_text="Revoked").is_visible()
    assert page.get_by_text("Issued by mistake").is_visible()
