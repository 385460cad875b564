"""Two `manage.py db_worker` processes share a bulk issue's chunks: every
certificate is issued once, every chunk counted once, and the ZIP holds them all."""

import io
import os
import sqlite3
import subprocess
import sys
import zipfile
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from django.conf import settings
from django.db import connection
from django.test import override_settings

from core.factories import UserFactory, coordinator
from training.certificate_services import certificate_batch_start
from training.factories import SessionFactory
from training.models import Certificate, CertificateBatch
from training.services import enrolment_create

ROOT = Path(settings.BASE_DIR)
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

pytestmark = [
    pytest.mark.slow,
    # Committed for real, so that other processes see it (the initial pages come back after).
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@contextmanager
def _database_for_other_processes(tmp_path: Path):
    """A URL other processes reach the test database at. SQLite's test
    database lives in this process's memory: the workers get a file copy,
    copied back when they are done. The copy is put in WAL mode first, as
    `migrate` leaves a real database: two workers that both switch a new
    file to WAL at once make one fail at once with "database is locked"
    (SQLite calls no busy handler for that switch)."""
    params = connection.settings_dict
    if connection.vendor == "postgresql":
        password = f":{params['PASSWORD']}" if params["PASSWORD"] else ""
        server = f"{params['HOST'] or '127.0.0.1'}:{params['PORT'] or 5432}"
        yield f"postgres://{params['USER']}{password}@{server}/{params['NAME']}"
        return
    if connection.vendor != "sqlite":
        pytest.skip(f"no way to share a {connection.vendor} test database")
    path = tmp_path / "workers.sqlite3"
    connection.ensure_connection()
    with closing(sqlite3.connect(path)) as copy:
        connection.connection.backup(copy)
        copy.execute("PRAGMA journal_mode=WAL")
    yield f"sqlite:///{path}"
    with closing(sqlite3.connect(path)) as copy:
        copy.backup(connection.connection)


def _workers(database_url: str, count: int) -> list[subprocess.Popen]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "0",
        "DATABASE_URL": database_url,
        "TASKS_BACKEND": "database",
        "REDIS_URL": "",
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "PRIVATE_MEDIA_ROOT": str(settings.STORAGES["private"]["OPTIONS"]["location"]),
        "SITE_URL": settings.SITE_URL,
        "DOCUMENT_SIGNING_KEY": str(settings.DOCUMENT_SIGNING_KEY),
        "DOCUMENT_SIGNING_CERT": str(settings.DOCUMENT_SIGNING_CERT),
        "LOG_LEVEL": "WARNING",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    command = [sys.executable, "manage.py", "db_worker", "--batch", "--no-reload", "--interval=0"]
    return [
        subprocess.Popen(  # noqa: S603
            [*command, f"--worker-id=worker-{number}"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for number in range(count)
    ]


@override_settings(TASKS=DATABASE_TASKS)
def test_two_worker_processes_issue_every_certificate_once(module, settings, tmp_path):
    from django_tasks_db.models import DBTaskResult

    settings.MEDIA_ROOT = tmp_path / "media"
    session = SessionFactory(module=module)
    for _ in range(6):
        enrolment_create(user=UserFactory(), module=module, session=session)
    batch = certificate_batch_start(session=session, requested_by=coordinator(), chunk_size=1)

    with _database_for_other_processes(tmp_path) as database_url:
        workers = _workers(database_url, 2)
        for worker in workers:
            _out, err = worker.communicate(timeout=300)
            assert worker.returncode == 0, err[-3000:]

    batch.refresh_from_db()
    assert batch.status == CertificateBatch.Status.DONE, batch.error
    assert (batch.done, batch.chunks_finished, batch.chunk_count) == (6, 6, 6)
    numbers = sorted(Certificate.objects.values_list("number", flat=True))
    assert len(numbers) == len(set(numbers)) == 6
    with batch.archive.open("rb") as handle:
        names = sorted(zipfile.ZipFile(io.BytesIO(handle.read())).namelist())
    assert names == [f"{number}.pdf" for number in numbers]
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}
