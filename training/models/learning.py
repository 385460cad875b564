"""Who follows which module, and how far they got."""

from django.conf import settings
from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EnrolmentQuerySet(models.QuerySet):
    def of(self, user):
        return self.filter(user=user)

    def current(self):
        return self.exclude(status=Enrolment.Status.WITHDRAWN)

    def for_module(self, module):
        """Enrolments in `module` or in any of its translations."""
        return self.filter(module__translation_key=module.translation_key)

    def booked(self):
        return self.filter(status=Enrolment.Status.ACTIVE)

    def waiting(self):
        return self.filter(status=Enrolment.Status.WAITING).order_by("status_changed_at", "pk")

    def completed(self):
        return self.filter(completed_at__isnull=False)

    def with_waiting_position(self):
        """Annotate `waiting_position`: 1 for the first in line (meaningful when waiting)."""
        ahead = (
            Enrolment.objects.filter(session=OuterRef("session"), status=Enrolment.Status.WAITING)
            .filter(
                Q(status_changed_at__lt=OuterRef("status_changed_at"))
                | Q(status_changed_at=OuterRef("status_changed_at"), pk__lt=OuterRef("pk"))
            )
            .order_by()
            .values("session")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return self.annotate(
            waiting_position=Coalesce(Subquery(ahead, output_field=IntegerField()), Value(0)) + 1
        )


class Enrolment(models.Model):
    """A learner in a module, self-paced (no session) or in a dated session.

    In a full session the learner waits (status WAITING); the waiting list
    is ordered by when they joined it (`status_changed_at`).
    """

    class Status(models.TextChoices):
        ACTIVE = "active", _("Enrolled")
        WAITING = "waiting", _("On the waiting list")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    module = models.ForeignKey(
        "training.TrainingModulePage",
        verbose_name=_("module"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    session = models.ForeignKey(
        "training.Session",
        verbose_name=_("session"),
        # A session with learners is cancelled, not deleted; deleting the whole
        # module page still takes its sessions and enrolments with it.
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="enrolments",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    status_changed_at = models.DateTimeField(_("status changed at"), default=timezone.now)
    created_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "module"], name="enrolment_once_per_module"),
            models.CheckConstraint(
                condition=~Q(status="waiting") | Q(session__isnull=False),
                name="enrolment_waiting_needs_session",
            ),
        ]
        indexes = [models.Index(fields=["session", "status", "status_changed_at"])]

    def __str__(self) -> str:
        return f"{self.user} → {self.module}"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    @property
    def is_waiting(self) -> bool:
        return self.status == self.Status.WAITING

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


class LessonProgress(models.Model):
    """A lesson the learner marked as done."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="lesson_progress",
    )
    lesson = models.ForeignKey(
        "training.LessonPage",
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="progress",
    )
    completed_at = models.DateTimeField(_("done at"), default=timezone.now)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="lesson_progress_once")
        ]

    def __str__(self) -> str:
        return f"{self.user} ✓ {self.lesson}"
