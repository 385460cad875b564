"""A deployment holding data from before `core` and `documents` were split off
migrates forward with every row kept.

The test exports the last commit before the split from git, lets that code
migrate a new database and load its demo (users, pages, requests, missions,
a signed certificate), then runs today's `migrate` on the same database and
compares every table's row count, table by table. It runs on the database the
suite runs on: SQLite, or a scratch database on the PostgreSQL server of
`DATABASE_URL`.
"""

import os
import sqlite3
import subprocess
import sys
import tarfile
import uuid
from io import BytesIO
from pathlib import Path

import pytest

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
#: The last commit whose models all lived in exchange, experts and training.
BEFORE_THE_SPLIT = "5dbd0a20b0bad99bcea79def63ebda6b7ccd5e28"
#: The last version before wagtail-localize, whose first migration points at
#: the user table and is ordered before Wagtail's own: a database from before
#: the split upgrades through it first (docs/deployment.md).
STEPPING_STONE = "d6c03774be7f11d05cdcb7c19f492eb8743d33d9"
MOVED_TO_CORE = {
    "city",
    "domain",
    "organisation",
    "partnership",
    "fundingpartner",
    "cooperationproject",
    "projectfunding",
    "user",
    "user_groups",
    "user_user_permissions",
    "homepage",
    "standardpage",
}

#: Content types and permissions, each named by app and model (ids may change).
CONTENT_TYPES = "SELECT app_label, model FROM django_content_type"
PERMISSIONS = (
    "SELECT t.app_label, t.model, p.codename FROM auth_permission p "
    "JOIN django_content_type t ON t.id = p.content_type_id"
)

pytestmark = pytest.mark.slow


def _export_legacy_tree(target: Path, commit: str = BEFORE_THE_SPLIT) -> Path:
    try:
        archive = subprocess.run(
            ["git", "archive", "--format=tar", commit],  # noqa: S607
            cwd=ROOT,
            check=True,
            capture_output=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.fail(
            f"this test needs the git history up to {commit[:7]} "
            f"(a full clone, not a shallow one): {error}"
        )
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


class _Database:
    """A scratch database of the same engine as the suite's, reached directly."""

    def __init__(self, tmp_path: Path):
        engine = settings.DATABASES["default"]["ENGINE"]
        self.postgres = "postgresql" in engine
        if self.postgres:
            import psycopg

            params = settings.DATABASES["default"]
            self.name = f"upgrade_{uuid.uuid4().hex[:12]}"
            self._server = {
                "host": params.get("HOST") or "127.0.0.1",
                "port": params.get("PORT") or 5432,
                "user": params.get("USER") or "postgres",
                "password": params.get("PASSWORD") or None,
            }
            with psycopg.connect(dbname="postgres", autocommit=True, **self._server) as conn:
                conn.execute(f'CREATE DATABASE "{self.name}"')
            password = f":{self._server['password']}" if self._server["password"] else ""
            self.url = (
                f"postgres://{self._server['user']}{password}@{self._server['host']}:"
                f"{self._server['port']}/{self.name}"
            )
        else:
            self.path = tmp_path / "upgrade.sqlite3"
            self.url = f"sqlite:///{self.path}"

    def counts(self) -> dict[str, int]:
        if self.postgres:
            import psycopg

            with psycopg.connect(dbname=self.name, **self._server) as conn:
                tables = [
                    row[0]
                    for row in conn.execute(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    )
                ]
                return {
                    table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608
                    for table in tables
                }
        with sqlite3.connect(self.path) as conn:
            tables = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            ]
            return {
                table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608
                for table in tables
            }

    def rows(self, query: str) -> set[tuple]:
        if self.postgres:
            import psycopg

            with psycopg.connect(dbname=self.name, **self._server) as conn:
                return set(conn.execute(query).fetchall())
        with sqlite3.connect(self.path) as conn:
            return set(conn.execute(query).fetchall())

    def drop(self) -> None:
        if self.postgres:
            import psycopg

            with psycopg.connect(dbname="postgres", autocommit=True, **self._server) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def _manage(tree: Path, database: _Database, tmp_path: Path, *args: str) -> str:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": database.url,
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private-media"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "TASKS_BACKEND": "immediate",
        "REDIS_URL": "",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}"
    return result.stdout


def _renamed(table: str) -> str:
    if table.startswith("exchange_") and table.removeprefix("exchange_") in MOVED_TO_CORE:
        return "core_" + table.removeprefix("exchange_")
    return table


