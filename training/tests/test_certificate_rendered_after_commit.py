"""The number is reserved and committed first; the PDF is rendered and signed
outside any transaction, and an issue cut short is finished by the next."""

import pytest

from django.db import connection

from core.factories import UserFactory
from documents import services as document_services
from training.certificate_services import certificate_issue
from training.models import Certificate


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_pdf_is_rendered_outside_any_transaction_after_the_number_is_committed(
    module, monkeypatch
):
    render = document_services.render_issued_document
    seen = []

    def spy(document, **kwargs):
        seen.append(
            (
                connection.in_atomic_block,
                Certificate.objects.filter(number=document.number).exists(),
            )
        )
        return render(document, **kwargs)

    monkeypatch.setattr(document_services, "render_issued_document", spy)

    certificate, created = certificate_issue(holder=UserFactory(), module=module, issued_by=None)

    assert created and certificate.pdf
    assert seen == [(False, True)]


@pytest.mark.django_db
def test_an_issue_cut_short_before_the_pdf_is_finished_by_the_next(module, monkeypatch):
    holder = UserFactory()

    def crash(document, **kwargs):
        raise RuntimeError("worker lost")

    with monkeypatch.context() as patch:
        patch.setattr(document_services, "render_issued_document", crash)
        with pytest.raises(RuntimeError):
            certificate_issue(holder=holder, module=module, issued_by=None)
    reserved = Certificate.objects.get()
    assert not reserved.pdf

    certificate, created = certificate_issue(holder=holder, module=module, issued_by=None)

    assert (certificate, created) == (reserved, False)
    assert certificate.pdf.read()[:5] == b"%PDF-"
    assert Certificate.objects.count() == 1
