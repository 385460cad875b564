"""Tests: fast hashing, in-memory e-mail, tasks run inline."""

from config.settings.base import *  # noqa: F403
from config.settings.base import BASE_DIR

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
PRIVATE_MEDIA_ROOT = BASE_DIR / "var" / "test-private-media"
STORAGES = {
    **STORAGES,  # noqa: F405
    "private": {**STORAGES["private"], "OPTIONS": {"location": PRIVATE_MEDIA_ROOT}},  # noqa: F405
}
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
WAGTAILADMIN_BASE_URL = "http://testserver"
SITE_URL = "http://testserver"
WHITENOISE_AUTOREFRESH = True
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
DOCUMENT_SIGNING_KEY = BASE_DIR / "var" / "test-signing" / "key.pem"
DOCUMENT_SIGNING_CERT = BASE_DIR / "var" / "test-signing" / "cert.pem"
DOCUMENT_SIGNING_SELF_SIGNED = True
OPEN_BADGES_SIGNING_KEY = BASE_DIR / "var" / "test-signing" / "openbadges-ed25519.pem"
PAGE_CACHE_SECONDS = 0  # tests of the page cache turn it on
