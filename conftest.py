"""Project-wide pytest fixtures: database helpers and the browser."""

import os
import shutil

import pytest

from django.core.cache import cache

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
BROWSER_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
]


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits and caches must not leak from one test into the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def roles(db):
    """The role groups, for tests on a flushed (transactional) database."""
    from django.apps import apps

    from exchange.roles import ensure_roles

    ensure_roles(apps)


def pytest_collection_modifyitems(config, items):
    has_chromium = os.path.exists(CHROMIUM)
    required = os.environ.get("REQUIRE_BROWSER") == "1"
    for item in items:
        if "browser" not in item.keywords:
            continue
        if not has_chromium and not required:
            item.add_marker(pytest.mark.skip(reason=f"no Chromium at {CHROMIUM}"))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"REQUIRE_BROWSER=1 but no Chromium at {CHROMIUM}")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": BROWSER_ARGS}


@pytest.fixture(scope="session", autouse=True)
def _allow_sync_db_access_beside_playwright():
    # Playwright's sync API runs an event loop in the test thread; Django
    # would otherwise refuse database access from that thread.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def query_count():
    """Number of database queries a callable makes."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(fn) -> int:
        with CaptureQueriesContext(connection) as context:
            fn()
        return len(context)

    return count


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Keep the serialized test database reachable from every connection object.

    Playwright's sync API runs an event loop in the test thread, under which
    Django's per-context connection handler hands out a fresh connection
    object; that object lacks `_test_serialized_contents`, so a second
    `serialized_rollback` browser test would start on an empty database.
    """
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents is not None:
            type(connection)._test_serialized_contents = contents
