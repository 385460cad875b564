"""Reads that gather a learner's progress across several tables.

Every function here runs a fixed number of queries whatever the number of
modules or enrolments, so the dashboard and the catalogue stay flat.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, F, Q, Value
from django.db.models.functions import Coalesce
from django.utils.translation import get_language

from wagtail.models import Page

from core.cache_versions import versioned
from experts.models import ExpertProfile
from training.completion import (
    LearnerRecord,
    Missing,
    is_module_completed,
    missing_requirements,
    progress_percent,
)
from training.models import (
    AssessmentAttempt,
    Attendance,
    Certificate,
    Enrolment,
    LessonPage,
    LessonProgress,
    Session,
    TrainingModulePage,
)


@dataclass
class ModuleProgress:
    enrolment: Enrolment
    record: LearnerRecord
    lessons: list[LessonPage]
    done_keys: set = field(default_factory=set)
    certificate: Certificate | None = None  # set by the dashboard
    # The module as the reader reads it (its live translation in their
    # language, else the module itself), set by the dashboard.
    shown_module: TrainingModulePage | None = None

    @property
    def module(self) -> TrainingModulePage:
        return self.enrolment.module

    @property
    def percent(self) -> int:
        return progress_percent(self.record)

    @property
    def missing(self) -> list[Missing]:
        return missing_requirements(self.module.completion_rule, self.record)

    @property
    def rule_met(self) -> bool:
        return is_module_completed(self.module.completion_rule, self.record)

    @property
    def next_lesson(self) -> LessonPage | None:
        return next((lesson for lesson in self.lessons if not self.is_done(lesson)), None)

    def is_done(self, lesson: LessonPage) -> bool:
        return lesson.translation_key in self.done_keys


def lessons_by_module(modules: list[TrainingModulePage]) -> dict[int, list[LessonPage]]:
    """The live lessons of each module, in order, in one query."""
    if not modules:
        return {}
    children = Q()
    for module in modules:
        children |= Q(path__startswith=module.path, depth=module.depth + 1)
    by_path: dict[str, list[LessonPage]] = {module.path: [] for module in modules}
    lessons = (
        LessonPage.objects.live()
        .filter(children)
        .only("id", "title", "path", "depth", "url_path", "translation_key", "locale_id")
        .annotate(
            content_language=Coalesce("alias_of__locale__language_code", "locale__language_code")
        )
        .order_by("path")
    )
    for lesson in lessons:
        by_path[lesson.path[: -Page.steplen]].append(lesson)
    return {module.pk: by_path[module.path] for module in modules}


def done_and_passed_keys(user) -> tuple[set, set]:
    """The translation keys of the lessons `user` has done and of the modules
    whose assessment they passed, in one query (any language counts)."""
    lessons = (
        LessonProgress.objects.filter(user=user)
        .annotate(kind=Value("lesson"))
        .values_list("kind", "lesson__translation_key")
        .order_by()
    )
    modules = (
        AssessmentAttempt.objects.of(user)
        .passed()
        .annotate(kind=Value("module"))
        .values_list("kind", "module__translation_key")
        .order_by()
    )
    done, passed = set(), set()
    for kind, key in lessons.union(modules, all=True):
        (done if kind == "lesson" else passed).add(key)
    return done, passed


def completed_module_keys(user) -> set:
    return set(
        Enrolment.objects.of(user).completed().values_list("module__translation_key", flat=True)
    )


def module_progress(
    user, enrolments: list[Enrolment], lessons: dict[int, list[LessonPage]] | None = None
) -> list[ModuleProgress]:
    """Progress for each of `user`'s enrolments (modules and sessions
    selected), given the modules' `lessons` when already read."""
    if not enrolments:
        return []
    if lessons is None:
        lessons = lessons_by_module([enrolment.module for enrolment in enrolments])
    done, passed = done_and_passed_keys(user)
    in_sessions = [enrolment.pk for enrolment in enrolments if enrolment.session_id is not None]
    present = Counter(
        Attendance.objects.filter(enrolment__in=in_sessions, present=True).values_list(
            "enrolment_id", flat=True
        )
        if in_sessions
        else ()
    )
    result = []
    for enrolment in enrolments:
        module = enrolment.module
        module_lessons = lessons[module.pk]
        in_session = enrolment.session_id is not None and enrolment.is_active
        record = LearnerRecord(
            lessons_total=len(module_lessons),
            lessons_done=sum(1 for lesson in module_lessons if lesson.translation_key in done),
            has_assessment=module.has_assessment,
            assessment_passed=module.translation_key in passed,
            in_session=in_session,
            session_days=len(enrolment.session.days()) if in_session else 0,
            days_present=present.get(enrolment.pk, 0),
        )
        result.append(ModuleProgress(enrolment, record, module_lessons, done))
    return result


