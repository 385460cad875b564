"""The steering dashboard and an export: at the demo's size, ten times it, and
at the issue's scale (10,000 users, 200 modules, 50,000 enrolments, 2,000
requests).

A scratch database (SQLite under `var/bench-steer/`, or a new database on the
PostgreSQL server of `BENCH_DATABASE_URL`, dropped after) is migrated and
loaded with the demo (two past years of history). The dashboard is requested
in process through Django's test client as a coordinator, the way a browser
request goes through the middleware and the view: median of N requests and
the number of queries, cold and warm. Cold: the cache (this process's
memory) is emptied before each request, so every figure is computed and
every chart drawn again; warm: the panels and charts come from the cache,
as they do until an enrolment, a certificate, a request or a mission
changes; the page around them is made. Before measuring, the database is
vacuumed and analysed (VACUUM ANALYZE; ANALYZE on SQLite): the rows were
bulk-loaded, and on a live database autovacuum keeps the planner's
statistics and the visibility map current (without statistics PostgreSQL
plans for empty tables).
Then every learner, enrolment, session, request and mission is copied nine
times (`bulk_create`) and the same is measured again; with `--scale`, the
copies are skipped and synthetic data is added instead, deterministically
(fixed seed, `bulk_create`): first up to a tenth of the target (1,000 users,
5,000 enrolments, 200 requests), measured, then up to the target (10,000
users, 200 modules, 50,000 enrolments, 2,000 requests, with their sessions,
transitions, missions and experts), measured again. The enrolments CSV
export is streamed at every size with its peak Python memory (tracemalloc):
flat means the same peak for 5,000 and 50,000 rows.

    .venv/bin/python bench/steer.py [--repeat 20] [--copies 9]
    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
        .venv/bin/python bench/steer.py --scale

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
        # Panels and charts are kept in this process's memory (the bench is
        # one process; a site runs with Redis, shared by its processes).
        REDIS_URL="",
        PAGE_CACHE_SECONDS="600",
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
    from core.models import User
    from exchange.models import Mission, PartnerRequest
    from training.models import (
        AssessmentAttempt,
        Certificate,
        Enrolment,
        Session,
        TrainingModulePage,
    )

    return {
        "users": User.objects.count(),
        "modules": TrainingModulePage.objects.count(),
        "enrolments": Enrolment.objects.count(),
        "certificates": Certificate.objects.count(),
        "attempts": AssessmentAttempt.objects.count(),
        "sessions": Session.objects.count(),
        "requests": PartnerRequest.objects.count(),
        "missions": Mission.objects.count(),
    }


def analyze() -> None:
    """After a bulk load, what autovacuum does on a live database: on
    PostgreSQL VACUUM ANALYZE (the planner's statistics, without which it plans
    for empty tables, and the visibility map), on SQLite ANALYZE."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def measure(client, repeat: int) -> dict:
    from django.core.cache import cache
    from django.db import connection
    from django.urls import reverse

    analyze()
    url = reverse("core:steer") + "?year=2025"
    cache.clear()
    client.get(url)  # warm up the process (templates, translations)

    def timed(*, cold: bool) -> float:
        if cold:
            cache.clear()
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
        assert response.status_code == 200
        return elapsed

    cold = [timed(cold=True) for _ in range(repeat)]
    warm = [timed(cold=False) for _ in range(repeat)]

    def count_queries(*, cold: bool) -> int:
        queries = []

        def count(execute, sql, params, many, context):
            queries.append(sql)
            return execute(sql, params, many, context)

        if cold:
            cache.clear()
        # Django empties `connection.queries` when a request starts: count them as they run.
        with connection.execute_wrapper(count):
            client.get(url)
        return len(queries)

    cold_queries, warm_queries = count_queries(cold=True), count_queries(cold=False)
    export_url = reverse("core:steer_export", kwargs={"key": "enrolments", "fmt": "csv"})
    tracemalloc.start()
    started = time.perf_counter()
    rows = sum(chunk.count(b"\n") for chunk in client.get(export_url).streaming_content)
    export_seconds = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        **sizes(),
        "dashboard_cold_median_ms": round(1000 * statistics.median(cold), 1),
        "dashboard_warm_median_ms": round(1000 * statistics.median(warm), 1),
        "dashboard_cold_queries": cold_queries,
        "dashboard_warm_queries": warm_queries,
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


#: The issue's scale: users, modules, enrolments, requests.
TARGET = {"users": 10_000, "modules": 200, "enrolments": 50_000, "requests": 2_000}
ENROLMENTS_PER_USER = TARGET["enrolments"] // TARGET["users"]


