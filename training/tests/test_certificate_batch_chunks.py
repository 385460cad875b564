"""A bulk issue runs as one task per chunk of enrolments: each chunk counts
once however often it runs, and the ZIP is built when the last one finishes."""

import io
import zipfile

import pytest
from django_tasks import default_task_backend

from django.test import override_settings

from core.factories import coordinator
from documents import services as document_services
from training.certificate_services import certificate_batch_chunk_run, certificate_batch_start
from training.models import Certificate, CertificateBatch
from training.tasks import issue_certificate_chunk

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(booked_session):
    return booked_session(5)


@pytest.fixture
def queued(session, django_capture_on_commit_callbacks):
    """A batch of chunks of two (2 + 2 + 1), queued but not run."""
    with django_capture_on_commit_callbacks():  # not run: the chunks stay queued
        return certificate_batch_start(session=session, requested_by=coordinator(), chunk_size=2)


def _run(batch: CertificateBatch, index: int) -> None:
    chunk = batch.chunks.select_related("batch__requested_by").get(index=index)
    certificate_batch_chunk_run(chunk=chunk)


def test_the_batch_is_split_into_chunks_queued_after_the_commit(queued):
    assert [len(chunk.enrolment_ids) for chunk in queued.chunks.all()] == [2, 2, 1]
    assert (queued.total, queued.chunk_count, queued.status) == (5, 3, "queued")
    assert not Certificate.objects.exists()


@override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
def test_each_chunk_is_a_task_of_its_own(session, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        batch = certificate_batch_start(session=session, requested_by=coordinator(), chunk_size=2)

    enqueued = [r.args for r in default_task_backend.results if r.task == issue_certificate_chunk]
    assert enqueued == [[pk] for pk in batch.chunks.values_list("pk", flat=True)]


def test_progress_grows_chunk_by_chunk_and_the_zip_waits_for_the_last(
    queued, django_capture_on_commit_callbacks
):
    _run(queued, 0)
    _run(queued, 2)
    queued.refresh_from_db()
    assert (queued.status, queued.done, queued.chunks_finished) == ("running", 3, 2)
    assert not queued.archive

    with django_capture_on_commit_callbacks(execute=True):
        _run(queued, 1)

    queued.refresh_from_db()
    assert (queued.status, queued.done, queued.issued, queued.percent) == ("done", 5, 5, 100)
    with queued.archive.open("rb") as handle:
        names = sorted(zipfile.ZipFile(io.BytesIO(handle.read())).namelist())
    assert names == sorted(f"{n}.pdf" for n in Certificate.objects.values_list("number", flat=True))


def test_a_chunk_run_twice_issues_nothing_twice_and_counts_once(queued):
    _run(queued, 0)
    issue_certificate_chunk.call(queued.chunks.get(index=0).pk)

    queued.refresh_from_db()
    assert Certificate.objects.count() == 2
    assert (queued.done, queued.issued, queued.chunks_finished) == (2, 2, 1)


def test_a_chunk_cut_short_issues_only_the_rest_when_it_runs_again(queued, monkeypatch):
    render = document_services.render_issued_document
    calls = []

    def render_then_crash(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("worker lost")
        return render(*args, **kwargs)

    monkeypatch.setattr(document_services, "render_issued_document", render_then_crash)
    with pytest.raises(RuntimeError):
        _run(queued, 0)
    queued.refresh_from_db()
    assert (queued.status, queued.error, queued.chunks_finished) == ("failed", "worker lost", 0)

    _run(queued, 0)

    queued.refresh_from_db()
    assert Certificate.objects.count() == 2
    assert all(certificate.pdf for certificate in Certificate.objects.all())
    assert (queued.done, queued.chunks_finished) == (2, 1)
