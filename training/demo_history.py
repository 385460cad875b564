"""Two past years of training for the steering dashboard: sessions of the
demo modules, partner-city learners enrolled in them, who completed.

Generated from a fixed seed, so every `load_demo` wants the same rows;
sessions are found by (module, start), learners by e-mail and enrolments
by (learner, module): what exists is left as it is, nothing is doubled.

The coordinator then certifies each past session's completions as a
coordinator would, with a bulk issue (`certificate_batch_start`,
completions only): background tasks after the commit, which `make run`'s
worker runs, so the certificate register and the dashboard's "certified"
figure fill within a minute. A session that already had a bulk issue gets
no other.
"""

import datetime as dt
import random
import zoneinfo

from django.contrib.auth.hashers import make_password

from core.demo import DEMO_PASSWORD
from core.models import Organisation, User
from core.roles import Role
from training.certificate_services import (
    certificate_batch_start,
    session_certificate_enrolments,
)
from training.models import CertificateBatch, Enrolment, Session, TrainingModulePage

SEED = "passerelle-steer-history"
YEARS = (2024, 2025)
# (city slug, learners): Paris trains partner-city staff, and learns from them.
LEARNERS = (("phnom-penh", 30), ("rio-de-janeiro", 24), ("paris", 6))
SESSIONS_PER_MODULE_AND_YEAR = 2
CAPACITY = 12
#: Who certifies the past sessions' completions.
COORDINATOR = "coordinator@passerelle.demo"
TRAINERS = (
    "expert@passerelle.demo",
    "expert.phnom-penh.01@passerelle.demo",
    "expert.rio-de-janeiro.01@passerelle.demo",
)


def _learners() -> list[User]:
    from experts.demo import demo_user

    password = make_password(DEMO_PASSWORD)
    learners = []
    for city_slug, count in LEARNERS:
        organisation = Organisation.objects.filter(city__slug=city_slug).order_by("name").first()
        for number in range(1, count + 1):
            learners.append(
                demo_user(
                    email=f"learner.{city_slug}.{number:02d}@passerelle.demo",
                    first="Learner",
                    last=f"{organisation.city.name} {number:02d}",
                    organisation=organisation,
                    roles=(Role.OFFICIAL,),
                    password=password,
                )
            )
    return learners


def load(modules: dict[str, TrainingModulePage]) -> None:
    sessions = _load_sessions(modules)
    coordinator = User.objects.filter(email=COORDINATOR).first()
    if coordinator is not None:
        _certify(sessions, coordinator)


def _certify(sessions: list[Session], coordinator: User) -> None:
    """A bulk issue of the completions of every past session that had none."""
    batched = set(
        CertificateBatch.objects.filter(session__in=sessions).values_list("session", flat=True)
    )
    for session in sessions:
        completed = session_certificate_enrolments(session, completed_only=True)
        if session.pk not in batched and completed.exists():
            certificate_batch_start(session=session, requested_by=coordinator, completed_only=True)


def _load_sessions(modules: dict[str, TrainingModulePage]) -> list[Session]:
    sessions = []
    learners = _learners()
    trainers = [User.objects.filter(email=email).first() for email in TRAINERS]
    paris = zoneinfo.ZoneInfo("Europe/Paris")
    for slug, module in sorted(modules.items()):
        # One generator per module and per session: what exists (and what
        # someone changed) never shifts what is generated after it.
        rng = random.Random(f"{SEED}-{slug}")  # noqa: S311 — demo data
        # A learner follows a module once: each module's sessions share out the learners.
        pool = rng.sample(learners, len(learners))
        for year in YEARS:
            for half in range(SESSIONS_PER_MODULE_AND_YEAR):
                rng = random.Random(f"{SEED}-{slug}-{year}-{half}")  # noqa: S311
                month = rng.randint(1, 5) + 6 * half
                starts = dt.datetime(year, month, rng.randint(1, 25), 9, tzinfo=paris)
                session, _ = Session.objects.get_or_create(
                    module=module,
                    starts_at=starts,
                    defaults={
                        "ends_at": starts + dt.timedelta(days=2, hours=8),
                        "place": "Training room, City Hall",
                        "language": module.locale.language_code,
                        "capacity": CAPACITY,
                        "trainer": rng.choice(trainers),
                        "status": Session.Status.CLOSED,
                    },
                )
                sessions.append(session)
                group, pool = pool[: rng.randint(8, 14)], pool[14:]
                for seat, learner in enumerate(group):
                    _enrol(session, learner, waiting=seat >= CAPACITY, completed=rng.random() < 0.7)
    return sessions


def _enrol(session: Session, learner: User, *, waiting: bool, completed: bool) -> None:
    enrolment, created = Enrolment.objects.get_or_create(
        user=learner,
        module=session.module,
        defaults={
            "session": session,
            "status": Enrolment.Status.WAITING if waiting else Enrolment.Status.ACTIVE,
            "completed_at": session.ends_at if completed and not waiting else None,
        },
    )
    if created:
        Enrolment.objects.filter(pk=enrolment.pk).update(
            created_at=session.starts_at - dt.timedelta(days=21),
            status_changed_at=session.starts_at - dt.timedelta(days=21),
        )
