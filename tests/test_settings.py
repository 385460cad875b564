"""Production settings: refuse to start without a secret, pass the deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="config.settings.production")
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_pass_the_deploy_checks():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="x" * 20 + "a-long-random-production-secret-key-0123456789",
        ALLOWED_HOSTS="passerelle.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_a_malformed_boolean_setting_fails_loudly():
    result = run_manage("check", SECRET_KEY="s" * 60, DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


@pytest.mark.parametrize("backend", ["rq"])
def test_the_redis_task_backend_needs_redis_url(backend):
    result = run_manage("check", SECRET_KEY="s" * 60, TASKS_BACKEND=backend, REDIS_URL="")
    assert result.returncode != 0
    assert "TASKS_BACKEND=rq needs REDIS_URL" in result.stderr


def test_with_redis_url_the_cache_is_djangos_own_redis_backend():
    result = run_manage(
        "shell",
        "--verbosity",
        "0",
        "-c",
        "from django.core.cache import caches; cache = caches['default']; "
        "print(type(cache).__module__, type(cache).__name__, cache.key_prefix)",
        SECRET_KEY="s" * 60,
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.core.cache.backends.redis", "RedisCache", "passerelle"]


def test_a_caching_proxy_in_front_is_configured_from_the_environment():
    script = (
        "from django.conf import settings; "
        "print('wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS, "
        "settings.WAGTAILFRONTENDCACHE['proxy']['LOCATION'], settings.FRONTEND_CACHE_SECONDS)"
    )
    result = run_manage(
        "shell",
        "--verbosity",
        "0",
        "-c",
        script,
        SECRET_KEY="s" * 60,
        REDIS_URL="redis://127.0.0.1:6379/0",
        FRONTEND_CACHE_PURGE_URL="http://varnish:8000",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "http://varnish:8000", "600"]
    off = run_manage(
        "shell",
        "--verbosity",
        "0",
        "-c",
        script.replace("['proxy']['LOCATION']", ""),
        SECRET_KEY="s" * 60,
    )
    assert off.stdout.split() == ["False", "{}", "0"]


def test_postgresql_connections_run_without_jit(db):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone() == ("off",)
