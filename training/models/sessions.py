"""Dated sessions (cohorts) of a module, and attendance per session day."""

import datetime as dt
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from core.roles import Role


def validate_timezone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(_("Unknown time zone: %(tz)s"), params={"tz": value}) from exc


class SessionQuerySet(models.QuerySet):
    def for_module(self, module):
        """Sessions of `module` or of any of its translations."""
        return self.filter(module__translation_key=module.translation_key)

    def upcoming(self):
        return self.filter(ends_at__gte=timezone.now()).exclude(status=Session.Status.CANCELLED)

    def managed_by(self, user):
        """Coordinators manage every session, trainers their own."""
        if user.is_coordinator:
            return self
        return self.filter(trainer=user)

    def with_counts(self):
        return self.annotate(
            booked_count=Count("enrolments", filter=Q(enrolments__status="active")),
            waiting_count=Count("enrolments", filter=Q(enrolments__status="waiting")),
        )


class Session(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open for enrolment")
        CLOSED = "closed", _("Closed")
        CANCELLED = "cancelled", _("Cancelled")

    module = models.ForeignKey(
        "training.TrainingModulePage",
        verbose_name=_("module"),
        on_delete=models.CASCADE,
        related_name="sessions",
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    timezone = models.CharField(
        _("time zone"), max_length=64, default="Europe/Paris", validators=[validate_timezone]
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    capacity = models.PositiveSmallIntegerField(_("capacity"), validators=[MinValueValidator(1)])
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="trained_sessions",
        limit_choices_to=Q(groups__name=Role.EXPERT.group_name)
        | Q(groups__name=Role.COORDINATOR.group_name),
        help_text=_("An expert or a coordinator."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )

    objects = SessionQuerySet.as_manager()

    panels = [
        FieldPanel("module"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at"), FieldPanel("timezone")]),
        MultiFieldPanel([FieldPanel("place"), FieldPanel("online_url")], heading=_("Where")),
        FieldRowPanel([FieldPanel("language"), FieldPanel("capacity"), FieldPanel("status")]),
        FieldPanel("trainer"),
    ]

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=models.F("starts_at")), name="session_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        # The day it starts where it takes place, in the language's one format.
        return f"{self.module.title} · {date_format(self.local_start.date(), 'DATE_FORMAT')}"

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("A session cannot end before it starts.")})
        if not self.place and not self.online_url:
            raise ValidationError(_("Give a place or an online link."))

    @property
    def tzinfo(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def local_start(self) -> dt.datetime:
        return self.starts_at.astimezone(self.tzinfo)

    @property
    def local_end(self) -> dt.datetime:
        return self.ends_at.astimezone(self.tzinfo)

    def days(self) -> list[dt.date]:
        """The calendar days of the session, in its own time zone."""
        first, last = self.local_start.date(), self.local_end.date()
        return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]

    def has_started_on(self, day: dt.date, now: dt.datetime | None = None) -> bool:
        """Whether `day` of the session has begun: attendance can be taken
        from the session's start, for each day up to today (its time zone)."""
        now = now or timezone.now()
        return now >= self.starts_at and day <= now.astimezone(self.tzinfo).date()

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN and self.ends_at >= timezone.now()


class Attendance(models.Model):
    """Whether a booked learner was there on one day of their session."""

    enrolment = models.ForeignKey(
        "training.Enrolment",
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="attendances",
    )
    day = models.DateField(_("day"))
    present = models.BooleanField(_("present"))
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    marked_at = models.DateTimeField(_("marked at"), default=timezone.now)

    class Meta:
        ordering = ["day"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "day"], name="attendance_once_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.enrolment.user} · {self.day} · {'✓' if self.present else '✗'}"
