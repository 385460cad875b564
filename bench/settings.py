"""Settings for `bench/pages.py`: production-like (DEBUG off), a bare view added.

Only the benchmark uses this module; it is not a deployment setting.
"""

import dj_database_url

from config.settings.base import *  # noqa: F403
from config.settings.base import BASE_DIR, env, env_int

DEBUG = False
SECRET_KEY = "bench-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.urls"
DATABASES = {
    "default": dj_database_url.parse(
        env("BENCH_DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'bench.sqlite3'}"),
        conn_max_age=600,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
COORDINATOR_REQUIRE_MFA = False
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
# The page cache must be shared by both gunicorn workers: Redis. bench/pages.py
# runs the server once with PAGE_CACHE_SECONDS=0 and once with it on.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0"),
        "KEY_PREFIX": "passerelle-bench",
    }
}
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# As in production with Redis (config/settings/base.py).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
