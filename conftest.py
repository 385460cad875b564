"""Project-wide pytest fixtures: database helpers and the browser."""

import os
import shutil

import pytest

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

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
def _isolate_cache_and_language():
    """Rate limits, caches and the active language must not leak from one
    test into the next."""
    cache.clear()
    yield
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)


def pytest_collection_modifyitems(config, items):
    has_chromium = os.path.exists(CHROMIUM)
    required = os.environ.get("REQUIRE_BROWSER") == "1"
    for item in items:
        _serialized_rollback_for_every_transactional_test(item)
        if "browser" not in item.keywords:
            continue
        if not has_chromium and not required:
            item.add_marker(pytest.mark.skip(reason=f"no Chromium at {CHROMIUM}"))


def _serialized_rollback_for_every_transactional_test(item) -> None:
    """A transactional test flushes the database after it. Without serialized
    rollback that flush re-creates content types under new ids, and the next
    test that restores the serialized database collides with them (UNIQUE
    constraint on django_content_type): so every transactional test rolls
    back the serialized way."""
    marker = item.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction"):
        return
    if not marker.kwargs.get("serialized_rollback"):
        kwargs = {**marker.kwargs, "serialized_rollback": True}
        item.add_marker(pytest.mark.django_db(*marker.args, **kwargs), append=False)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"REQUIRE_BROWSER=1 but no Chromium at {CHROMIUM}")
    # Playwright's sync API runs an event loop in the test thread; Django
    # would otherwise refuse database access from that thread.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": BROWSER_ARGS}


@pytest.fixture(scope="session")
def browser(browser):
    """Once the browser runs, `connections` are context-local (see below): the
    first browser test's database fixture, which comes next, needs the contents."""
    _carry_serialized_contents()
    return browser


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


@pytest.fixture
def cold_and_warm_queries(query_count):
    """Queries of a request with every cache empty (no fragment kept), then of
    the same request again, with the fragments kept."""

    def count(fn) -> tuple[int, int]:
        cache.clear()
        return query_count(fn), query_count(fn)

    return count


_serialized_contents: dict[str, str] = {}


def _carry_serialized_contents() -> None:
    from django.db import connections

    for alias, contents in _serialized_contents.items():
        connection = connections[alias]
        if getattr(connection, "_test_serialized_contents", None) is None:
            connection._test_serialized_contents = contents


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    """Keep the test database's serialized contents visible after Playwright starts.

    Once Playwright's event loop runs in the test thread, asgiref treats the
    thread as async and `django.db.connections` hands out new connection
    objects (context-local), without the `_test_serialized_contents` that
    `serialized_rollback` restores from: later transactional tests would
    find an empty database (no Wagtail root page). Carry the contents over.
    """
    from django.db import connections

    for alias in connections:
        contents = getattr(connections[alias], "_test_serialized_contents", None)
        if contents is not None:
            _serialized_contents[alias] = contents
    try:
        return (yield)
    finally:
        _carry_serialized_contents()


def _closed_port() -> int:
    """A local TCP port nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_down(settings):
    """Django's real SMTP backend, pointed at a port where no server answers."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", _closed_port()
    settings.EMAIL_TIMEOUT = 2
    return settings


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server (aiosmtpd, in a thread); yields the messages it received."""
    from aiosmtpd.controller import Controller

    received = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
            received.append(envelope)
            return "250 OK"

    controller = Controller(Handler(), hostname="127.0.0.1", port=_closed_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_TIMEOUT = 5
    yield received
    controller.stop()
