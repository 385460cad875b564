"""What `/health/` checks beyond django-health-check's own: the task queue."""

import dataclasses
import uuid

from django_tasks import task_backends
from django_tasks.exceptions import TaskResultDoesNotExist
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable


@dataclasses.dataclass
class TaskBackend(HealthCheck):
    """The task backend answers: the database table or the Redis queue where
    e-mails, PDFs and bulk issues wait for a worker. Asking for a result that
    does not exist reads the store without adding to it; a backend that runs
    tasks in-process has no store to reach."""

    alias: str = "default"

    def run(self) -> None:
        backend = task_backends[self.alias]
        if not backend.supports_get_result:
            return
        try:
            backend.get_result(str(uuid.uuid4()))
        except TaskResultDoesNotExist:
            return
        except Exception as exc:
            raise ServiceUnavailable("The task backend does not answer.") from exc
