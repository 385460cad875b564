import pytest

_serialized_contents: dict[str, str] = {}


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
        for alias, contents in _serialized_contents.items():
            connection = connections[alias]
            if getattr(connection, "_test_serialized_contents", None) is None:
                connection._test_serialized_contents = contents
