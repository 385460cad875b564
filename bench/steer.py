"""The steering dashboard and an export at the demo's size and at ten times it.

A scratch database (SQLite under `var/bench-steer/`, or a new database on the
PostgreSQL server of `BENCH_DATABASE_URL`, dropped after) is migrated and
loaded with the demo (two past years of history). The dashboard is requested
in process through Django's test client as a coordinator, the way a browser
request goes through the middleware and the view: median of N requests and
the number of queries. Then every learner, enrolment, session, request and
mission is copied nine times (`bulk_create`) and the same is measured again;
the enrolments CSV export is streamed at both sizes with its peak Python
memory (tracemalloc).

    .venv/bin/python bench/steer.py [--repeat 20] [--copies 9]

The last line printed is one JSON object with every figure.
"""

import argparse
import json
import os
import shutil
import statistics
import sys
import time
import tracemalloc
import uuid
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = ROOT / "var" / "bench-steer"
sys.path.insert(0, str(ROOT))


def configure_environment() -> str | None:
    server = os.environ.get("BENCH_DATABASE_URL")
    name = None
    if server:
        name = f"bench_steer_{uuid.uuid4().hex[:8]}"
        database = urlunsplit(urlsplit(server)._replace(path=f"/{name}"))
    else:
        shutil.rmtree(SCRATCH, ignore_errors=True)
        SCRATCH.mkdir(parents=True)
        database = f"sqlite:///{SCRATCH / 'bench.sqlite3'}"
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DEBUG="0",
        DATABASE_URL=database,
        TASKS_BACKEND="immediate",
        REDIS_URL="",
        MEDIA_ROOT=str(SCRATCH / "media"),
        COORDINATOR_REQUIRE_MFA="0",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        LOG_LEVEL="WARNING",
    )
    return name


def create_database(name: str) -> None:
    import psycopg

    with psycopg.connect(os.environ["BENCH_DATABASE_URL"], autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database(name: str) -> None:
    import psycopg

    with psycopg.connect(os.environ["BENCH_DATABASE_URL"], autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def sizes() -> dict[str, int]:
    from exchange.models import Mission, PartnerRequest
    from training.models import Enrolment, Session

    return {
        "enrolments": Enrolment.objects.count(),
        "sessions": Session.objects.count(),
        "requests": PartnerRequest.objects.count(),
        "missions": Mission.objects.count(),
    }


def measure(client, repeat: int) -> dict:
    from django.db import connection
    from django.urls import reverse

    url = reverse("core:steer") + "?year=2025"
    client.get(url)  # warm up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - started)
        assert response.status_code == 200
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    # Django empties `connection.queries` when a request starts: count them as they run.
    with connection.execute_wrapper(count):
        client.get(url)
    export_url = reverse("core:steer_export", kwargs={"key": "enrolments", "fmt": "csv"})
    tracemalloc.start()
    started = time.perf_counter()
    rows = sum(chunk.count(b"\n") for chunk in client.get(export_url).streaming_content)
    export_seconds = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        **sizes(),
        "dashboard_median_ms": round(1000 * statistics.median(times), 1),
        "dashboard_queries": len(queries),
        "export_rows": rows - 1,
        "export_seconds": round(export_seconds, 2),
        "export_peak_mb": round(peak / 2**20, 1),
    }


def multiply(copies: int) -> None:
    """Copy every learner with their enrolments, every session, and every
    request with its transitions, mission, experts and evaluations."""
    from django.db import transaction

    from core.models import User
    from exchange.models import Mission, MissionEvaluation, PartnerRequest, RequestTransition
    from training.models import Enrolment, Session

    def originals(queryset):
        return [(item.pk, item) for item in queryset]

    with transaction.atomic():
        learners = originals(User.objects.filter(enrolments__isnull=False).distinct())
        enrolments = list(Enrolment.objects.all())
        sessions = originals(Session.objects.all())
        requests = originals(PartnerRequest.objects.all())
        transitions = list(RequestTransition.objects.all())
        missions = list(Mission.objects.prefetch_related("experts"))
        evaluations = list(MissionEvaluation.objects.all())
        emails = {pk: user.email for pk, user in learners}
        titles = {pk: request.title for pk, request in requests}
        for copy in range(1, copies + 1):
            session_map = {}
            for old, session in sessions:
                session.pk = None
                session.save()
                session_map[old] = session.pk
            user_map = {}
            for old, user in learners:
                user.pk, user.id = None, None
                user.email = f"copy{copy}.{emails[old]}"
                user.save()
                user_map[old] = user.pk
            Enrolment.objects.bulk_create(
                Enrolment(
                    user_id=user_map[e.user_id],
                    module_id=e.module_id,
                    session_id=session_map.get(e.session_id),
                    status=e.status,
                    status_changed_at=e.status_changed_at,
                    completed_at=e.completed_at,
                )
                for e in enrolments
                if e.user_id in user_map
            )
            request_map = {}
            for old, request in requests:
                request.pk = None
                request.title = f"{titles[old]} (copy {copy})"
                request.save()
                request_map[old] = request
            RequestTransition.objects.bulk_create(
                RequestTransition(
                    request=request_map[t.request_id],
                    from_status=t.from_status,
                    to_status=t.to_status,
                    at=t.at,
                    by_id=t.by_id,
                )
                for t in transitions
            )
            for mission in missions:
                experts = list(mission.experts.all())
                copied = Mission.objects.create(
                    request=request_map[mission.request_id],
                    start_date=mission.start_date,
                    end_date=mission.end_date,
                    place_id=mission.place_id,
                )
                copied.experts.set(experts)
                MissionEvaluation.objects.bulk_create(
                    MissionEvaluation(
                        mission=copied,
                        kind=e.kind,
                        author_id=e.author_id,
                        objectives_met=e.objectives_met,
                        knowledge_transferred=e.knowledge_transferred,
                        would_work_together_again=e.would_work_together_again,
                    )
                    for e in evaluations
                    if e.mission_id == mission.pk
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--copies", type=int, default=9)
    args = parser.parse_args()
    name = configure_environment()
    if name:
        create_database(name)
    try:
        import django

        django.setup()
        from django.core.management import call_command
        from django.test import Client

        from core.models import User

        call_command("migrate", verbosity=0)
        call_command("load_demo", stdout=StringIO())
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(User.objects.get(email="coordinator@passerelle.demo"))
        baseline = measure(client, args.repeat)
        print("demo:", baseline)
        multiply(args.copies)
        scaled = measure(client, args.repeat)
        print(f"demo x{args.copies + 1}:", scaled)
        from django.db import connection

        engine = connection.vendor
        connection.close()
        print(json.dumps({"database": engine, "demo": baseline, "scaled": scaled}))
    finally:
        if name:
            drop_database(name)


if __name__ == "__main__":
    main()
