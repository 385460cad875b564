"""HTML travels gzipped to browsers that accept it (GZipMiddleware; Django
masks the CSRF token differently in each response, which defeats BREACH)."""

import gzip

import pytest

pytestmark = pytest.mark.django_db


def test_html_is_served_gzipped(client, home_page):
    response = client.get("/", headers={"accept-encoding": "gzip, br"})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert b"<html" in gzip.decompress(response.content)


def test_html_is_plain_for_clients_without_gzip(client, home_page):
    response = client.get("/")
    assert not response.has_header("Content-Encoding")
