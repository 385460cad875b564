"""A session's bulk issue as a coordinator starts it and `manage.py db_worker`
processes run it, for `bench/documents.py`.

A scratch database (SQLite in WAL mode under `var/bench-documents/`, or a new
database on the PostgreSQL server of `BENCH_DATABASE_URL`, dropped after)
holds one session with N learners booked, made with `bulk_create`. For each
worker count, the workers are started and warmed up on a small batch of
their own; then the clock starts, `certificate_batch_start` queues the bulk
issue, and it stops when the batch is done (every certificate issued and the
ZIP stored). Each worker's resident memory is read from /proc while it runs.
"""

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = ROOT / "var" / "bench-documents"
WARM_UP_PER_WORKER = 2
POLL_SECONDS = 0.1


def configure_environment() -> None:
    """Before `django.setup()`: the scratch database and media folder, the
    database task backend; the worker processes inherit them."""
    server = os.environ.get("BENCH_DATABASE_URL")
    if server:
        parts = urlsplit(server)
        database = urlunsplit(parts._replace(path=f"/bench_documents_{uuid.uuid4().hex[:8]}"))
    else:
        database = f"sqlite:///{SCRATCH / 'bench.sqlite3'}"
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DEBUG="0",
        DATABASE_URL=database,
        TASKS_BACKEND="database",
        REDIS_URL="",
        MEDIA_ROOT=str(SCRATCH / "media"),
        LOG_LEVEL="WARNING",
    )


@contextmanager
def scratch_database():
    """Create the scratch database and migrate it; remove it afterwards."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections

    params = settings.DATABASES["default"]
    postgres = "postgresql" in params["ENGINE"]
    shutil.rmtree(SCRATCH, ignore_errors=True)
    SCRATCH.mkdir(parents=True)
    if postgres:
        _postgres(params, f'CREATE DATABASE "{params["NAME"]}"')
    try:
        call_command("migrate", verbosity=0)
        yield "postgresql" if postgres else "sqlite (WAL)"
    finally:
        connections.close_all()
        if postgres:
            _postgres(params, f'DROP DATABASE IF EXISTS "{params["NAME"]}" WITH (FORCE)')
        shutil.rmtree(SCRATCH, ignore_errors=True)


def _postgres(params: dict, statement: str) -> None:
    import psycopg

    server = {
        "host": params.get("HOST") or "127.0.0.1",
        "port": params.get("PORT") or 5432,
        "user": params.get("USER") or None,
        "password": params.get("PASSWORD") or None,
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as connection:
        connection.execute(statement)


def booked_session(catalogue, *, learners: int, title: str):
    """A module and one session with `learners` people booked, made with bulk_create."""
    from django.contrib.auth.hashers import make_password

    from core.models import User
    from training.factories import SessionFactory, TrainingModulePageFactory
    from training.models import Enrolment

    module = TrainingModulePageFactory(parent=catalogue, title=title, duration_hours=12)
    session = SessionFactory(module=module, capacity=max(learners, 1))
    tag = uuid.uuid4().hex[:6]
    unusable = make_password(None)  # nobody logs in
    users = User.objects.bulk_create(
        User(
            email=f"learner-{tag}-{index}@bench.invalid",
            first_name="Sok" if index % 2 else "Claire",
            last_name=f"Learner {index}",
            preferred_language="fr" if index % 2 else "en",
            password=unusable,
        )
        for index in range(learners)
    )
    Enrolment.objects.bulk_create(
        Enrolment(user=user, module=module, session=session, status=Enrolment.Status.ACTIVE)
        for user in users
    )
    return session


def _proc_status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak) of a process, in KiB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _sep, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(value.split()[0])
    return values


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_busy_seconds() -> float:
    """CPU seconds all processes on the machine have used so far (/proc/stat)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


@contextmanager
def db_workers(count: int):
    """`count` long-running `manage.py db_worker` processes, stopped after."""
    command = [
        sys.executable,
        "manage.py",
        "db_worker",
        "--no-reload",
        "--no-startup-delay",
        f"--interval={POLL_SECONDS}",
    ]
    workers = [
        subprocess.Popen(  # noqa: S603
            [*command, f"--worker-id=bench-{index}"], cwd=ROOT, stderr=subprocess.PIPE, text=True
        )
        for index in range(count)
    ]
    try:
        yield workers
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        for worker in workers:
            _out, err = worker.communicate(timeout=60)
            if worker.returncode not in (0, -signal.SIGTERM):
                print(f"worker {worker.pid} exited with {worker.returncode}:\n{err[-2000:]}")


