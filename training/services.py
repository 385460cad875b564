"""Writes with side effects: enrolment, booking, progress, assessment, attendance.

Booking is race-free on PostgreSQL: every change to a session's roster
first locks the session row (`select_for_update`), so concurrent bookings
for one session queue up and each sees the seats the previous one took.
SQLite serialises writers itself (transactions start IMMEDIATE).
"""

import datetime as dt
from collections.abc import Iterable, Mapping

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.mail import mail_queue_to
from core.models import User
from training.models import (
    AssessmentAttempt,
    Attendance,
    Enrolment,
    LessonPage,
    LessonProgress,
    Session,
    TrainingModulePage,
)
from training.progress import completed_module_keys, module_progress
from training.questions import InvalidAnswers, grade
from training.tasks import issue_certificate_for_enrolment


class TrainingError(Exception):
    """A request the rules refuse; `message` is shown to the person."""

    message = _("This is not possible.")

    def __init__(self, message=None):
        if message is not None:
            self.message = message
        super().__init__(str(self.message))


class AlreadyEnrolled(TrainingError):
    message = _("You are already enrolled in this module.")


class PrerequisitesMissing(TrainingError):
    message = _("Complete the prerequisite modules first.")

    def __init__(self, modules: list[TrainingModulePage]):
        self.modules = modules
        super().__init__()


class SessionNotOpen(TrainingError):
    message = _("This session is not open for enrolment.")


class NotEnrolled(TrainingError):
    message = _("Enrol in the module first.")


class AssessmentRefused(TrainingError):
    message = _("These answers cannot be accepted.")


def _lock_session(session: Session) -> Session:
    return (
        Session.objects.select_for_update(of=("self",)).select_related("module").get(pk=session.pk)
    )


@transaction.atomic
def enrolment_create(
    *, user: User, module: TrainingModulePage, session: Session | None = None
) -> Enrolment:
    """Enrol `user` in `module`, self-paced or in `session`.

    A full session puts them on its waiting list (status WAITING). Two
    simultaneous calls for one person (a double click) make one enrolment;
    the other gets `AlreadyEnrolled`, never a database error. Enrolling on a
    translation or an alias of the module enrols in the module itself.
    """
    module = module.recorded_page()
    if session is not None:
        session = _lock_session(session)
        if session.module.translation_key != module.translation_key:
            raise SessionNotOpen
        if not session.is_open:
            raise SessionNotOpen
    existing = (
        Enrolment.objects.of(user)
        .for_module(module)
        .select_for_update(of=("self",))
        .order_by("pk")
        .first()
    )
    if existing is not None and existing.status != Enrolment.Status.WITHDRAWN:
        raise AlreadyEnrolled
    completed = completed_module_keys(user)
    missing = [m for m in module.live_prerequisites() if m.translation_key not in completed]
    if missing:
        raise PrerequisitesMissing(missing)

    status = Enrolment.Status.ACTIVE
    if session is not None and session.enrolments.booked().count() >= session.capacity:
        status = Enrolment.Status.WAITING
    enrolment = existing or Enrolment(user=user)
    enrolment.module = module
    enrolment.session = session
    enrolment.status = status
    enrolment.status_changed_at = timezone.now()
    try:
        with transaction.atomic():  # a savepoint: the losing insert of a race
            enrolment.save()
    except IntegrityError as exc:  # a double click's twin enrolled first
        raise AlreadyEnrolled from exc
    return enrolment


@transaction.atomic
def enrolment_withdraw(*, enrolment: Enrolment) -> list[Enrolment]:
    """Withdraw; a freed seat goes to the first in line, who is told by e-mail.

    Returns the enrolments promoted from the waiting list.
    """
    session = _lock_session(enrolment.session) if enrolment.session_id else None
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status == Enrolment.Status.WITHDRAWN:
        return []
    if enrolment.is_completed:
        raise TrainingError(_("A completed module cannot be withdrawn from."))
    enrolment.status = Enrolment.Status.WITHDRAWN
    enrolment.status_changed_at = timezone.now()
    enrolment.save(update_fields=["status", "status_changed_at"])
    if session is None:
        return []
    return session_fill_from_waiting_list(session=session)


@transaction.atomic
def session_fill_from_waiting_list(*, session: Session) -> list[Enrolment]:
    """Promote waiting learners while seats are free; e-mail each of them.

    The one place seats go to the waiting list, called wherever seats are
    freed: a withdrawal, a session edited in the admin (capacity raised,
    reopened), a booked enrolment deleted (an account erased or deleted:
    `seat_freed_by_deletion`).
    """
    session = _lock_session(session)
    free = session.capacity - session.enrolments.booked().count()
    if free <= 0 or not session.is_open:
        return []
    promoted = list(session.enrolments.waiting().select_related("user")[:free])
    now = timezone.now()
    for enrolment in promoted:
        enrolment.status = Enrolment.Status.ACTIVE
        enrolment.status_changed_at = now
        enrolment.save(update_fields=["status", "status_changed_at"])
        _queue_promotion_email(enrolment, session)
    return promoted


