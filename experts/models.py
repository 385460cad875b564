"""Expert profiles, the skills taxonomy and availability."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel

from core.models import City, Domain, Organisation, TranslatedNameMixin
from experts.uploads import validate_photo

SKILL_LEVEL_VALIDATORS = [MinValueValidator(1), MaxValueValidator(4)]


class SkillLevel(models.IntegerChoices):
    BASIC = 1, _("1 — basic")
    WORKING = 2, _("2 — working")
    ADVANCED = 3, _("3 — advanced")
    EXPERT = 4, _("4 — expert, can teach it")


class CEFR(models.IntegerChoices):
    """Common European Framework of Reference levels, ordered."""

    A1 = 1, "A1"
    A2 = 2, "A2"
    B1 = 3, "B1"
    B2 = 4, "B2"
    C1 = 5, "C1"
    C2 = 6, "C2"


LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("pt", _("Portuguese")),
    ("km", _("Khmer")),
    ("es", _("Spanish")),
    ("vi", _("Vietnamese")),
    ("zh", _("Chinese")),
    ("ar", _("Arabic")),
]


class Skill(TranslatedNameMixin):
    """One skill of the managed taxonomy, under a domain."""

    domain = models.ForeignKey(
        Domain, verbose_name=_("domain"), on_delete=models.PROTECT, related_name="skills"
    )
    slug = models.SlugField(unique=True)

    panels = [
        FieldPanel("domain"),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("name_fr"), FieldPanel("name_pt"), FieldPanel("name_km")]),
        FieldPanel("slug"),
    ]

    class Meta:
        ordering = ["domain__name", "name"]
        verbose_name = _("skill")
        verbose_name_plural = _("skills")


class ExpertProfileQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def visible_to(self, user):
        """The directory: public profiles, plus one's own; coordinators see all."""
        if not user.is_authenticated:
            return self.none()
        if user.is_coordinator:
            return self
        return self.filter(Q(is_public=True) | Q(user=user))

    def for_matching(self):
        return self.select_related("user").prefetch_related(
            "skills", "languages", "availabilities", "domains"
        )


class ExpertProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="expert_profile",
    )
    home_city = models.ForeignKey(
        City, verbose_name=_("home city"), on_delete=models.PROTECT, related_name="experts"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="experts",
    )
    department = models.CharField(_("department"), max_length=200, blank=True)
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ImageField(
        _("photo"), upload_to="experts/photos/", blank=True, validators=[validate_photo]
    )
    years_of_experience = models.PositiveSmallIntegerField(
        _("years of experience"), default=0, validators=[MaxValueValidator(60)]
    )
    domains = models.ManyToManyField(
        Domain, verbose_name=_("domains"), blank=True, related_name="experts"
    )
    max_concurrent_missions = models.PositiveSmallIntegerField(
        _("missions at once"), default=1, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    mission_days_per_year = models.PositiveSmallIntegerField(
        _("mission days per year"), default=20, validators=[MaxValueValidator(365)]
    )
    is_public = models.BooleanField(_("show my profile in the expert directory"), default=True)

    objects = ExpertProfileQuerySet.as_manager()

    class Meta:
        ordering = ["user__last_name", "user__first_name"]
        verbose_name = _("expert profile")
        verbose_name_plural = _("expert profiles")

    def __str__(self) -> str:
        return str(self.user)

    def get_absolute_url(self) -> str:
        return reverse("experts:detail", kwargs={"pk": self.pk})


class ExpertSkill(models.Model):
    profile = models.ForeignKey(ExpertProfile, on_delete=models.CASCADE, related_name="skills")
    skill = models.ForeignKey(
        Skill, verbose_name=_("skill"), on_delete=models.PROTECT, related_name="+"
    )
    level = models.PositiveSmallIntegerField(
        _("level"), choices=SkillLevel.choices, validators=SKILL_LEVEL_VALIDATORS
    )

    class Meta:
        ordering = ["-level", "skill__name"]
        constraints = [
            models.UniqueConstraint(fields=["profile", "skill"], name="expert_skill_once"),
            models.CheckConstraint(
                condition=Q(level__gte=1, level__lte=4), name="expert_skill_level_1_to_4"
            ),
        ]


class ExpertLanguage(models.Model):
    profile = models.ForeignKey(ExpertProfile, on_delete=models.CASCADE, related_name="languages")
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGES)
    level = models.PositiveSmallIntegerField(_("level (CEFR)"), choices=CEFR.choices)

    class Meta:
        ordering = ["-level", "language"]
        constraints = [
            models.UniqueConstraint(fields=["profile", "language"], name="expert_language_once")
        ]


class Availability(models.Model):
    profile = models.ForeignKey(
        ExpertProfile, on_delete=models.CASCADE, related_name="availabilities"
    )
    start = models.DateField(_("from"))
    end = models.DateField(_("until"))

    class Meta:
        ordering = ["start"]
        verbose_name = _("availability window")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gte=models.F("start")), name="availability_ends_after_start"
            )
        ]

    def clean(self):
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The window cannot end before it starts.")})
