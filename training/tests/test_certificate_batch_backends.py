"""The bulk issue's chunks and ZIP run on the real backends: the database
worker and RQ on Redis."""

import socket

import pytest

from django.core.management import call_command
from django.test import override_settings

from core.factories import coordinator
from training.certificate_services import certificate_batch_start
from training.models import Certificate, CertificateBatch

pytestmark = pytest.mark.django_db

# The bulk issue enqueues on the "default" queue: a Redis database of its own,
# so that no other worker on this Redis takes its jobs.
RQ_URL = "redis://127.0.0.1:6379/15"


@pytest.fixture
def session(booked_session):
    return booked_session(3)


def _redis_available() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


# The worker closes its database connection after the run: a transactional
# test, so that nothing is lost with it (and the initial pages come back).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(
    TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
)
def test_database_worker_runs_the_batch(session):
    from django_tasks_db.models import DBTaskResult

    batch = certificate_batch_start(session=session, requested_by=coordinator(), chunk_size=2)
    assert DBTaskResult.objects.filter(task_path__endswith="issue_certificate_chunk").count() == 2
    batch.refresh_from_db()
    assert batch.status == CertificateBatch.Status.QUEUED  # nothing ran yet

    call_command("db_worker", "--batch", "--queue-name", "default", "--interval", "0")

    batch.refresh_from_db()
    assert batch.status == CertificateBatch.Status.DONE, batch.error
    assert (batch.done, Certificate.objects.count()) == (3, 3)
    assert batch.archive
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}


@pytest.mark.skipif(not _redis_available(), reason="no Redis on 127.0.0.1:6379")
@override_settings(
    TASKS={"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}},
    RQ_QUEUES={"default": {"URL": RQ_URL}},
)
def test_rq_worker_runs_the_batch(session, django_capture_on_commit_callbacks):
    import django_rq
    from django_tasks_rq import Job
    from rq import SimpleWorker

    queue = django_rq.get_queue("default", job_class=Job)
    queue.empty()
    with django_capture_on_commit_callbacks(execute=True):
        batch = certificate_batch_start(session=session, requested_by=coordinator(), chunk_size=2)
    batch.refresh_from_db()
    assert batch.status == CertificateBatch.Status.QUEUED

    worker = django_rq.get_worker("default", job_class=Job, worker_class=SimpleWorker)
    with django_capture_on_commit_callbacks(execute=True):
        worker.work(burst=True)  # the chunks; the last one enqueues the ZIP on commit
    worker.work(burst=True)

    batch.refresh_from_db()
    assert batch.status == CertificateBatch.Status.DONE, batch.error
    assert Certificate.objects.count() == 3