def seat_freed_by_deletion(sender, instance: Enrolment, **kwargs) -> None:
    """`post_delete` of an enrolment (an account erased or deleted takes its
    enrolments along): a booked seat is offered once the deletion commits."""
    if instance.session_id and instance.status == Enrolment.Status.ACTIVE:
        session_id = instance.session_id
        transaction.on_commit(lambda: _fill_if_still_there(session_id))


def _fill_if_still_there(session_id: int) -> None:
    session = Session.objects.filter(pk=session_id).first()
    if session is not None:
        session_fill_from_waiting_list(session=session)


def _queue_promotion_email(enrolment: Enrolment, session: Session) -> None:
    mail_queue_to(
        user=enrolment.user,
        template="training/emails/promoted",
        context={"user": enrolment.user, "session": session, "module": session.module},
        reason=_(
            "You receive this e-mail because you were on the waiting list of this session "
            "on %(site)s."
        ),
    )


def _active_enrolment(user: User, module: TrainingModulePage, *, lock: bool = False) -> Enrolment:
    enrolments = Enrolment.objects.of(user).for_module(module).current()
    if lock:
        enrolments = enrolments.select_for_update(of=("self",))
    enrolment = enrolments.select_related("module", "session").first()
    if enrolment is None or not enrolment.is_active:
        raise NotEnrolled
    return enrolment


@transaction.atomic
def lesson_mark_done(*, user: User, lesson: LessonPage) -> LessonProgress:
    lesson = lesson.recorded_page()  # done in Khmer is done: recorded on the lesson itself
    module = lesson.get_parent().specific
    enrolment = _active_enrolment(user, module)
    progress, _created = LessonProgress.objects.get_or_create(user=user, lesson=lesson)
    enrolment_record_completion(enrolment=enrolment)
    return progress


@transaction.atomic
def assessment_submit(
    *, user: User, module: TrainingModulePage, answers: Mapping[str, Iterable[int]]
) -> AssessmentAttempt:
    """Grade `answers` on the server and record the attempt.

    Refused, with nothing recorded: not enrolled, already passed, no
    attempts left, or answers to questions of another assessment.
    """
    enrolment = _active_enrolment(user, module, lock=True)
    attempts = AssessmentAttempt.objects.of(user).for_module(module)
    if attempts.passed().exists():
        raise AssessmentRefused(_("You have already passed this assessment."))
    if attempts.count() >= module.max_attempts:
        raise AssessmentRefused(_("You have used all your attempts at this assessment."))
    answers = {question_id: sorted(set(chosen)) for question_id, chosen in answers.items()}
    try:
        result = grade(module.assessment_questions(), answers, module.pass_mark)
    except InvalidAnswers as exc:
        raise AssessmentRefused(
            _("These answers do not match this assessment's questions.")
        ) from exc
    # Graded on the questions the learner saw; recorded on the module itself.
    attempt = AssessmentAttempt.objects.create(
        user=user,
        module=module.recorded_page(),
        answers=answers,
        score=result.score,
        passed=result.passed,
    )
    enrolment_record_completion(enrolment=enrolment)
    return attempt


@transaction.atomic
def attendance_mark(
    *, session: Session, day: dt.date, present: set[int], marked_by: User
) -> list[Attendance]:
    """Record who was there on `day`: enrolment ids in `present`, the rest absent.

    Only for a day of the session that has begun: nobody attends in advance.
    """
    if day not in session.days():
        raise TrainingError(_("This day is not part of the session."))
    if not session.has_started_on(day):
        raise TrainingError(_("Attendance can be taken once the day has begun."))
    enrolments = list(session.enrolments.booked().select_related("module", "session", "user"))
    unknown = present - {enrolment.pk for enrolment in enrolments}
    if unknown:
        raise TrainingError(_("Only learners booked in this session can be marked present."))
    records = []
    for enrolment in enrolments:
        attendance, _created = Attendance.objects.update_or_create(
            enrolment=enrolment,
            day=day,
            defaults={
                "present": enrolment.pk in present,
                "marked_by": marked_by,
                "marked_at": timezone.now(),
            },
        )
        records.append(attendance)
        enrolment_record_completion(enrolment=enrolment)
    return records


@transaction.atomic
def enrolment_record_completion(*, enrolment: Enrolment) -> bool:
    """Stamp the enrolment completed when the module's rule is met.

    Returns True only when this call completed it; the certificate is then
    issued by a background task once the transaction commits.
    """
    if enrolment.is_completed or not enrolment.is_active:
        return False
    progress = module_progress(enrolment.user, [enrolment])[0]
    if not progress.rule_met:
        return False
    enrolment.completed_at = timezone.now()
    enrolment.save(update_fields=["completed_at"])
    transaction.on_commit(lambda: issue_certificate_for_enrolment.enqueue(enrolment.pk))
    return True
