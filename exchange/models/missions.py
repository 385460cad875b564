"""Missions: the confirmed experts of a request, their reports, and the
two evaluations (partner rates the mission, expert rates the partnership)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.models import City
from core.storage import private_storage, unguessable_path
from exchange.models.requests import PartnerRequest
from exchange.uploads import validate_attachment

RATING_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]


class MissionQuerySet(models.QuerySet):
    def visible_to(self, user):
        if not user.is_authenticated:
            return self.none()
        if user.is_coordinator:
            return self
        condition = Q(pk__in=[])
        if user.focal_point_city_id:
            condition |= Q(request__city_id=user.focal_point_city_id)
        if user.is_expert:
            condition |= Q(experts__user=user)
        return self.filter(condition).distinct()


class Mission(models.Model):
    request = models.OneToOneField(PartnerRequest, on_delete=models.CASCADE, related_name="mission")
    experts = models.ManyToManyField(
        "experts.ExpertProfile", verbose_name=_("experts"), related_name="missions"
    )
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"))
    place = models.ForeignKey(
        City,
        verbose_name=_("place"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Empty for a remote mission."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MissionQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date"]
        verbose_name = _("mission")
        verbose_name_plural = _("missions")

    def __str__(self) -> str:
        return str(self.request)

    def get_absolute_url(self) -> str:
        return reverse("exchange:mission_detail", kwargs={"pk": self.pk})


class MissionReport(models.Model):
    mission = models.ForeignKey(Mission, on_delete=models.CASCADE, related_name="reports")
    author = models.ForeignKey(
        "experts.ExpertProfile", on_delete=models.PROTECT, related_name="reports"
    )
    text = models.TextField(_("report"))
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["submitted_at"]
        constraints = [
            models.UniqueConstraint(fields=["mission", "author"], name="one_report_per_expert")
        ]


def report_attachment_path(attachment: "ReportAttachment", filename: str) -> str:
    return unguessable_path("missions/reports", filename)


class ReportAttachment(models.Model):
    report = models.ForeignKey(MissionReport, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(
        _("file"),
        upload_to=report_attachment_path,
        storage=private_storage,
        validators=[validate_attachment],
    )

    def __str__(self) -> str:
        return self.file.name.rsplit("/", 1)[-1]


class MissionEvaluation(models.Model):
    """A structured rating. The partner city rates the mission (and so its
    experts); each expert rates the partnership."""

    class Kind(models.TextChoices):
        PARTNER = "partner", _("Partner rates the mission")
        EXPERT = "expert", _("Expert rates the partnership")

    mission = models.ForeignKey(Mission, on_delete=models.CASCADE, related_name="evaluations")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    objectives_met = models.PositiveSmallIntegerField(
        _("objectives met (1–5)"), validators=RATING_VALIDATORS
    )
    knowledge_transferred = models.PositiveSmallIntegerField(
        _("knowledge transferred (1–5)"), validators=RATING_VALIDATORS
    )
    would_work_together_again = models.BooleanField(_("would work together again"))
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["mission", "kind", "author"], name="one_evaluation_per_author"
            ),
            models.CheckConstraint(
                condition=Q(objectives_met__gte=1, objectives_met__lte=5)
                & Q(knowledge_transferred__gte=1, knowledge_transferred__lte=5),
                name="evaluation_ratings_1_to_5",
            ),
        ]

    @property
    def rating(self) -> float:
        """One figure on the 1–5 scale, what matching learns from."""
        bonus = 0.5 if self.would_work_together_again else -0.5
        return max(1.0, min(5.0, (self.objectives_met + self.knowledge_transferred) / 2 + bonus))