def with_waiting_positions(enrolments: list[Enrolment]) -> list[Enrolment]:
    """Set `waiting_position` on the waiting ones: one query, none when nobody waits."""
    waiting = [enrolment for enrolment in enrolments if enrolment.is_waiting]
    if waiting:
        positions = dict(
            Enrolment.objects.filter(pk__in=[enrolment.pk for enrolment in waiting])
            .with_waiting_position()
            .values_list("pk", "waiting_position")
        )
        for enrolment in waiting:
            enrolment.waiting_position = positions[enrolment.pk]
    return enrolments


def enrolment_for(user, module: TrainingModulePage) -> Enrolment | None:
    """`user`'s current enrolment in `module` or one of its translations; its
    `module` is the page asked about (the page's columns are not read again)."""
    if not user.is_authenticated:
        return None
    enrolment = (
        Enrolment.objects.of(user).for_module(module).current().select_related("session").first()
    )
    if enrolment is None:
        return None
    enrolment.module = module
    return with_waiting_positions([enrolment])[0]


def module_page_context(page: TrainingModulePage, request) -> dict:
    """What a module page shows; upcoming sessions and their seats are a live
    part (`training.live_parts`), outside the page cache."""
    prerequisites = page.live_prerequisites()
    lessons = lessons_by_module([page])
    context = {
        "lessons": lessons[page.pk],
        "prerequisites": prerequisites,
        "languages": list(page.languages.all()),
        "trainers": list(
            ExpertProfile.objects.public()
            .filter(user__in=page.trainers.all())
            .select_related("user", "home_city")
            .order_by("user__last_name", "user__first_name")
        ),
        "enrolment": None,
        "progress": None,
        "certificate": None,
        "missing_prerequisites": [],
    }
    user = request.user
    if not user.is_authenticated:
        return context
    completed = completed_module_keys(user)
    context["missing_prerequisites"] = [
        module for module in prerequisites if module.translation_key not in completed
    ]
    enrolment = enrolment_for(user, page)
    context["enrolment"] = enrolment
    if enrolment is not None:
        context["progress"] = module_progress(user, [enrolment], lessons)[0]
        context["certificate"] = certificates_by_module(user).get(page.translation_key)
    return context


def certificates_by_module(user) -> dict:
    """`user`'s valid certificates by module translation key, in one query."""
    return {
        certificate.module_key: certificate
        for certificate in Certificate.objects.valid()
        .of(user)
        .annotate(module_key=F("module__translation_key"))
    }


def module_lessons(module: TrainingModulePage) -> list[LessonPage]:
    """The module's live lessons, kept in the shared cache until a page changes."""
    return versioned(
        f"module-lessons:{module.pk}", (Page,), lambda: lessons_by_module([module])[module.pk]
    )


def lesson_page_context(lesson: LessonPage, module: TrainingModulePage, request) -> dict:
    lessons = module_lessons(module)
    index = next((i for i, other in enumerate(lessons) if other.pk == lesson.pk), 0)
    context = {
        "module": module,
        "lessons": lessons,
        "previous_lesson": lessons[index - 1] if index > 0 else None,
        "next_lesson": lessons[index + 1] if index + 1 < len(lessons) else None,
        "enrolment": None,
        "progress": None,
        "lesson_done": False,
    }
    enrolment = enrolment_for(request.user, module)
    if enrolment is not None:
        progress = module_progress(request.user, [enrolment], {module.pk: lessons})[0]
        context.update(
            enrolment=enrolment,
            progress=progress,
            lesson_done=progress.is_done(lesson),
        )
    return context