def populate(*, users: int, modules: int, requests: int, seed: str = "steer-scale") -> None:
    """Add synthetic learners (each enrolled in 5 modules, with assessment
    attempts and certificates), modules with four sessions each (two a year),
    and partner requests in every status with
    their transitions, missions, experts and evaluations — up to the given
    totals of synthetic rows. Deterministic: the same seed gives the same rows."""
    import datetime as dt
    import random
    import zoneinfo

    from django.contrib.auth.hashers import make_password
    from django.db import transaction

    from core.models import Domain, Organisation, Partnership, User
    from exchange.models import Mission, MissionEvaluation, PartnerRequest, RequestTransition
    from experts.models import ExpertProfile
    from training.factories import TrainingModulePageFactory
    from training.models import (
        AssessmentAttempt,
        CatalogueIndexPage,
        Certificate,
        Enrolment,
        Session,
        TrainingModulePage,
    )

    rng = random.Random(seed)  # noqa: S311 — bench data
    paris = zoneinfo.ZoneInfo("Europe/Paris")
    domains = list(Domain.objects.all())
    catalogue = CatalogueIndexPage.objects.get(locale__language_code="en")
    made = TrainingModulePage.objects.filter(slug__startswith="scale-module-").count()
    for number in range(made, modules - TrainingModulePage.objects.count() + made):
        TrainingModulePageFactory(
            parent=catalogue,
            title=f"Scale module {number}",
            slug=f"scale-module-{number}",
            domain=rng.choice(domains),
            duration_hours=rng.choice((6, 12, 18)),
        )
    module_ids = list(TrainingModulePage.objects.values_list("pk", flat=True))
    with transaction.atomic():
        sessions_by_module = {}
        for session in Session.objects.filter(module_id__in=module_ids):
            sessions_by_module.setdefault(session.module_id, []).append(session.pk)
        new_sessions = [
            Session(
                module_id=module_id,
                starts_at=(starts := dt.datetime(year, 3 + 6 * half, 10, 9, tzinfo=paris)),
                ends_at=starts + dt.timedelta(days=2, hours=8),
                language="en",
                capacity=400,
                place="Training room",
                status=Session.Status.CLOSED,
            )
            for module_id in module_ids
            if module_id not in sessions_by_module
            for year in (2024, 2025)
            for half in (0, 1)
        ]
        for session in Session.objects.bulk_create(new_sessions):
            sessions_by_module.setdefault(session.module_id, []).append(session.pk)

        organisations = list(Organisation.objects.select_related("city"))
        existing = User.objects.filter(email__endswith="@scale.invalid").count()
        password = make_password(None)
        learners = User.objects.bulk_create(
            User(
                email=f"learner-{number}@scale.invalid",
                first_name="Learner",
                last_name=f"Scale {number}",
                password=password,
                city_id=(organisation := rng.choice(organisations)).city_id,
                organisation_id=organisation.pk,
            )
            for number in range(existing, users)
        )
        enrolments = []
        for learner in learners:
            for module_id in rng.sample(module_ids, ENROLMENTS_PER_USER):
                year = rng.choice((2024, 2025))
                changed = dt.datetime(year, rng.randint(1, 12), rng.randint(1, 28), tzinfo=paris)
                status = rng.choices(("active", "waiting", "withdrawn"), weights=(80, 10, 10))[0]
                done = status == "active" and rng.random() < 0.6
                enrolments.append(
                    Enrolment(
                        user_id=learner.pk,
                        module_id=module_id,
                        session_id=rng.choice(sessions_by_module[module_id])
                        if status == "waiting" or rng.random() < 0.7
                        else None,
                        status=status,
                        status_changed_at=changed,
                        completed_at=changed + dt.timedelta(days=20) if done else None,
                    )
                )
        Enrolment.objects.bulk_create(enrolments, batch_size=5000)
        # Most who completed passed the assessment and hold a certificate; some
        # who did not complete tried the assessment and failed.
        made = Certificate.objects.filter(number__startswith="SCALE-").count()
        certificates, attempts = [], []
        for enrolment in enrolments:
            if enrolment.completed_at and rng.random() < 0.9:
                attempts.append(
                    AssessmentAttempt(
                        user_id=enrolment.user_id,
                        module_id=enrolment.module_id,
                        score=80,
                        passed=True,
                    )
                )
                if rng.random() < 0.9:
                    made += 1
                    certificates.append(
                        Certificate(
                            holder_id=enrolment.user_id,
                            module_id=enrolment.module_id,
                            module_title="Scale module",
                            hours=6,
                            number=f"SCALE-{made:07d}",
                            year=enrolment.completed_at.year,
                            sequence=1_000_000 + made,
                            code=f"scale{made:027d}",
                            holder_name="Learner",
                            issued_on=enrolment.completed_at.date(),
                            issuer_name="Coordinator",
                            language="en",
                        )
                    )
            elif enrolment.status == "active" and rng.random() < 0.3:
                attempts.append(
                    AssessmentAttempt(
                        user_id=enrolment.user_id,
                        module_id=enrolment.module_id,
                        score=40,
                        passed=False,
                    )
                )
        Certificate.objects.bulk_create(certificates, batch_size=5000)
        AssessmentAttempt.objects.bulk_create(attempts, batch_size=5000)

        partnerships = list(Partnership.objects.all())
        coordinator = User.objects.get(email="coordinator@passerelle.demo")
        experts = list(ExpertProfile.objects.values_list("pk", flat=True))
        statuses = PartnerRequest.Status.values
        made = PartnerRequest.objects.filter(title__startswith="Scale request ").count()
        new_requests = []
        for number in range(made, requests):
            partnership = rng.choice(partnerships)
            start = dt.date(rng.choice((2024, 2025)), rng.randint(1, 12), rng.randint(1, 28))
            new_requests.append(
                PartnerRequest(
                    title=f"Scale request {number}",
                    city_id=rng.choice((partnership.city_a_id, partnership.city_b_id)),
                    partnership=partnership,
                    domain=rng.choice(domains),
                    needs="Synthetic request for the steering bench.",
                    start_date=start,
                    end_date=start + dt.timedelta(days=rng.randint(3, 15)),
                    created_by=coordinator,
                    status=rng.choice(statuses),
                )
            )
        new_requests = PartnerRequest.objects.bulk_create(new_requests)
        transitions, missions = [], []
        confirmed = ("confirmed", "in_progress", "completed", "evaluated")
        for request in new_requests:
            submitted = dt.datetime.combine(request.start_date, dt.time(9), paris)
            submitted -= dt.timedelta(days=60)
            transitions.append(
                RequestTransition(request=request, to_status="submitted", at=submitted)
            )
            if request.status in confirmed:
                transitions.append(
                    RequestTransition(
                        request=request,
                        from_status="experts_proposed",
                        to_status="confirmed",
                        at=submitted + dt.timedelta(days=rng.randint(10, 50)),
                    )
                )
                missions.append(
                    Mission(
                        request=request,
                        start_date=request.start_date,
                        end_date=request.end_date,
                    )
                )
        RequestTransition.objects.bulk_create(transitions, batch_size=5000)
        missions = Mission.objects.bulk_create(missions)
        Mission.experts.through.objects.bulk_create(
            Mission.experts.through(mission_id=mission.pk, expertprofile_id=expert)
            for mission in missions
            for expert in rng.sample(experts, min(2, len(experts)))
        )
        MissionEvaluation.objects.bulk_create(
            MissionEvaluation(
                mission=mission,
                kind=kind,
                author=coordinator,
                objectives_met=rng.randint(1, 5),
                knowledge_transferred=rng.randint(1, 5),
                would_work_together_again=rng.random() < 0.8,
            )
            for mission in missions
            if mission.request.status == "evaluated"
            for kind in MissionEvaluation.Kind.values
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--copies", type=int, default=9)
    parser.add_argument(
        "--scale", action="store_true", help="synthetic data to the issue's scale, not copies"
    )
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
        results = {"demo": baseline}
        if args.scale:
            tenth = {key: value // 10 for key, value in TARGET.items()}
            populate(users=tenth["users"], modules=tenth["modules"], requests=tenth["requests"])
            results["tenth"] = measure(client, args.repeat)
            print("demo + a tenth of the scale:", results["tenth"])
            populate(users=TARGET["users"], modules=TARGET["modules"], requests=TARGET["requests"])
            results["scaled"] = measure(client, args.repeat)
            print("demo + the scale:", results["scaled"])
        else:
            multiply(args.copies)
            results["scaled"] = measure(client, args.repeat)
            print(f"demo x{args.copies + 1}:", results["scaled"])
        from django.db import connection

        engine = connection.vendor
        connection.close()
        print(json.dumps({"database": engine, **results}))
    finally:
        if name:
            drop_database(name)


if __name__ == "__main__":
    main()
