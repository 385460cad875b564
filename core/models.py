"""Cities, organisations, partnerships and the projects they run together.

Also home to the user model: everybody on Passerelle works for an
organisation in a city, so the profile lives next to them.
"""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager, Group, Permission
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Min, Q
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.url_routing import RouteResult

from core.cache_versions import versioned
from core.content_language import ContentLanguageMixin
from core.languages import StaysInReadersLanguageMixin, reader_language
from core.pagecache import AnonymousCachedPageMixin
from core.roles import Role

YEAR_VALIDATORS = [MinValueValidator(1950), MaxValueValidator(2100)]


class TranslatedNameMixin(models.Model):
    """A short name kept in each interface language, English as fallback."""

    name = models.CharField(_("name (English)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    name_pt = models.CharField(_("name (Portuguese)"), max_length=120, blank=True)
    name_km = models.CharField(_("name (Khmer)"), max_length=120, blank=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        language = (get_language() or "en").split("-")[0]
        return getattr(self, f"name_{language}", "") or self.name


class Domain(TranslatedNameMixin):
    """A field of expertise: traffic and mobility, water and sanitation, ..."""

    slug = models.SlugField(unique=True)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("name_fr"), FieldPanel("name_pt"), FieldPanel("name_km")]),
        FieldPanel("slug"),
        FieldPanel("description"),
    ]

    #: Domains drawn in static/img/covers/<slug>.svg; others take default.svg.
    COVERS = frozenset(
        {
            "local-public-services",
            "public-spaces",
            "traffic-mobility",
            "urban-development",
            "water-sanitation",
        }
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("domain")
        verbose_name_plural = _("domains")

    @property
    def cover(self) -> str:
        """Static path of the domain's illustration: a module without a photo
        still has a picture, in under 1.5 KB of SVG for slow links."""
        name = self.slug if self.slug in self.COVERS else "default"
        return f"img/covers/{name}.svg"


class City(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(unique=True)
    country = models.CharField(_("country"), max_length=120)
    timezone = models.CharField(_("time zone"), max_length=64, default="UTC")
    description = models.TextField(_("description"), blank=True)

    search_fields = [index.SearchField("name"), index.SearchField("country")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("city")
        verbose_name_plural = _("cities")

    def __str__(self) -> str:
        return self.name


class Organisation(models.Model):
    class Kind(models.TextChoices):
        CITY_HALL = "city_hall", _("City hall")
        DEPARTMENT = "department", _("Municipal department")
        UTILITY = "utility", _("Public utility")
        MINISTRY = "ministry", _("Ministry or State agency")
        BANK = "bank", _("Bank or funder")
        UNIVERSITY = "university", _("University or school")
        NGO = "ngo", _("Association or NGO")
        COMPANY = "company", _("Company")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200)
    city = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="organisations"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["city__name", "name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(fields=["city", "name"], name="organisation_unique_per_city")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.city})"


class PartnershipQuerySet(models.QuerySet):
    def public(self):
        return self.exclude(status=Partnership.Status.DRAFT)

    def involving(self, city: "City | int | None"):
        return self.filter(Q(city_a=city) | Q(city_b=city))

    def for_listing(self):
        return (
            self.select_related("city_a", "city_b")
            .prefetch_related("projects__domain")
            .with_texts()
        )

    def with_texts(self):
        """Fetch each partnership's texts in the reader's language and in the
        default one (one query for the lot): `Partnership.text` picks."""
        languages = {reader_language(), settings.LANGUAGE_CODE}
        texts = PartnershipText.objects.filter(locale__language_code__in=languages)
        return self.prefetch_related(
            models.Prefetch("texts", queryset=texts.select_related("locale"), to_attr="texts_read")
        )

    def figures(self) -> dict[str, int | None]:
        """The programme's key figures, as the home page shows them: how many
        partnerships, cities, projects and funding partners, and since when."""
        figures = self.aggregate(
            partnership_count=Count("pk", distinct=True),
            project_count=Count("projects", distinct=True),
            funder_count=Count("projects__fundings__funder", distinct=True),
            since=Min("since"),
        )
        figures["city_count"] = City.objects.filter(
            Q(pk__in=self.values("city_a")) | Q(pk__in=self.values("city_b"))
        ).count()
        return figures


class Partnership(models.Model):
    """A decentralised-cooperation agreement between two cities."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft (not public)")
        ACTIVE = "active", _("Active")
        DORMANT = "dormant", _("Dormant")
        ENDED = "ended", _("Ended")

    city_a = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="+"
    )
    city_b = models.ForeignKey(
        City, verbose_name=_("partner city"), on_delete=models.PROTECT, related_name="+"
    )
    slug = models.SlugField(unique=True)
    since = models.PositiveSmallIntegerField(_("since (year)"), validators=YEAR_VALIDATORS)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )

    objects = PartnershipQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("city_a"), FieldPanel("city_b")]),
        FieldRowPanel([FieldPanel("since"), FieldPanel("status")]),
        FieldPanel("slug"),
        HelpPanel(
            content=_(
                "The summary and description are written, and translated, under "
                "Cooperation → Partnership texts."
            )
        ),
    ]

    class Meta:
        ordering = ["since"]
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        constraints = [
            models.CheckConstraint(
                condition=~Q(city_a=models.F("city_b")), name="partnership_two_different_cities"
            ),
            models.UniqueConstraint(fields=["city_a", "city_b"], name="partnership_unique_pair"),
        ]

    def __str__(self) -> str:
        return f"{self.city_a} – {self.city_b}"

    def get_absolute_url(self) -> str:
        return reverse("core:partnership_detail", kwargs={"slug": self.slug})

    def clean(self):
        if self.city_a_id and self.city_a_id == self.city_b_id:
            raise ValidationError({"city_b": _("A partnership joins two different cities.")})

    @property
    def cities(self) -> tuple[City, City]:
        return (self.city_a, self.city_b)

    @cached_property
    def text(self) -> "PartnershipText | None":
        """Its summary and description in the reader's language when they are
        translated, else in the default language (else any there is)."""
        texts = getattr(self, "texts_read", None)
        if texts is None:
            texts = list(self.texts.select_related("locale"))
        by_language = {text.language: text for text in texts}
        return (
            by_language.get(reader_language())
            or by_language.get(settings.LANGUAGE_CODE)
            or next(iter(by_language.values()), None)
        )


class PartnershipText(TranslatableMixin, models.Model):
    """A partnership's summary and description in one language.

    The partnership itself (its cities, slug, and every row pointing to it)
    exists once; its texts are a snippet that coordinators translate with
    wagtail-localize like a page (docs/translation.md). The partnership is a
    synchronised field: every translation points to the same one."""

    partnership = models.ForeignKey(
        Partnership, verbose_name=_("partnership"), on_delete=models.CASCADE, related_name="texts"
    )
    summary = models.TextField(_("summary"))
    description = RichTextField(_("description"), blank=True)

    panels = [FieldPanel("partnership"), FieldPanel("summary"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["partnership__since", "partnership__slug"]
        verbose_name = _("partnership text")
        verbose_name_plural = _("partnership texts")
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "locale"], name="partnership_text_one_per_language"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.partnership} ({self.locale.language_code})"

    @property
    def language(self) -> str:
        return self.locale.language_code


class FundingPartner(models.Model):
    """Who pays: the State, local authorities, the EU, national banks."""

    class Kind(models.TextChoices):
        STATE = "state", _("State or ministry")
        LOCAL_AUTHORITY = "local_authority", _("Local authority")
        EUROPEAN_UNION = "eu", _("European Union")
        BANK = "bank", _("Bank")
        INTERNATIONAL = "international", _("International organisation")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    country = models.CharField(_("country"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("funding partner")
        verbose_name_plural = _("funding partners")

    def __str__(self) -> str:
        return self.name


class CooperationProject(ClusterableModel):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        RUNNING = "running", _("Running")
        COMPLETED = "completed", _("Completed")

    partnership = models.ForeignKey(
        Partnership,
        verbose_name=_("partnership"),
        on_delete=models.CASCADE,
        related_name="projects",
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(unique=True)
    domain = models.ForeignKey(
        Domain, verbose_name=_("domain"), on_delete=models.PROTECT, related_name="projects"
    )
    start_year = models.PositiveSmallIntegerField(_("start year"), validators=YEAR_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(
        _("end year"), validators=YEAR_VALIDATORS, null=True, blank=True
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RUNNING
    )
    summary = models.TextField(_("summary"))
    description = RichTextField(_("description"), blank=True)

    panels = [
        FieldPanel("partnership"),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("domain"),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year"), FieldPanel("status")]),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel([InlinePanel("fundings", label=_("Funding"))], heading=_("Funding")),
    ]

    class Meta:
        ordering = ["start_year", "title"]
        verbose_name = _("cooperation project")
        verbose_name_plural = _("cooperation projects")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__isnull=True) | Q(end_year__gte=models.F("start_year")),
                name="project_ends_after_it_starts",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        if self.end_year and self.start_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The project cannot end before it starts.")})

    @property
    def years(self) -> str:
        if self.end_year and self.end_year != self.start_year:
            return f"{self.start_year}–{self.end_year}"
        if self.end_year:
            return str(self.start_year)
        return gettext("since %(year)s") % {"year": self.start_year}


class ProjectFunding(Orderable):
    project = ParentalKey(CooperationProject, on_delete=models.CASCADE, related_name="fundings")
    funder = models.ForeignKey(
        FundingPartner,
        verbose_name=_("funding partner"),
        on_delete=models.PROTECT,
        related_name="fundings",
    )
    amount = models.DecimalField(
        _("amount"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, default="EUR")

    panels = [FieldPanel("funder"), FieldRowPanel([FieldPanel("amount"), FieldPanel("currency")])]

    class Meta(Orderable.Meta):
        verbose_name = _("funding")
        constraints = [
            models.UniqueConstraint(fields=["project", "funder"], name="funding_once_per_funder")
        ]

    def __str__(self) -> str:
        return f"{self.funder} → {self.project}"


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("Users need an e-mail address.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person on Passerelle; logs in with their e-mail address."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    city = models.ForeignKey(
        City,
        verbose_name=_("city"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="people",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="people",
    )
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        ordering = ["last_name", "first_name", "email"]
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=Q(organisation__isnull=True) | Q(city__isnull=False),
                name="user_organisation_needs_city",
            )
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    @property
    def initials(self) -> str:
        """Up to two letters standing in for the photo someone has not given."""
        letters = "".join(name[:1] for name in (self.first_name, self.last_name) if name)
        return (letters or self.email[:1]).upper()

    @property
    def avatar_tone(self) -> int:
        """One of five avatar colours (CSS .avatar--1 to --5), steady for a person."""
        return (self.pk or 0) % 5 + 1

    @property
    def profile_complete(self) -> bool:
        return bool(self.first_name and self.last_name and self.city_id and self.organisation_id)

    @cached_property
    def _roles(self) -> tuple[frozenset[str], int | None, bool]:
        """The names of this person's groups, the city a coordinator made
        them focal point for, and whether they may open the Wagtail admin,
        kept in the shared cache until a membership, a group, a grant or a
        permission changes (`roles_changed_by`)."""
        if self.pk is None:
            return frozenset(), None, False

        def find():
            names = frozenset(self.groups.values_list("name", flat=True))
            grant = FocalPointGrant.objects.filter(user=self).values_list("city_id", flat=True)
            admin = Permission.objects.filter(
                Q(group__user=self) | Q(user=self),
                content_type__app_label="wagtailadmin",
                codename="access_admin",
            )
            return names, grant.first(), admin.exists()

        return versioned(f"roles:{self.pk}", roles_changed_by(), find)

    @property
    def may_open_admin(self) -> bool:
        return self.is_active and (self.is_superuser or self._roles[2])

    def forget_roles(self) -> None:
        """Look the roles up again on next use, after changing them."""
        self.__dict__.pop("_roles", None)

    @property
    def role_names(self) -> frozenset[str]:
        return self._roles[0]

    def has_role(self, role: Role) -> bool:
        if role is Role.FOCAL_POINT:
            return self.is_focal_point
        return role.group_name in self.role_names

    @property
    def is_coordinator(self) -> bool:
        return self.is_superuser or self.has_role(Role.COORDINATOR)

    @property
    def focal_point_city_id(self) -> int | None:
        """The city a coordinator made this person focal point for, if any.

        Never the profile's own `city`: that one the person types themself."""
        return self._roles[1]

    @property
    def is_focal_point(self) -> bool:
        return self.focal_point_city_id is not None

    @property
    def is_expert(self) -> bool:
        return self.has_role(Role.EXPERT)


class HomePage(ContentLanguageMixin, StaysInReadersLanguageMixin, AnonymousCachedPageMixin, Page):
    """The site's front page: what the cooperation programme is about."""

    intro = models.TextField(_("introduction"))
    body = RichTextField(_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["core.StandardPage", "training.CatalogueIndexPage"]
    max_count_per_parent = 1
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """As Wagtail routes, but the child is read in one query: the fields of
        its own type are read when it is served (pages below it, such as the
        catalogue's modules and lessons, route from its path alone).

        A path this language's tree lacks is routed in the default language's
        tree: every page exists in every language, in the source language's
        words where nobody translated it yet, under the visitor's interface."""
        try:
            return self._route_in_own_tree(request, path_components)
        except Http404:
            source = self._default_language_home()
            if source is None:
                raise
            found = source._route_in_own_tree(request, path_components)
            return self._translation_instead(found)

    def _translation_instead(self, found):
        """A default-language page reached under this language's prefix (a
        link made while reading this language: `StaysInReadersLanguageMixin`)
        that has a live translation in this language under another slug:
        that translation, so the reader gets their language."""
        page = found[0]
        translation = (
            page.get_translations()
            .live()
            .filter(locale_id=self.locale_id, alias_of__isnull=True)
            .specific(defer=True)
            .first()
        )
        return found if translation is None else RouteResult(translation)

    def _route_in_own_tree(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        child = self.get_children().filter(slug=path_components[0]).specific(defer=True).first()
        if child is None:
            raise Http404
        return child.route(request, path_components[1:])

    def _default_language_home(self) -> "HomePage | None":
        """This home page's live translation in the default language, when it
        is another page (asked only for a path this tree lacks; the route
        found is remembered with the others, `core.routing`)."""
        return (
            self.get_translations()
            .live()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .specific(defer=True)
            .first()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partnerships"] = Partnership.objects.public().for_listing()
        context["figures"] = Partnership.objects.public().figures()
        return context


class StandardPage(
    ContentLanguageMixin, StaysInReadersLanguageMixin, AnonymousCachedPageMixin, Page
):
    """A plain content page: about the programme, legal notice, ..."""

    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("standard page")


class FocalPointGrant(models.Model):
    """The city a focal point acts for, as a coordinator granted it.

    What a person typed into their own profile opens nothing: requests,
    missions and evaluations are shown to a focal point for this city, and
    only a coordinator writes it (`core.services.focal_point_grant`).
    """

    user = models.OneToOneField(
        User,
        verbose_name=_("focal point"),
        on_delete=models.CASCADE,
        related_name="focal_point_grant",
    )
    city = models.ForeignKey(
        City,
        verbose_name=_("city"),
        on_delete=models.PROTECT,
        related_name="focal_point_grants",
    )
    granted_by = models.ForeignKey(
        User,
        verbose_name=_("granted by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)

    class Meta:
        ordering = ["city__name", "user__last_name"]
        verbose_name = _("focal-point grant")
        verbose_name_plural = _("focal-point grants")

    def __str__(self) -> str:
        return f"{self.user} → {self.city}"


def roles_changed_by() -> tuple[type, ...]:
    """The models whose rows make up someone's roles: a change to any of them
    bumps its version (tracked in `CoreConfig.ready`), and `User._roles`
    looks again."""
    return (
        Group,
        User.groups.through,
        Group.permissions.through,
        User.user_permissions.through,
        FocalPointGrant,
    )


class ProfileProposalQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=ProfileProposal.Status.PENDING)


class ProfileProposal(models.Model):
    """A change a person asked for on their own profile — another city or
    organisation, or the expert role — waiting for a coordinator.

    Nothing in it takes effect until a coordinator approves it
    (`core.services.proposal_approve`); a person has at most one pending.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a coordinator")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    user = models.ForeignKey(
        User, verbose_name=_("person"), on_delete=models.CASCADE, related_name="profile_proposals"
    )
    city = models.ForeignKey(
        City,
        verbose_name=_("city"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    new_organisation_name = models.CharField(
        _("organisation not listed"), max_length=200, blank=True
    )
    expert_role = models.BooleanField(_("asks for the expert role"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("asked at"), default=timezone.now)
    decided_by = models.ForeignKey(
        User,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    objects = ProfileProposalQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("profile change proposal")
        verbose_name_plural = _("profile change proposals")
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(status="pending"),
                name="profile_proposal_one_pending_per_user",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_status_display()})"


class OutgoingMail(models.Model):
    """An e-mail waiting to leave, written in the same transaction as the
    change it tells about (see `core.mail`): rolled back with it, kept when
    the mail server is down, and sent by a background task that retries."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    subject = models.CharField(max_length=998)
    body = models.TextField()
    # The same message as HTML (sent as an alternative part); empty: text only.
    html = models.TextField(blank=True)
    from_email = models.CharField(max_length=254, blank=True)
    to = models.JSONField(default=list)
    status = models.CharField(max_length=8, choices=Status, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.subject} → {', '.join(self.to)} ({self.status})"


from core.privacy_models import AuditEvent, DataExport  # noqa: E402, F401  (models of core)
