"""The only URLs a document may load: the project's own static and media files.

Documents include editor content, so an ``<img src="http://...">`` or a
``file:///etc/passwd`` must never be fetched. Every URL is resolved against
``settings.SITE_URL``; only ``SITE_URL + STATIC_URL + path`` (read through the
staticfiles finders) and ``SITE_URL + MEDIA_URL + path`` (read through the
default storage) are served, from disk, never over the network. Anything
else is refused.
"""

import logging
import mimetypes
import posixpath
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage

logger = logging.getLogger(__name__)


class RefusedURL(ValueError):
    """A document asked for a URL outside the project's static and media files."""


def _clean_path(raw: str) -> str:
    """Return a relative path without traversal, or raise RefusedURL."""
    path = unquote(raw)
    normalised = posixpath.normpath(path)
    if (
        not path
        or "\\" in path
        or "\x00" in path
        or normalised.startswith(("/", ".."))
        or ".." in path.split("/")
    ):
        raise RefusedURL(f"Refused path {raw!r}")
    return normalised


def resolve_local(url: str) -> tuple[str, str]:
    """Map an allowed URL to ``("static"|"media", relative path)``.

    Raises RefusedURL for anything that is not one of our own files.
    """
    site = urlsplit(settings.SITE_URL)
    parts = urlsplit(url)
    if (parts.scheme, parts.netloc) != (site.scheme, site.netloc):
        raise RefusedURL(f"Refused URL {url!r}: not one of this site's files")
    prefix = site.path.rstrip("/")
    for kind, base in (("static", settings.STATIC_URL), ("media", settings.MEDIA_URL)):
        root = prefix + "/" + base.strip("/") + "/"
        if parts.path.startswith(root):
            return kind, _clean_path(parts.path[len(root) :])
    raise RefusedURL(f"Refused URL {url!r}: neither a static nor a media file")


def read_local(kind: str, path: str) -> bytes:
    if kind == "static":
        found = finders.find(path)
        if not found:
            raise RefusedURL(f"No static file {path!r}")
        with open(found, "rb") as handle:
            return handle.read()
    with default_storage.open(path, "rb") as handle:
        return handle.read()


class LocalFilesFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that only serves our own static and media files."""

    def fetch(self, url, headers=None):
        try:
            kind, path = resolve_local(url)
        except RefusedURL:
            logger.warning("Document asked for a refused URL: %.200s", url)
            raise
        body = read_local(kind, path)
        content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body, {"Content-Type": content_type})
