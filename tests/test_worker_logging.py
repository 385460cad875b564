"""The task worker does not print a line for every task unless asked."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What `manage.py db_worker` does at its default verbosity (its loggers to
# INFO), then what it logs for a task that ran and one that failed.
SCRIPT = """
import logging
from django_tasks_db.management.commands.db_worker import Command
Command().configure_logging(1)
logging.getLogger("django_tasks").info("Task id=1 path=a.task state=SUCCESSFUL")
logging.getLogger("django_tasks_db").info("Task id=1 path=a.task state=RUNNING")
logging.getLogger("django_tasks").error("Task id=2 path=b.task state=FAILED")
logging.getLogger("training").info("Certificate issued")
"""


def console(**env) -> str:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "TASKS_LOG_LEVEL", "LOG_LEVEL"}
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="config.settings.dev")
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", SCRIPT],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


def test_by_default_only_failed_tasks_show():
    output = console()
    assert "state=SUCCESSFUL" not in output
    assert "state=RUNNING" not in output
    assert "state=FAILED" in output
    assert "Certificate issued" in output  # other loggers are untouched


def test_tasks_log_level_info_shows_every_task():
    output = console(TASKS_LOG_LEVEL="info")
    assert "state=SUCCESSFUL" in output
    assert "state=RUNNING" in output
