"""Partner requests: what a city asks for, its workflow log and the
experts proposed for it."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.models import City, Domain, FundingPartner, Partnership
from exchange.workflow import EDITABLE, OPEN_FOR_MATCHING, RequestStatus


class PartnerRequestQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Coordinators see every request; a focal point the requests of the city
        a coordinator granted them (never their profile's own city);
        an expert the open ones and those they are proposed for."""
        if not user.is_authenticated:
            return self.none()
        if user.is_coordinator:
            return self
        condition = Q(pk__in=[])
        if user.focal_point_city_id:
            condition |= Q(city_id=user.focal_point_city_id)
        if user.is_expert:
            condition |= Q(status__in=OPEN_FOR_MATCHING) | Q(proposals__expert__user=user)
        return self.filter(condition).distinct()

    def open_for_matching(self):
        return self.filter(status__in=OPEN_FOR_MATCHING)

    def for_matching(self):
        return self.select_related("domain").prefetch_related("skills__skill")


class PartnerRequest(models.Model):
    Status = RequestStatus

    title = models.CharField(_("title"), max_length=200)
    city = models.ForeignKey(
        City,
        verbose_name=_("requesting city"),
        on_delete=models.PROTECT,
        related_name="partner_requests",
    )
    partnership = models.ForeignKey(
        Partnership,
        verbose_name=_("partnership"),
        on_delete=models.PROTECT,
        related_name="partner_requests",
    )
    domain = models.ForeignKey(
        Domain, verbose_name=_("domain"), on_delete=models.PROTECT, related_name="+"
    )
    needs = models.TextField(_("needs"), help_text=_("What the city needs, and why."))
    working_languages = models.JSONField(_("working languages"), default=list)
    interpretation_available = models.BooleanField(_("interpretation available"), default=False)
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"))
    on_site = models.BooleanField(_("on site"), default=True)
    location = models.ForeignKey(
        City,
        verbose_name=_("mission city"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Where the mission takes place, if on site."),
    )
    experts_needed = models.PositiveSmallIntegerField(
        _("experts needed"), default=1, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    min_availability_share = models.PositiveSmallIntegerField(
        _("minimum availability (remote), %"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_(
            "For remote work: the share of the period an expert must be free, in percent. "
            "On site, experts must be free for the whole period."
        ),
    )
    expected_trainees = models.PositiveSmallIntegerField(_("expected trainees"), default=0)
    funding_partners = models.ManyToManyField(
        FundingPartner, verbose_name=_("funding partners"), blank=True, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=RequestStatus.choices, default=RequestStatus.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("filed by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = PartnerRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("partner request")
        verbose_name_plural = _("partner requests")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=models.F("start_date")),
                name="request_ends_after_it_starts",
            ),
            models.CheckConstraint(
                condition=Q(experts_needed__gte=1), name="request_needs_experts"
            ),
            models.CheckConstraint(
                condition=Q(min_availability_share__lte=100),
                name="request_availability_share_is_a_percentage",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("exchange:request_detail", kwargs={"pk": self.pk})

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE

    @property
    def working_language_names(self) -> list[str]:
        from experts.models import LANGUAGES

        names = dict(LANGUAGES)
        return [str(names.get(code, code)) for code in self.working_languages]

    @property
    def period_days(self) -> int:
        return (self.end_date - self.start_date).days + 1

    @property
    def required_availability_share(self) -> int:
        """Percent of the period an expert must be free: all of it on site."""
        return 100 if self.on_site else self.min_availability_share


class RequestSkill(models.Model):
    request = models.ForeignKey(PartnerRequest, on_delete=models.CASCADE, related_name="skills")
    skill = models.ForeignKey(
        "experts.Skill", verbose_name=_("skill"), on_delete=models.PROTECT, related_name="+"
    )
    required = models.BooleanField(_("required"), default=True)
    min_level = models.PositiveSmallIntegerField(
        _("minimum level"), default=2, validators=[MinValueValidator(1), MaxValueValidator(4)]
    )

    class Meta:
        ordering = ["-required", "skill__name"]
        constraints = [
            models.UniqueConstraint(fields=["request", "skill"], name="request_skill_once")
        ]


class RequestTransition(models.Model):
    """One step of a request's workflow: who moved it, when, from where to where."""

    request = models.ForeignKey(
        PartnerRequest, on_delete=models.CASCADE, related_name="transitions"
    )
    from_status = models.CharField(max_length=20, choices=RequestStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=RequestStatus.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["at", "pk"]


class ExpertProposalQuerySet(models.QuerySet):
    def for_expert(self, user):
        return self.filter(expert__user=user)


class ExpertProposal(models.Model):
    """An expert put forward for a request, by a coordinator or by themselves."""

    class Status(models.TextChoices):
        VOLUNTEERED = "volunteered", _("Volunteered")
        PROPOSED = "proposed", _("Proposed")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    request = models.ForeignKey(PartnerRequest, on_delete=models.CASCADE, related_name="proposals")
    expert = models.ForeignKey(
        "experts.ExpertProfile", on_delete=models.CASCADE, related_name="proposals"
    )
    status = models.CharField(max_length=12, choices=Status.choices)
    score = models.PositiveIntegerField(default=0)
    reasons = models.JSONField(default=list, blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    objects = ExpertProposalQuerySet.as_manager()

    class Meta:
        ordering = ["-score", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["request", "expert"], name="proposal_once_per_expert")
        ]

    def __str__(self) -> str:
        return f"{self.expert} → {self.request}"
