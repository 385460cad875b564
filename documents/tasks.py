"""Background tasks of the documents app (django-tasks)."""

from django_tasks import task

from documents.funder_reports import funder_report_build
from documents.models import FunderReport


@task()
def build_funder_report(report_id: int) -> str:
    """Build a funder report's signed PDF (or find it stored); returns its status.

    Idempotent: a retry of a finished report changes nothing."""
    report = FunderReport.objects.select_related("project", "funder", "city").get(pk=report_id)
    return funder_report_build(report=report).status
