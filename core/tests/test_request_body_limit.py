"""A request body over UPLOAD_MAX_REQUEST_BYTES is refused with 413 before it is read."""

import io

import pytest

from django.test import RequestFactory

from core.middleware import RequestBodyLimitMiddleware


class UnreadableBody(io.RawIOBase):
    """A body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def test_a_declared_body_over_the_limit_gets_413_unread(settings):
    settings.UPLOAD_MAX_REQUEST_BYTES = 1024
    request = RequestFactory().post("/me/profile/", data=b"", content_type="application/pdf")
    request.META["CONTENT_LENGTH"] = str(10 * 1024 * 1024 * 1024)  # 10 GB announced
    request.META["wsgi.input"] = UnreadableBody()
    reached = []
    middleware = RequestBodyLimitMiddleware(lambda r: reached.append(r))

    response = middleware(request)

    assert response.status_code == 413
    assert reached == []
    assert "the limit is 1.0\xa0KB" in response.content.decode()


@pytest.mark.django_db
def test_a_body_within_the_limit_goes_through(client, settings):
    settings.UPLOAD_MAX_REQUEST_BYTES = 1024
    assert client.post("/accounts/login/", {"login": "a@example.org"}).status_code != 413
    response = client.post("/accounts/login/", {"login": "x" * 2000})
    assert response.status_code == 413
