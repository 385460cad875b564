"""Issuing a certificate: numbered, signed, in the holder's language, never twice."""

import io

import pytest
from pypdf import PdfReader

from django.utils import timezone

from core.factories import UserFactory, coordinator
from documents.services import document_revoke
from documents.signing import check_signature
from training.certificate_services import certificate_issue
from training.models import Certificate

pytestmark = pytest.mark.django_db


@pytest.fixture
def holder():
    return UserFactory(first_name="សុខ", last_name="សុភា", preferred_language="fr")


def _text(certificate: Certificate) -> str:
    with certificate.pdf.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return reader.pages[0].extract_text()


def test_issue_numbers_signs_and_stores_the_pdf(holder, module):
    issuer = coordinator(first_name="Claire", last_name="Martin")

    certificate, created = certificate_issue(holder=holder, module=module, issued_by=issuer)

    assert created
    assert certificate.number == f"PSL-{timezone.localdate().year}-000001"
    assert len(certificate.code) == 22
    assert certificate.hours == module.duration_hours
    assert certificate.language == "fr"
    assert certificate.issuer_name == "Claire Martin"
    with certificate.pdf.open("rb") as handle:
        assert check_signature(handle.read()).ok
    text = _text(certificate)
    assert "Attestation de formation" in text
    assert certificate.number in text
    assert "Junction design" in text


def test_second_issue_returns_the_same_certificate(holder, module):
    first, _ = certificate_issue(holder=holder, module=module, issued_by=None)

    again, created = certificate_issue(holder=holder, module=module, issued_by=None)

    assert not created
    assert again == first
    assert Certificate.objects.count() == 1


def test_numbers_follow_each_other(module):
    numbers = [
        certificate_issue(holder=UserFactory(), module=module, issued_by=None)[0].number
        for _ in range(3)
    ]

    assert [number[-6:] for number in numbers] == ["000001", "000002", "000003"]


def test_revoked_certificate_can_be_issued_anew(holder, module):
    first, _ = certificate_issue(holder=holder, module=module, issued_by=None)
    document_revoke(document=first, revoked_by=coordinator(), reason="Issued by mistake")

    second, created = certificate_issue(holder=holder, module=module, issued_by=None)

    assert created
    assert second.number != first.number
