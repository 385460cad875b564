from io import StringIO

import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.apps import apps
from django.core.management import call_command
from django.test import override_settings
from django.utils.html import escape

from core.demo import DEMO_PASSWORD
from core.models import CooperationProject, Partnership, ProjectFunding, User
from core.roles import Role

pytestmark = pytest.mark.django_db

COUNTED = [
    "core.City",
    "core.Organisation",
    "core.Partnership",
    "core.PartnershipText",
    "core.CooperationProject",
    "core.ProjectFunding",
    "core.FundingPartner",
    "core.User",
    "wagtailcore.Page",
    "auth.Group",
    "account.EmailAddress",
]


def counts() -> dict[str, int]:
    return {label: apps.get_model(label).objects.count() for label in COUNTED}


def test_load_demo_twice_changes_nothing():
    call_command("load_demo", stdout=StringIO())
    first = counts()
    call_command("load_demo", stdout=StringIO())
    assert counts() == first


def test_demo_tells_the_paris_story(capsys):
    call_command("load_demo")
    output = capsys.readouterr().out
    assert "coordinator@passerelle.demo" in output
    phnom_penh = Partnership.objects.get(slug="paris-phnom-penh")
    project = phnom_penh.projects.get()
    assert (project.start_year, project.end_year) == (2005, 2006)
    assert [f.funder.name for f in project.fundings.all()] == [
        "French Ministry for Foreign Affairs"
    ]
    rio = CooperationProject.objects.get(slug="sao-cristovao-regeneration")
    assert rio.start_year == 2004
    assert ProjectFunding.objects.filter(project=rio).count() == 3


def test_demo_partnerships_read_in_four_languages(client):
    """Their summaries are translated through wagtail-localize (one source,
    a translation per language), and each reader gets their own."""
    from wagtail_localize.models import Translation

    call_command("load_demo", stdout=StringIO())
    for partnership in Partnership.objects.all():
        texts = {text.language: text for text in partnership.texts.select_related("locale")}
        assert set(texts) == {"en", "fr", "pt", "km"}
        assert len({text.translation_key for text in texts.values()}) == 1
        assert len({text.summary for text in texts.values()}) == 4
        for language, text in texts.items():
            prefix = "" if language == "en" else f"/{language}"
            page = client.get(f"{prefix}/partnerships/{partnership.slug}/").text
            assert escape(text.summary) in page
    translations = Translation.objects.filter(
        source__specific_content_type__model="partnershiptext"
    )
    assert translations.count() == 3 * Partnership.objects.count()
    assert all(done == total > 0 for total, done in (t.get_progress() for t in translations))


def test_every_role_has_a_demo_account_that_can_log_in(client):
    call_command("load_demo", stdout=StringIO())
    for role in Role:
        user = User.objects.filter(groups__name=role.group_name).first()
        assert user is not None, role
        assert client.login(email=user.email, password=DEMO_PASSWORD)


# The worker closes its database connection after the run: a transactional
# test, so that nothing is lost with it (and the initial pages come back).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(
    TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
)
def test_every_task_the_demo_queues_succeeds_in_the_worker():
    """`make run` starts a worker beside the site: it must not begin with
    failures (Wagtail queues index tasks for every page saved, and a task
    about a page deleted since fails)."""
    call_command("load_demo", stdout=StringIO())
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists()

    call_command("db_worker", "--batch", "--interval", "0", "--no-startup-delay")

    failed = DBTaskResult.objects.filter(status=TaskResultStatus.FAILED)
    assert [(result.task_path, result.args_kwargs) for result in failed] == []
    assert not DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists()
