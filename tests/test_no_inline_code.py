"""Web templates carry no inline script, event handler or style attribute, so
a strict Content-Security-Policy can forbid them. Print templates (rendered
to PDF by WeasyPrint, never by a browser) and e-mail templates (read in mail
clients, which want inline styles) are exempt."""

import re
from pathlib import Path

from django.conf import settings

INLINE = re.compile(r'style="|<style\b|\son[a-z]+="|<script\b(?![^>]*\bsrc=)')
# templates/documents/ holds the PDF templates and three web pages.
DOCUMENT_WEB_PAGES = {"verify.html", "revoke.html", "issued.html"}


def web_templates():
    root = Path(settings.BASE_DIR)
    paths = [*root.glob("templates/**/*.html"), *root.glob("*/templates/**/*.html")]
    for path in sorted(paths):
        relative = path.relative_to(root)
        is_print = relative.parts[:2] == ("templates", "documents")
        if is_print and relative.name not in DOCUMENT_WEB_PAGES:
            continue
        if relative.parts[:2] == ("templates", "emails"):
            continue
        yield relative, path.read_text()


def test_web_templates_have_no_inline_script_or_style():
    offenders = [str(path) for path, text in web_templates() if INLINE.search(text)]
    assert offenders == []


def test_the_pattern_catches_each_kind():
    snippets = ['<p style="x">', "<style>p{}</style>", '<a onclick="go()">', "<script>1</script>"]
    for snippet in snippets:
        assert INLINE.search(snippet), snippet
    assert not INLINE.search('<script src="/static/js/print.js" defer></script>')
