"""In a real browser: the learner downloads their badge from "My Passerelle",
a visitor uploads it on the credential check page (valid), and after the
coordinator revokes the certificate the same badge is reported revoked."""

import pytest

from core.demo import load_home_page
from core.factories import UserFactory, coordinator
from documents.services import document_revoke
from training.certificate_services import certificate_issue
from training.factories import CatalogueIndexPageFactory, TrainingModulePageFactory
from training.tests.test_browser_certificate_journey import download, log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _check(page, live_server, badge_path) -> str:
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/verify/credential/")
    page.set_input_files("input[type=file]", str(badge_path))
    page.get_by_role("button", name="Check the credential").click()
    return page.locator(".credential-outcome").inner_text()


def test_a_downloaded_badge_checks_valid_then_revoked(live_server, page, tmp_path):
    module = TrainingModulePageFactory(
        parent=CatalogueIndexPageFactory(parent=load_home_page()), title="Urban waste"
    )
    learner = UserFactory(first_name="Sophea", last_name="Sok")
    certificate = certificate_issue(holder=learner, module=module, issued_by=None)[0]

    log_in(page, live_server, learner)
    page.goto(f"{live_server.url}/me/")
    assert page.get_by_role("link", name="Add to LinkedIn profile").count() == 1
    badge = tmp_path / "badge.png"
    badge.write_bytes(download(page, "PNG"))

    outcome = _check(page, live_server, badge)
    assert outcome.startswith("Valid")
    assert certificate.number in page.content()

    document_revoke(document=certificate, revoked_by=coordinator(), reason="Issued in error")

    assert _check(page, live_server, badge).startswith("Revoked")
