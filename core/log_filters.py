"""Logging filters the settings use (`LOGGING`)."""

import logging


class QuietBelow(logging.Filter):
    """Let through records of `loggers` (and their children) only from `level` up.

    django-tasks-db's worker sets its loggers to INFO itself, whatever the
    settings say, and logs two lines per task; filtering at the handler keeps
    the console quiet unless asked (`TASKS_LOG_LEVEL`), failures included.
    """

    def __init__(self, loggers: list[str], level: str = "WARNING"):
        super().__init__()
        self.loggers = tuple(loggers)
        self.level = logging.getLevelName(level.upper())
        if not isinstance(self.level, int):
            raise ValueError(f"Unknown log level: {level}")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= self.level:
            return True
        return not any(
            record.name == name or record.name.startswith(name + ".") for name in self.loggers
        )
