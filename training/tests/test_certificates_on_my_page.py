"""Learners find their certificates on their own page."""

import pytest

from core.factories import UserFactory, coordinator
from documents.services import document_revoke
from training.certificate_services import certificate_issue

pytestmark = pytest.mark.django_db


def test_my_page_lists_my_valid_certificates_with_links(client, module):
    holder = UserFactory()
    certificate, _ = certificate_issue(holder=holder, module=module, issued_by=None)
    client.force_login(holder)

    content = client.get("/me/").content.decode()

    assert "My certificates" in content
    assert f"/certificates/{certificate.number}.pdf" in content
    assert f"/verify/{certificate.code}/" in content


def test_revoked_and_other_peoples_certificates_are_not_listed(client, module):
    holder = UserFactory()
    mine, _ = certificate_issue(holder=holder, module=module, issued_by=None)
    document_revoke(document=mine, revoked_by=coordinator(), reason="Mistake")
    certificate_issue(holder=UserFactory(), module=module, issued_by=None)
    client.force_login(holder)

    content = client.get("/me/").content.decode()

    assert "My certificates" not in content
