"""manage.py verify_certificate: exit 0 only for a genuine, intact certificate."""

import os
import subprocess
import sys

import pytest

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from documents.certificates import render_certificate

pytestmark = pytest.mark.django_db


@pytest.fixture
def genuine(make_certificate, tmp_path):
    path = tmp_path / "genuine.pdf"
    path.write_bytes(render_certificate(make_certificate(number="PSL-2026-000042")))
    return path


def test_genuine_file_outside_the_register_prints_number_and_status(genuine, capsys):
    call_command("verify_certificate", str(genuine))

    output = capsys.readouterr().out
    assert "PSL-2026-000042" in output
    assert "signature valid" in output
    assert "status: not in the register" in output


def test_one_changed_byte_fails_naming_the_tampering(genuine):
    data = bytearray(genuine.read_bytes())
    data[len(data) // 2] ^= 0x01
    genuine.write_bytes(bytes(data))

    with pytest.raises(CommandError, match="tampered"):
        call_command("verify_certificate", str(genuine))


def test_unsigned_certificate_fails_naming_it_unsigned(make_certificate, tmp_path):
    path = tmp_path / "unsigned.pdf"
    path.write_bytes(render_certificate(make_certificate(), sign=False))

    with pytest.raises(CommandError, match="unsigned"):
        call_command("verify_certificate", str(path))


def test_missing_file_fails_naming_it(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        call_command("verify_certificate", str(tmp_path / "absent.pdf"))


def _manage(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    return subprocess.run(  # noqa: S603
        [sys.executable, str(settings.BASE_DIR / "manage.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_exit_codes_from_the_command_line(genuine):
    ok = _manage("verify_certificate", str(genuine))
    data = bytearray(genuine.read_bytes())
    data[len(data) // 3] ^= 0x01
    genuine.write_bytes(bytes(data))
    tampered = _manage("verify_certificate", str(genuine))

    assert ok.returncode == 0, ok.stderr
    assert "PSL-2026-000042" in ok.stdout
    assert tampered.returncode != 0
    assert "tampered" in tampered.stderr
