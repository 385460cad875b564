"""Local development: debug on, a throwaway secret key, e-mail to the console."""

from config.settings.base import *  # noqa: F403
from config.settings.base import env, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
WHITENOISE_AUTOREFRESH = True
