"""The bulk issue runs on the real backends: the database worker and RQ on Redis."""

import socket

import pytest

from django.core.management import call_command
from django.test import override_settings

from core.factories import UserFactory, coordinator
from training.factories import SessionFactory
from training.models import Certificate, CertificateBatch
from training.services import enrolment_create
from training.tasks import run_certificate_batch

pytestmark = pytest.mark.django_db

RQ_QUEUE = "passerelle-documents-test"  # not "default": other workers may watch that one


@pytest.fixture
def batch(module):
    session = SessionFactory(module=module)
    for _ in range(2):
        enrolment_create(user=UserFactory(), module=module, session=session)
    return CertificateBatch.objects.create(session=session, requested_by=coordinator(), total=2)


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
def test_database_worker_runs_the_batch(batch):
    result = run_certificate_batch.enqueue(batch.pk)
    batch.refresh_from_db()
    assert batch.status == CertificateBatch.Status.QUEUED  # nothing ran yet

    call_command("db_worker", "--batch", "--queue-name", "default", "--interval", "0")

    batch.refresh_from_db()
    assert batch.status == CertificateBatch.Status.DONE, batch.error
    assert Certificate.objects.count() == 2
    result.refresh()
    assert result.return_value == "done"


@pytest.mark.skipif(not _redis_available(), reason="no Redis on 127.0.0.1:6379")
@override_settings(
    TASKS={"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": [RQ_QUEUE]}},
    RQ_QUEUES={RQ_QUEUE: {"URL": "redis://127.0.0.1:6379/0"}},
)
def test_rq_worker_runs_the_batch(batch):
    import django_rq
    from django_tasks_rq import Job
    from rq import SimpleWorker

    queue = django_rq.get_queue(RQ_QUEUE, job_class=Job)
    queue.empty()
    run_certificate_batch.using(queue_name=RQ_QUEUE).enqueue(batch.pk)
    batch.refresh_from_db()
    assert batch.status == CertificateBatch.Status.QUEUED

    worker = django_rq.get_worker(RQ_QUEUE, job_class=Job, worker_class=SimpleWorker)
    worker.work(burst=True)

    batch.refresh_from_db()
    assert batch.status == CertificateBatch.Status.DONE
    assert Certificate.objects.count() == 2
