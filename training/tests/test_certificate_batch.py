"""Bulk issue for a session: a background task with progress and a ZIP, nothing twice."""

import io
import zipfile

import pytest

from django.urls import reverse

from core.factories import UserFactory, coordinator
from core.roles import Role
from training.certificate_services import CertificateError, certificate_batch_start
from training.factories import SessionFactory
from training.models import Certificate, CertificateBatch

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(booked_session):
    return booked_session(3)


@pytest.fixture
def boss():
    return coordinator()


def _zip_names(batch: CertificateBatch) -> list[str]:
    with batch.archive.open("rb") as handle:
        return sorted(zipfile.ZipFile(io.BytesIO(handle.read())).namelist())


def test_batch_issues_everyone_and_zips_the_pdfs(session, boss, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        batch = certificate_batch_start(session=session, requested_by=boss)

    batch.refresh_from_db()
    assert batch.status == CertificateBatch.Status.DONE
    assert (batch.total, batch.done, batch.issued, batch.percent) == (3, 3, 3, 100)
    numbers = sorted(
        f"{number}.pdf" for number in Certificate.objects.values_list("number", flat=True)
    )
    assert _zip_names(batch) == numbers


def test_running_again_issues_nothing_twice(session, boss, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        certificate_batch_start(session=session, requested_by=boss)
    with django_capture_on_commit_callbacks(execute=True):
        again = certificate_batch_start(session=session, requested_by=boss)

    again.refresh_from_db()
    assert (again.done, again.issued) == (3, 0)
    assert Certificate.objects.count() == 3
    assert len(_zip_names(again)) == 3


def test_empty_session_says_so(module, boss):
    empty = SessionFactory(module=module)

    with pytest.raises(CertificateError, match="nothing to issue"):
        certificate_batch_start(session=empty, requested_by=boss)
    assert not CertificateBatch.objects.exists()


def test_coordinator_starts_watches_and_downloads(
    client, session, boss, django_capture_on_commit_callbacks
):
    client.force_login(boss)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/certificates/sessions/{session.pk}/")
    batch = CertificateBatch.objects.get()
    assert response["Location"] == f"/certificates/batches/{batch.pk}/"

    page = client.get(f"/certificates/batches/{batch.pk}/").content.decode()
    assert "3 of 3 certificates ready" in page
    assert 'http-equiv="refresh"' not in page
    download = client.get(f"/certificates/batches/{batch.pk}.zip")
    assert download["Content-Type"] == "application/zip"


def test_unfinished_batch_page_refreshes_itself(client, session, boss):
    batch = CertificateBatch.objects.create(session=session, requested_by=boss, total=3, done=1)
    client.force_login(boss)

    page = client.get(f"/certificates/batches/{batch.pk}/").content.decode()

    assert 'http-equiv="refresh"' in page
    assert "1 of 3 certificates ready" in page
    assert client.get(f"/certificates/batches/{batch.pk}.zip").status_code == 404


def test_empty_session_page_explains_and_starts_nothing(client, module, boss):
    empty = SessionFactory(module=module)
    client.force_login(boss)

    response = client.post(f"/certificates/sessions/{empty.pk}/", follow=True)

    assert "nothing to issue" in response.content.decode()
    assert not CertificateBatch.objects.exists()


@pytest.mark.parametrize("role", [Role.OFFICIAL, Role.FOCAL_POINT, Role.EXPERT])
def test_non_coordinators_cannot_bulk_issue(client, session, boss, role):
    batch = CertificateBatch.objects.create(session=session, requested_by=boss, total=3)
    client.force_login(UserFactory(roles=[role]))

    assert client.post(f"/certificates/sessions/{session.pk}/").status_code == 403
    assert client.get(f"/certificates/batches/{batch.pk}/").status_code == 403
    assert client.get(f"/certificates/batches/{batch.pk}.zip").status_code == 403
    assert CertificateBatch.objects.count() == 1


def test_session_page_links_coordinators_to_the_bulk_issue(client, session, boss):
    client.force_login(boss)

    page = client.get(reverse("training:session_detail", args=[session.pk])).content.decode()

    assert f"/certificates/sessions/{session.pk}/" in page
