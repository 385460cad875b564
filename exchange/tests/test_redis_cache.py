"""The Redis cache backend keeps one client per pool and behaves like Django's."""

import uuid

import pytest

from exchange.redis_cache import RedisCache


@pytest.fixture
def redis_cache():
    cache = RedisCache(
        "redis://127.0.0.1:6379/0", {"KEY_PREFIX": f"passerelle-test-{uuid.uuid4()}"}
    )
    try:
        cache.set("probe", 1, 10)
    except Exception as exc:  # noqa: BLE001 — any connection error means no Redis here
        pytest.skip(f"no Redis on 127.0.0.1:6379 ({exc.__class__.__name__})")
    return cache


def test_one_client_is_reused_for_every_call(redis_cache):
    client = redis_cache._cache.get_client()
    assert redis_cache._cache.get_client() is client
    assert redis_cache._cache.get_client(write=True) is client  # one server, one pool


def test_it_stores_counts_and_deletes(redis_cache):
    redis_cache.set("page", (1, b"<p>hi</p>", "text/html"), 10)
    redis_cache.set("generation", 5, 10)
    assert redis_cache.get_many(["page", "generation"]) == {
        "page": (1, b"<p>hi</p>", "text/html"),
        "generation": 5,
    }
    assert redis_cache.incr("generation") == 6
    redis_cache.delete_many(["page", "generation", "probe"])
    assert redis_cache.get("page") is None
