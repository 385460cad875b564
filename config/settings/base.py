"""Settings shared by every environment.

Every value that differs between machines comes from an environment
variable, read through the small helpers below; they fail loudly on a
value they cannot parse rather than guessing.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_emails(name: str) -> list[tuple[str, str]]:
    """Comma-separated e-mail addresses, as Django's ADMINS wants them."""
    addresses = env_list(name, [])
    for address in addresses:
        if "@" not in address:
            raise ImproperlyConfigured(f"{name} must list e-mail addresses, not {address!r}")
    return [(address, address) for address in addresses]


SECRET_KEY = env("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# The city (slug) the programme is run from: exchanges are counted as going
# from it to a partner, from a partner to it, or between partners.
STEER_HUB_CITY = env("STEER_HUB_CITY", "paris")

INSTALLED_APPS = [
    "health_check",
    "core",
    "documents",
    "experts",
    "exchange",
    "training",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    # Course content is translated with wagtail-localize (docs/translation.md);
    # its locales app replaces wagtail.locales.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Background tasks
    "django_tasks",
    "django_tasks_db",
    "django_tasks_rq",
    "django_rq",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.forms",
]
# Every form draws through the project's form and field templates.
FORM_RENDERER = "core.form_renderer.FormRenderer"

MIDDLEWARE = [
    "core.middleware.RequestBodyLimitMiddleware",
    "core.middleware.NulInAddressMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HTML compressed (static files come compressed from WhiteNoise). Safe from
    # BREACH: Django masks the CSRF token differently in every response.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "core.middleware.CoordinatorMFAMiddleware",
    "core.middleware.PersonalPagesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Content-Security-Policy (django-csp): the public site runs no inline script
# and loads nothing from elsewhere but the videos lessons embed. The Wagtail
# admin needs inline scripts and styles: ContentSecurityPolicyMiddleware adds
# CONTENT_SECURITY_POLICY_ADMIN to the policy there (docs/security.md).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["blob:"],
    "frame-src": [SELF],
}
# Features no page uses, turned off for the site and anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.roles",
            ],
        },
    },
]

# Database: SQLite file by default, anything dj-database-url understands
# (PostgreSQL in production) through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and not env_bool(
    "DATABASE_JIT", False
):
    # PostgreSQL's JIT compiles a query's expressions when its estimated cost
    # is high, which pays off for long analytical queries only: for the
    # steering totals (a 60 ms query misestimated as long) it added 40-170 ms.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: local memory by default, Redis when REDIS_URL is set.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "passerelle",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Whole public pages cached for anonymous visitors and purged page by page
# (docs/caching.md); off without Redis, as a per-process cache could not be
# purged everywhere.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600 if REDIS_URL else 0)
# Optionally a CDN or caching proxy in front, purged with the page cache
# through wagtail.contrib.frontend_cache: Varnish, nginx... (HTTP PURGE to
# FRONTEND_CACHE_PURGE_URL) or Cloudflare. It may keep the anonymous pages
# the page cache keeps, except pages with live parts, for FRONTEND_CACHE_SECONDS.
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
    }
if env("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env("CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env("CLOUDFLARE_BEARER_TOKEN"),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    # The page cache names each language's URL itself (core/cache_purge.py).
    WAGTAILFRONTENDCACHE_LANGUAGES = []
FRONTEND_CACHE_SECONDS = env_int(
    "FRONTEND_CACHE_SECONDS", PAGE_CACHE_SECONDS if WAGTAILFRONTENDCACHE else 0
)

# Background tasks (django-tasks). The database backend needs
# `manage.py db_worker`; TASKS_BACKEND=rq moves the queue to Redis
# (`manage.py rqworker default --job-class django_tasks_rq.Job`).
TASKS_BACKEND = env("TASKS_BACKEND", "database")
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "rq": "django_tasks_rq.RQBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
if TASKS_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {sorted(_TASK_BACKENDS)}")
if TASKS_BACKEND == "rq" and not REDIS_URL:
    raise ImproperlyConfigured("TASKS_BACKEND=rq needs REDIS_URL")
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASKS_BACKEND], "QUEUES": ["default"]}}
RQ_QUEUES = {"default": {"URL": REDIS_URL or "redis://127.0.0.1:6379/0"}}

# `load_demo` runs freely, with the published demo password (off in production).
LOAD_DEMO_ALLOWED = True