def _wait_done(batch, workers, on_poll=None, timeout: float = 3600):
    from training.models import CertificateBatch

    deadline = time.monotonic() + timeout
    while True:
        batch.refresh_from_db()
        if on_poll:
            on_poll(batch)
        if batch.status == CertificateBatch.Status.DONE:
            return batch
        if batch.status == CertificateBatch.Status.FAILED:
            raise RuntimeError(f"batch {batch.pk} failed: {batch.error}")
        for worker in workers:
            if worker.poll() is not None:
                raise RuntimeError(f"worker {worker.pid} stopped ({worker.returncode})")
        if time.monotonic() > deadline:
            raise RuntimeError(f"batch {batch.pk} not done after {timeout} s")
        time.sleep(POLL_SECONDS)


def _forget_certificates() -> None:
    """Start each run from no certificate at all (files included)."""
    from django_tasks_db.models import DBTaskResult

    from training.models import Certificate, CertificateBatch

    CertificateBatch.objects.all().delete()
    Certificate.objects.all().delete()
    DBTaskResult.objects.all().delete()
    shutil.rmtree(SCRATCH / "media", ignore_errors=True)


def bulk_run(*, session, warm_up, coordinator, workers: int, checkpoint: int) -> dict:
    """Time one bulk issue of `session` run by `workers` db_worker processes."""
    import zipfile

    from training.certificate_services import certificate_batch_start

    _forget_certificates()
    with db_workers(workers) as processes:
        # Warm up: each worker imports, loads fonts and renders before the clock starts.
        warm = certificate_batch_start(session=warm_up, requested_by=coordinator, chunk_size=1)
        _wait_done(warm, processes)
        rss_warm = [_proc_status(p.pid)["VmRSS"] for p in processes]
        at_checkpoint: list[int] = []
        cpu_before = [_cpu_seconds(p.pid) for p in processes]
        busy_before, start = machine_busy_seconds(), time.perf_counter()

        def watch(batch) -> None:
            if not at_checkpoint and batch.done >= checkpoint:
                at_checkpoint.extend(_proc_status(p.pid)["VmRSS"] for p in processes)

        batch = certificate_batch_start(session=session, requested_by=coordinator)
        batch = _wait_done(batch, processes, on_poll=watch)
        wall = time.perf_counter() - start
        busy = machine_busy_seconds() - busy_before
        cpu = sum(
            _cpu_seconds(p.pid) - before for p, before in zip(processes, cpu_before, strict=True)
        )
        status = [_proc_status(p.pid) for p in processes]
    with batch.archive.open("rb") as handle:
        in_zip = len(zipfile.ZipFile(handle).namelist())
    assert batch.done == batch.total == in_zip, (batch.done, batch.total, in_zip)
    return {
        "workers": workers,
        "certificates": batch.total,
        "wall_s": round(wall, 2),
        "per_second": round(batch.total / wall, 1),
        "workers_cpu_s": round(cpu, 1),
        "others_cpu_s": round(max(busy - cpu, 0.0), 1),
        "rss_warm_mib": [round(kib / 1024, 1) for kib in rss_warm],
        "rss_at_checkpoint_mib": [round(kib / 1024, 1) for kib in at_checkpoint],
        "rss_end_mib": [round(s["VmRSS"] / 1024, 1) for s in status],
        "peak_rss_mib": [round(s["VmHWM"] / 1024, 1) for s in status],
    }


def bulk_figures(*, learners: int, rounds: int, checkpoint: int) -> dict:
    """One worker, then two, `rounds` times in turn, on one scratch database."""
    from core.demo import load_home_page
    from core.factories import coordinator
    from training.factories import CatalogueIndexPageFactory

    with scratch_database() as database:
        catalogue = CatalogueIndexPageFactory(parent=load_home_page())
        session = booked_session(catalogue, learners=learners, title="Urban waste management")
        warm_up = booked_session(catalogue, learners=2 * WARM_UP_PER_WORKER, title="Warm-up")
        boss = coordinator(first_name="Claire", last_name="Martin")
        runs = []
        for _round in range(rounds):
            one, two = (
                bulk_run(
                    session=session,
                    warm_up=warm_up,
                    coordinator=boss,
                    workers=count,
                    checkpoint=checkpoint,
                )
                for count in (1, 2)
            )
            runs.append(
                {"speedup": round(one["wall_s"] / two["wall_s"], 2), "one": one, "two": two}
            )
    runs.sort(key=lambda run: run["speedup"])
    median = runs[len(runs) // 2]
    return {"database": database, "checkpoint": checkpoint, "median": median, "rounds": runs}
