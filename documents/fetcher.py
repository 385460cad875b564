"""The only URLs a document may load: the project's own static and media files.

Documents include editor content, so an ``<img src="http://...">`` or a
``file:///etc/passwd`` must never be fetched. Every URL is resolved against
``settings.SITE_URL``; only ``SITE_URL + STATIC_URL + path`` (read through the
staticfiles finders) and ``SITE_URL + MEDIA_URL + path`` (read through the
default storage) are served, from disk, never over the network; and
``private:path`` reads a file of the private storage (a coordinator's
signature image), which has no URL at all; an image's ``data:`` URL carries
its bytes in itself (the QR code of an issued document) and is decoded by
WeasyPrint's own fetcher, which reads nothing for it. Anything else is
refused.

Static files are read through the staticfiles storage first, so whatever
URL ``{% static %}`` gives is found in every configuration: hashed names
collected by the manifest storage (production), an absolute ``STATIC_URL``
on another host (a CDN or S3 bucket, read through its storage, not fetched);
then through the finders (development, or before ``collectstatic`` has run).
"""

import logging
import mimetypes
import posixpath
from urllib.parse import unquote, urljoin, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage, storages

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


def _root(base: str) -> str:
    """The absolute URL under which ``base`` (STATIC_URL, MEDIA_URL) serves files.

    An absolute base (``https://cdn.example.org/static/``) is taken as it is;
    a relative one hangs under SITE_URL, its path included.
    """
    if urlsplit(base).netloc:
        return urljoin(settings.SITE_URL, base)
    return settings.SITE_URL.rstrip("/") + "/" + base.strip("/") + "/"


#: An image carried in its URL: decoded, nothing read or fetched.
DATA_IMAGE_PREFIX = "data:image/"

#: How a document names a file of the private storage (no URL exists for it).
PRIVATE_PREFIX = "private:"


def private_url(name: str) -> str:
    return PRIVATE_PREFIX + name


def resolve_local(url: str) -> tuple[str, str]:
    """Map an allowed URL to ``("static"|"media"|"private", relative path)``.

    Raises RefusedURL for anything that is not one of our own files.
    """
    if url.startswith(PRIVATE_PREFIX):
        return "private", _clean_path(url[len(PRIVATE_PREFIX) :])
    parts = urlsplit(url)
    for kind, base in (("static", settings.STATIC_URL), ("media", settings.MEDIA_URL)):
        root = urlsplit(_root(base))
        if (parts.scheme, parts.netloc) == (root.scheme, root.netloc) and parts.path.startswith(
            root.path
        ):
            return kind, _clean_path(parts.path[len(root.path) :])
    raise RefusedURL(f"Refused URL {url!r}: neither a static nor a media file of this site")


def _read_static(path: str) -> bytes:
    """A static file by the name its URL carries: collected (hashed or not) or in the sources."""
    if staticfiles_storage.exists(path):
        with staticfiles_storage.open(path, "rb") as handle:
            return handle.read()
    found = finders.find(path)
    if not found:
        raise RefusedURL(f"No static file {path!r}")
    with open(found, "rb") as handle:
        return handle.read()


def read_local(kind: str, path: str) -> bytes:
    if kind == "static":
        return _read_static(path)
    storage = storages["private"] if kind == "private" else default_storage
    with storage.open(path, "rb") as handle:
        return handle.read()


class LocalFilesFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that only serves our own static and media files."""

    def fetch(self, url, headers=None):
        if url.startswith(DATA_IMAGE_PREFIX):
            return super().fetch(url, headers)
        try:
            kind, path = resolve_local(url)
        except RefusedURL:
            logger.warning("Document asked for a refused URL: %.200s", url)
            raise
        body = read_local(kind, path)
        content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body, {"Content-Type": content_type})