# Accounts
AUTH_USER_MODEL = "core.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "core:me"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Passerelle] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if not DEBUG else "http"
# Proxies in front of the app servers that append the visitor's address to
# X-Forwarded-For (a load balancer, a TLS proxy): every rate limit keys on
# the address the outermost of them saw (core.clients.client_ip). 0 trusts
# no header, so a forged X-Forwarded-For changes nothing.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
# After 5 failed passwords an account waits this long (or a password reset).
LOGIN_LOCKOUT_MINUTES = 5
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": f"10/m/ip,5/{LOGIN_LOCKOUT_MINUTES}m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
}
ACCOUNT_ADAPTER = "core.adapters.AccountAdapter"
ACCOUNT_FORMS = {"signup": "core.forms.SignupForm"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Passerelle"
# Coordinators must set up two-factor authentication before any
# coordinator page. Only the local demo relaxes this.
COORDINATOR_REQUIRE_MFA = env_bool("COORDINATOR_REQUIRE_MFA", True)

# Internationalisation
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("pt", "Português"),
    ("km", "ខ្មែរ"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# One date, time and number format per language (Django's, with the 24-hour
# clock and day-month-year in English): core/formats/.
FORMAT_MODULE_PATH = ["core.formats"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

# Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
# Private media (report attachments, certificates, attestations, bulk ZIPs)
# has no URL and lives outside MEDIA_ROOT: views stream it after checking
# who asks (core.storage; docs/deployment.md).
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private-media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "core.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# S3-compatible object storage for media (pip install boto3).
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    # Private files: their own bucket (or a prefix of the public one), never
    # public-read; the app streams them, so no URL is ever handed out.
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_PRIVATE_BUCKET_NAME", AWS_STORAGE_BUCKET_NAME),
            "location": "private",
            "default_acl": "private",
            "querystring_auth": True,
        },
    }
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    # Page images and expert photos then come from the bucket.
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(
        AWS_S3_ENDPOINT_URL or "https://*.amazonaws.com"
    )
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# A request body over this is refused with 413 before it is read
# (core.middleware.RequestBodyLimitMiddleware); uploads are checked by
# content (core.uploads) within these caps.
UPLOAD_MAX_REQUEST_BYTES = env_int("UPLOAD_MAX_REQUEST_BYTES", 50 * 1024 * 1024)
UPLOAD_MAX_IMAGE_PIXELS = env_int("UPLOAD_MAX_IMAGE_PIXELS", 40_000_000)
UPLOAD_MAX_UNCOMPRESSED_BYTES = env_int("UPLOAD_MAX_UNCOMPRESSED_BYTES", 100 * 1024 * 1024)
UPLOAD_MAX_COMPRESSION_RATIO = env_int("UPLOAD_MAX_COMPRESSION_RATIO", 100)
UPLOAD_MAX_ZIP_MEMBERS = env_int("UPLOAD_MAX_ZIP_MEMBERS", 10_000)

# Documents: PDFs are signed (PAdES) with this PEM key and certificate.
# Without them, a self-signed pair is created on first use when
# DOCUMENT_SIGNING_SELF_SIGNED is on (development); production turns it off.
DOCUMENT_SIGNING_KEY = Path(
    env("DOCUMENT_SIGNING_KEY", str(BASE_DIR / "var" / "signing" / "key.pem"))
)
DOCUMENT_SIGNING_CERT = Path(
    env("DOCUMENT_SIGNING_CERT", str(BASE_DIR / "var" / "signing" / "cert.pem"))
)
DOCUMENT_SIGNING_SELF_SIGNED = env_bool("DOCUMENT_SIGNING_SELF_SIGNED", True)
DOCUMENT_SIGNING_TRUST_ROOTS = env_list("DOCUMENT_SIGNING_TRUST_ROOTS", [])
# Open Badges 3.0 credentials are signed (eddsa-rdfc-2022) with this Ed25519
# PEM key, created on first use like the PDF key when DOCUMENT_SIGNING_SELF_SIGNED
# is on. After a rotation, list the old public keys (their publicKeyMultibase,
# z6Mk…) in OPEN_BADGES_PREVIOUS_KEYS: /.well-known/did.json keeps publishing
# them, so credentials signed before still verify.
OPEN_BADGES_SIGNING_KEY = Path(
    env("OPEN_BADGES_SIGNING_KEY", str(BASE_DIR / "var" / "signing" / "openbadges-ed25519.pem"))
)
OPEN_BADGES_PREVIOUS_KEYS = env_list("OPEN_BADGES_PREVIOUS_KEYS", [])

# E-mail: printed to the console unless an SMTP server is configured.
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Passerelle <noreply@passerelle.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who receives server errors (500s) by e-mail: comma-separated addresses.
ADMINS = env_emails("ADMINS")

# Optional error reports to Sentry (or a compatible service such as GlitchTip).
SENTRY_DSN = env("SENTRY_DSN")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env("SENTRY_ENVIRONMENT", "production"),
        send_default_pii=False,  # no e-mail addresses, IPs or cookies leave
        traces_sample_rate=0.0,
    )

EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
# Mail leaves through a background task after the commit (core.mail); a
# failed delivery is retried with growing delays, this many tries in all.
MAIL_MAX_ATTEMPTS = env_int("MAIL_MAX_ATTEMPTS", 8)

# Wagtail
WAGTAIL_SITE_NAME = "Passerelle"
# No avatars from gravatar.com: coordinators' e-mail hashes stay here, and
# the admin's policy allows images from the site only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "csv", "txt"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024

X_FRAME_OPTIONS = "DENY"  # Wagtail previews set SAMEORIGIN themselves

# The task worker logs every task it runs at INFO: shown only from
# TASKS_LOG_LEVEL up (WARNING: failures only; INFO: every task).
TASKS_LOG_LEVEL = env("TASKS_LOG_LEVEL", "WARNING").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "quiet_tasks": {
            "()": "core.log_filters.QuietBelow",
            "loggers": ["django_tasks", "django_tasks_db", "django.tasks"],
            "level": TASKS_LOG_LEVEL,
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["quiet_tasks"]}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": TASKS_LOG_LEVEL},
        "django_tasks_db": {"level": TASKS_LOG_LEVEL},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# Personal data (docs/privacy.md). Exports can be downloaded for
# PRIVACY_EXPORT_DAYS; `manage.py purge_expired` (daily) removes accounts
# never confirmed after PRIVACY_UNCONFIRMED_DAYS, login records after
# PRIVACY_LOGIN_RECORD_DAYS and other audit events after AUDIT_RETENTION_DAYS.
PRIVACY_EXPORT_DAYS = env_int("PRIVACY_EXPORT_DAYS", 7)
PRIVACY_UNCONFIRMED_DAYS = env_int("PRIVACY_UNCONFIRMED_DAYS", 30)
PRIVACY_LOGIN_RECORD_DAYS = env_int("PRIVACY_LOGIN_RECORD_DAYS", 180)
AUDIT_RETENTION_DAYS = env_int("AUDIT_RETENTION_DAYS", 5 * 365)
