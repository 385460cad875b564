"""/health/ for load balancers; error reports to ADMINS and, optionally, Sentry."""

import json

import pytest
from django_tasks import task_backends

from django.urls import reverse

from tests.test_settings import run_manage

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def checks(client) -> tuple[int, dict]:
    response = client.get(reverse("health"), {"format": "json"})
    return response.status_code, json.loads(response.content)


def test_health_checks_the_database_cache_storage_and_task_queue(client, settings):
    settings.TASKS = DATABASE_TASKS
    status, report = checks(client)
    assert status == 200, report
    names = " ".join(report)
    for part in ("Database", "Cache", "Storage", "TaskBackend"):
        assert part in names
    assert client.get(reverse("health"))["Cache-Control"].startswith("max-age=0")


def test_health_fails_when_the_task_queue_does_not_answer(client, settings, monkeypatch):
    settings.TASKS = DATABASE_TASKS

    def unreachable(self, result_id):
        raise ConnectionError("the queue is down")

    # The checks run in worker threads, each with its own backend instance.
    monkeypatch.setattr(type(task_backends["default"]), "get_result", unreachable)
    status, report = checks(client)
    assert status == 500
    assert "does not answer" in json.dumps(report)
    assert "the queue is down" not in json.dumps(report)  # no internals for the public


def test_admins_and_sentry_come_from_the_environment():
    script = (
        "import sentry_sdk; from django.conf import settings; "
        "print(settings.ADMINS); print(sentry_sdk.get_client().is_active())"
    )
    result = run_manage(
        "shell",
        "-c",
        script,
        SECRET_KEY="s" * 60,
        ADMINS="ops@example.org, dpo@example.org",
        SENTRY_DSN="https://public@sentry.example.org/1",
    )
    assert result.returncode == 0, result.stderr
    admins, sentry_active = result.stdout.strip().splitlines()[-2:]
    assert (
        admins == "[('ops@example.org', 'ops@example.org'), ('dpo@example.org', 'dpo@example.org')]"
    )
    assert sentry_active == "True"


def test_admins_must_be_addresses():
    result = run_manage("check", SECRET_KEY="s" * 60, ADMINS="Operations team")
    assert result.returncode != 0
    assert "ADMINS must list e-mail addresses" in result.stderr
