"""Render an HTML template and the print stylesheet to a PDF.

Every Passerelle document (certificates, handouts, attestations) goes
through :func:`render_pdf`. The process keeps one WeasyPrint
``FontConfiguration`` and one parsed print stylesheet: recreating them costs
about ten times a warm render.
"""

import functools
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from weasyprint import CSS, HTML, Attachment
from weasyprint.text.fonts import FontConfiguration

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from documents.fetcher import LocalFilesFetcher

PRINT_CSS_TEMPLATE = "documents/print.css"
PDF_VARIANT = "pdf/a-3b"
# Images in editor content are downscaled to this resolution in the PDF.
IMAGE_DPI = 150
JPEG_QUALITY = 82

# WeasyPrint's font configuration is not documented as thread-safe; renders
# in one process are serialised (worker processes give the parallelism).
_render_lock = threading.Lock()


@functools.cache
def font_config() -> FontConfiguration:
    """The process-wide font configuration."""
    return FontConfiguration()


@functools.cache
def _print_css(base_url: str) -> CSS:
    return CSS(
        string=render_to_string(PRINT_CSS_TEMPLATE),
        base_url=base_url,
        url_fetcher=url_fetcher(),
        font_config=font_config(),
    )


@functools.cache
def url_fetcher() -> LocalFilesFetcher:
    return LocalFilesFetcher()


def base_url() -> str:
    """Relative URLs in documents (``/static/...``, ``/media/...``) resolve here."""
    return settings.SITE_URL.rstrip("/") + "/"


def json_attachment(name: str, content: str, description: str = "") -> Attachment:
    """A file embedded in the PDF (PDF/A-3 allows it), e.g. a JSON credential."""
    return Attachment(
        string=content,
        name=name,
        description=description or name,
        relationship="Data",
        url_fetcher=url_fetcher(),
    )


def render_html(
    html: str, *, attachments: Iterable[Attachment] = (), variant: str | None = PDF_VARIANT
) -> bytes:
    """Turn a full HTML document into PDF bytes with the print stylesheet."""
    url = base_url()
    document = HTML(string=html, base_url=url, url_fetcher=url_fetcher())
    with _render_lock:
        return document.write_pdf(
            stylesheets=[_print_css(url)],
            font_config=font_config(),
            attachments=list(attachments) or None,
            pdf_variant=variant,
            optimize_images=True,
            dpi=IMAGE_DPI,
            jpeg_quality=JPEG_QUALITY,
        )


def render_pdf(
    template_name: str,
    context: Mapping[str, Any],
    *,
    language: str | None = None,
    attachments: Iterable[Attachment] = (),
    variant: str | None = PDF_VARIANT,
) -> bytes:
    """Render ``template_name`` with ``context`` in ``language`` to PDF bytes."""
    with translation.override(language or settings.LANGUAGE_CODE):
        html = render_to_string(template_name, dict(context))
    return render_html(html, attachments=attachments, variant=variant)
