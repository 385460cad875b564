"""Documents load only the project's own static and media files."""

import base64
import http.server
import io
import threading

import pytest
from PIL import Image
from pypdf import PdfReader

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from documents import fetcher
from documents.fetcher import RefusedURL, resolve_local
from documents.render import render_html


def _png(size: int = 4) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (size, size), "navy").save(buffer, "PNG")
    return buffer.getvalue()


PNG = _png()


@pytest.fixture
def recorded_fetches(monkeypatch):
    """Every URL WeasyPrint asks for, and whether it was served."""
    calls = []
    original = fetcher.LocalFilesFetcher.fetch

    def spy(self, url, headers=None):
        try:
            response = original(self, url, headers)
        except Exception:
            calls.append((url, "refused"))
            raise
        calls.append((url, "served"))
        return response

    monkeypatch.setattr(fetcher.LocalFilesFetcher, "fetch", spy)
    return calls


@pytest.fixture
def http_server():
    """A real HTTP server on localhost that counts the requests it gets."""
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(PNG)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()


def _page(body: str) -> bytes:
    return render_html(f"<!DOCTYPE html><html><body>{body}</body></html>", variant=None)


def _image_count(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_http_image_is_not_fetched(http_server, recorded_fetches):
    base, hits = http_server

    pdf = _page(f'<p>Before</p><img src="{base}/tracker.png" alt="">')

    assert hits == []
    assert (f"{base}/tracker.png", "refused") in recorded_fetches
    assert _image_count(pdf) == 0


def test_https_stylesheet_is_not_fetched(recorded_fetches):
    _page('<link rel="stylesheet" href="https://example.com/evil.css"><p>x</p>')

    assert recorded_fetches == [("https://example.com/evil.css", "refused")]


@pytest.mark.parametrize(
    "markup",
    [
        '<img src="file:///etc/passwd" alt="">',
        '<a rel="attachment" href="file:///etc/passwd">passwd</a>',
        '<object data="file:///etc/passwd"></object>',
    ],
)
def test_local_file_url_is_not_read(markup, recorded_fetches):
    pdf = _page(markup)

    assert recorded_fetches == [("file:///etc/passwd", "refused")]
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.attachments == {}
    assert "root:" not in "".join(page.extract_text() for page in reader.pages)


def test_own_static_file_is_served_from_disk(recorded_fetches):
    _page('<link rel="stylesheet" href="/static/css/site.css"><p>x</p>')

    # The stylesheet, then the fonts it names: all the project's own, all served.
    assert recorded_fetches[0] == ("http://testserver/static/css/site.css", "served")
    assert all(
        url.startswith("http://testserver/static/") and outcome == "served"
        for url, outcome in recorded_fetches
    )


def test_own_media_image_is_embedded(recorded_fetches):
    name = default_storage.save("documents-test/pixel.png", ContentFile(PNG))
    try:
        pdf = _page(f'<img src="/media/{name}" alt="" style="width: 2cm">')
    finally:
        default_storage.delete(name)

    assert recorded_fetches == [(f"http://testserver/media/{name}", "served")]
    assert _image_count(pdf) == 1


@pytest.mark.parametrize(
    "url",
    [
        "http://testserver/static/../config/settings/base.py",
        "http://testserver/static/%2e%2e/%2e%2e/etc/passwd",
        "http://testserver/media/..%2f..%2fetc/passwd",
        "http://testserver/static/",
        "http://testserver/admin/",
        "http://evil.example/static/css/site.css",
        "https://testserver/static/css/site.css",
        "file:///work/static/css/site.css",
        "data:text/plain,hello",
        "ftp://testserver/static/css/site.css",
    ],
)
def test_resolve_local_refuses_anything_else(url):
    with pytest.raises(RefusedURL):
        resolve_local(url)


def test_resolve_local_maps_static_and_media():
    assert resolve_local("http://testserver/static/fonts/a.woff2") == ("static", "fonts/a.woff2")
    assert resolve_local("http://testserver/media/images/b%20c.jpg") == ("media", "images/b c.jpg")


def test_an_images_data_url_is_decoded_and_drawn(recorded_fetches):
    url = "data:image/png;base64," + base64.b64encode(PNG).decode()

    pdf = _page(f'<img src="{url}" alt="" style="width: 2cm">')

    assert recorded_fetches == [(url, "served")]
    assert _image_count(pdf) == 1


@pytest.mark.parametrize(
    "markup",
    [
        '<link rel="stylesheet" href="data:text/css,p{color:red}"><p>x</p>',
        '<img src="data:text/plain,hello" alt="">',
        '<a rel="attachment" href="data:application/octet-stream,secret">file</a>',
    ],
)
def test_other_data_urls_are_refused(markup, recorded_fetches):
    pdf = _page(markup)

    assert [outcome for _, outcome in recorded_fetches] == ["refused"]
    assert PdfReader(io.BytesIO(pdf)).attachments == {}