def dashboard(user) -> dict:
    enrolments = with_waiting_positions(
        list(
            Enrolment.objects.of(user)
            .current()
            .select_related("module__domain", "session")
            .order_by("-created_at")
        )
    )
    progress = module_progress(user, enrolments)
    certificates = certificates_by_module(user) if progress else {}
    shown = (
        {
            page.translation_key: page
            for page in TrainingModulePage.objects.live().filter(
                translation_key__in=[item.module.translation_key for item in progress],
                locale__language_code=get_language(),
                alias_of__isnull=True,
            )
        }
        if progress
        else {}
    )
    for item in progress:
        item.certificate = certificates.get(item.module.translation_key)
        item.shown_module = shown.get(item.module.translation_key, item.module)
    return {
        "in_progress": [p for p in progress if not p.enrolment.is_completed],
        "completed": [p for p in progress if p.enrolment.is_completed],
        "upcoming": sorted(
            (
                p.enrolment
                for p in progress
                if p.enrolment.session_id and p.enrolment.session.is_open
            ),
            key=lambda enrolment: enrolment.session.starts_at,
        ),
        "waiting": [p.enrolment for p in progress if p.enrolment.is_waiting],
        "sessions_run": sessions_run(user),
    }


def sessions_run(user) -> list[Session]:
    """The upcoming sessions `user` trains (coordinators find all sessions on
    their coordination page). Only experts and coordinators can be trainers,
    so nobody else is asked about."""
    if not (user.is_expert or user.is_coordinator):
        return []
    return list(
        Session.objects.filter(trainer=user)
        .upcoming()
        .with_counts()
        .select_related("module")
        .order_by("starts_at")
    )


@dataclass
class RosterRow:
    enrolment: Enrolment
    marks: list  # [(day, True / False / None)]
    lessons_done: int
    assessment_passed: bool
    certificate: Certificate | None = None  # valid, for this module (any translation)

    @property
    def days_present(self) -> int:
        return sum(1 for _day, present in self.marks if present)


def session_roster(session: Session) -> dict:
    """Everything the session's coordinator or trainer sees, in a fixed number of queries."""
    module = session.module
    days = session.days()
    booked = list(
        session.enrolments.booked()
        .select_related("user", "user__organisation", "user__city")
        .order_by("user__last_name", "user__first_name", "user__email")
    )
    waiting = list(session.enrolments.waiting().select_related("user").with_waiting_position())
    marks = {
        (enrolment_id, day): present
        for enrolment_id, day, present in Attendance.objects.filter(
            enrolment__session=session
        ).values_list("enrolment_id", "day", "present")
    }
    lesson_keys = [lesson.translation_key for lesson in lessons_by_module([module])[module.pk]]
    users = [enrolment.user_id for enrolment in booked]
    lessons_done = dict(
        LessonProgress.objects.filter(user__in=users, lesson__translation_key__in=lesson_keys)
        .values("user")
        .annotate(done=Count("pk"))
        .values_list("user", "done")
    )
    passed = set(
        AssessmentAttempt.objects.filter(user__in=users, passed=True)
        .for_module(module)
        .values_list("user", flat=True)
    )
    certificates = {
        certificate.holder_id: certificate
        for certificate in Certificate.objects.valid().filter(
            holder__in=users, module__translation_key=module.translation_key
        )
    }
    rows = [
        RosterRow(
            enrolment=enrolment,
            marks=[(day, marks.get((enrolment.pk, day))) for day in days],
            lessons_done=lessons_done.get(enrolment.user_id, 0),
            assessment_passed=enrolment.user_id in passed,
            certificate=certificates.get(enrolment.user_id),
        )
        for enrolment in booked
    ]
    return {
        "session": session,
        "module": module,
        "days": days,
        "rows": rows,
        "waiting": waiting,
        "lessons_total": len(lesson_keys),
        "seats_left": max(session.capacity - len(booked), 0),
    }