def _moved(app_label: str, model: str, *rest: str) -> tuple:
    if app_label == "exchange" and model in MOVED_TO_CORE:
        return ("core", model, *rest)
    return (app_label, model, *rest)


CHECKS = """
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from wagtail.models import Page

from core.models import HomePage, Partnership
from training.models import Certificate

User = get_user_model()
official = User.objects.get(email="official@passerelle.demo")
assert official.check_password("passerelle-demo")
assert official.groups.filter(name="Official").exists()
coordinators = User.objects.filter(groups__name="Coordinator")
assert coordinators.exists()
assert coordinators.first().has_perm("core.change_partnership")
assert not ContentType.objects.filter(app_label="exchange", model="user").exists()
home = Page.objects.get(depth=2, locale__language_code="en").specific
assert isinstance(home, HomePage), type(home)
assert Partnership.objects.count() == 2
certificate = Certificate.objects.get(holder=official)
assert certificate.pdf.read()[:5] == b"%PDF-"
response = Client().get("/", HTTP_HOST="127.0.0.1")
assert response.status_code == 200, response.status_code
print("upgraded data checks passed")
"""


def test_data_from_before_the_split_survives_the_upgrade(tmp_path):
    legacy = _export_legacy_tree(tmp_path / "legacy")
    database = _Database(tmp_path)
    try:
        _manage(legacy, database, tmp_path, "migrate", "--noinput")
        _manage(legacy, database, tmp_path, "load_demo")
        before = database.counts()
        types_before, permissions_before = database.rows(CONTENT_TYPES), database.rows(PERMISSIONS)
        assert before["exchange_user"] >= 40
        assert before["training_certificate"] >= 1

        stepping_stone = _export_legacy_tree(tmp_path / "stepping-stone", STEPPING_STONE)
        _manage(stepping_stone, database, tmp_path, "migrate", "--noinput")
        _manage(ROOT, database, tmp_path, "migrate", "--noinput")
        _manage(ROOT, database, tmp_path, "migrate", "--check")
        after = database.counts()

        # Models added since the split bring content types and permissions of
        # their own: every earlier one must still be there, under its new app.
        assert {_moved(*row) for row in types_before} <= database.rows(CONTENT_TYPES)
        assert {_moved(*row) for row in permissions_before} <= database.rows(PERMISSIONS)
        for table, rows in before.items():
            if table in {"django_migrations", "django_content_type", "auth_permission"}:
                continue
            new_name = _renamed(table)
            assert new_name in after, f"{table} ({new_name}) is gone"
            if table == "auth_group_permissions":
                # Later migrations may give a role more (coordinators translate).
                assert after[new_name] >= rows, f"{table}: {rows} rows before"
                continue
            assert after[new_name] == rows, f"{table}: {rows} rows before, {after[new_name]} after"
        assert not {table for table in after if _renamed(table) != table}
        assert "upgraded data checks passed" in _manage(
            ROOT, database, tmp_path, "shell", "-c", CHECKS
        )
    finally:
        database.drop()


#: Migrations that existed before the split: they ran before the tables moved.
BEFORE_THE_SPLIT_MIGRATIONS = {
    ("core", "0001_initial"),
    ("core", "0002_pages"),
    ("core", "0003_roles"),
    ("core", "0004_adopt_exchange_tables"),
    ("exchange", "0004_requests_missions"),
    ("exchange", "0005_attestations"),
    ("experts", "0001_initial"),
    ("experts", "0002_roles"),
    *(
        ("training", name)
        for name in (
            "0001_initial",
            "0002_roles",
            "0003_enrolment_session_restrict",
            "0004_certificates",
            "0005_trainers_are_experts",
            "0006_session_trainers_are_experts_or_coordinators",
        )
    ),
}


@pytest.mark.django_db  # wagtail-localize's first migration reads the database on import
def test_every_later_migration_runs_after_the_tables_moved():
    """On an upgraded database a new migration must find core's tables under
    their new names: it depends, at least indirectly, on core 0004."""
    from django.db.migrations.loader import MigrationLoader

    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    ours = {"core", "documents", "experts", "exchange", "training"}
    later = [
        key for key in graph.nodes if key[0] in ours and key not in BEFORE_THE_SPLIT_MIGRATIONS
    ]
    assert later, "no migration after the split? then this test checks nothing"
    for key in later:
        assert ("core", "0004_adopt_exchange_tables") in graph.forwards_plan(key), key
