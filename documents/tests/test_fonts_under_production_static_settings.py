"""Documents keep their shipped fonts under production static settings.

Production collects static files with the manifest storage, so
``{% static %}`` gives hashed names. A subprocess runs the real production
settings with fontconfig pointed at a configuration with no font folders
(a bare server): the certificate must still draw its Latin and Khmer text
with the shipped fonts — after ``collectstatic``, and before it has run
(``load_demo`` on a fresh checkout).
"""

import os
import subprocess
import sys

import pytest

from django.conf import settings

KHMER_NAME = "សុខ ដារ៉ា"  # Sok Dara

EMPTY_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""

RENDER = """
import datetime as dt, sys, django
django.setup()
from django.template.loader import render_to_string
from documents.certificates import CertificateDocument, render_certificate
print(render_to_string("documents/print.css"))
certificate = CertificateDocument(
    number="PSL-2026-000001", code="A" * 22, holder_name=sys.argv[2],
    module_title="Traffic management", hours=12, issued_on=dt.date(2026, 11, 30),
    issuer_name="Claire Martin", language="en",
)
open(sys.argv[1], "wb").write(render_certificate(certificate, sign=False))
"""


def _production_env(folder, static_root) -> dict[str, str]:
    conf = folder / "fonts.conf"
    conf.write_text(EMPTY_FONTS_CONF.format(cache=folder / "fontconfig-cache"))
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "production-static-test",
        "STATIC_ROOT": str(static_root),
        "FONTCONFIG_FILE": str(conf),
    }


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=settings.BASE_DIR,
        check=True,
    )


def _render(folder, env) -> tuple[str, bytes]:
    pdf = folder / "certificate.pdf"
    css = _run("-c", RENDER, str(pdf), KHMER_NAME, env=env).stdout
    return css, pdf.read_bytes()


def _fonts(pdf_path) -> str:
    return subprocess.run(  # noqa: S603
        ["pdffonts", str(pdf_path)],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _text(pdf_path) -> str:
    return subprocess.run(  # noqa: S603
        ["pdftotext", "-enc", "UTF-8", str(pdf_path), "-"],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _assert_shipped_fonts_and_name(folder):
    fonts = _fonts(folder / "certificate.pdf")
    assert "PSL-Latin" in fonts, fonts
    assert "PSL-Khmer" in fonts, fonts
    assert "DejaVu" not in fonts
    text = "".join(_text(folder / "certificate.pdf").split())
    assert "".join(KHMER_NAME.split()) in text


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    folder = tmp_path_factory.mktemp("production-static")
    env = _production_env(folder, folder / "static")
    _run("manage.py", "collectstatic", "--noinput", "-v0", env=env)
    return folder, env


def test_after_collectstatic_hashed_font_urls_are_read(collected):
    folder, env = collected
    css, _ = _render(folder, env)

    hashed = [line for line in css.splitlines() if "noto-sans-khmer-khmer-400-normal." in line]
    assert hashed and "400-normal.woff2" not in hashed[0], "expected a hashed file name"
    _assert_shipped_fonts_and_name(folder)


def test_before_collectstatic_the_source_fonts_are_read(tmp_path):
    env = _production_env(tmp_path, tmp_path / "static-not-collected")
    _render(tmp_path, env)

    _assert_shipped_fonts_and_name(tmp_path)
