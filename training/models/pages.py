"""The catalogue and its content: catalogue index, module and lesson pages."""

from bs4 import BeautifulSoup

from django.conf import settings
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.url_routing import RouteResult

from core.content_language import ContentLanguageMixin
from core.languages import StaysInReadersLanguageMixin
from core.pagecache import AnonymousCachedPageMixin
from core.roles import Role
from training.blocks import LessonStreamBlock
from training.completion import CompletionRule
from training.questions import QuestionStreamBlock, questions_from_stream

CATALOGUE_PAGE_SIZE = 12
CARD_IMAGE_SPEC = "fill-480x270"


class RecordedPageMixin:
    """For modules and lessons: the one page learning records point to."""

    def recorded_page(self):
        """This page in the default language (its source), never an alias or a
        translation: enrolments, lessons done, attempts and certificates
        belong to the module, and a translation may be deleted or re-made
        while they stay. Else the page it aliases, else itself."""
        if self.alias_of_id is None and self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        source = (
            type(self)
            .objects.filter(
                translation_key=self.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
                alias_of__isnull=True,
            )
            .first()
        )
        if source is None and self.alias_of_id is not None:
            source = type(self).objects.filter(pk=self.alias_of_id).first()
        return source or self


class CatalogueIndexPage(
    ContentLanguageMixin, StaysInReadersLanguageMixin, AnonymousCachedPageMixin, Page
):
    """The training catalogue: every module, filterable and searchable."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["training.TrainingModulePage"]
    max_count_per_parent = 1
    template = "training/catalogue_index_page.html"

    class Meta:
        verbose_name = _("training catalogue")

    def route(self, request, path_components):
        """Find a module (one query) or a lesson (two) by URL path (the whole
        route is then remembered in the shared cache: `core.routing`).

        Wagtail's default routing costs two queries per level (the child, then
        its specific object). Modules and lessons always sit one and two levels
        below the catalogue, so their URL paths and types are known; the pages
        above them are handed to their `serve` (breadcrumbs, the lesson's module).
        """
        if not 1 <= len(path_components) <= 2:
            return super().route(request, path_components)
        found = self._find(path_components)
        if found is None:
            return super().route(request, path_components)
        page, above = found
        if not page.live:
            raise Http404
        return RouteResult(page, kwargs={"catalogue": self, **above})

    def _find(self, path_components) -> tuple[Page, dict] | None:
        module = (
            TrainingModulePage.objects.filter(
                url_path=f"{self.url_path}{path_components[0]}/", path__startswith=self.path
            )
            .select_related("domain", "locale", "alias_of__locale")
            .first()
        )
        if module is None:
            return None
        if len(path_components) == 1:
            return module, {}
        lesson = (
            LessonPage.objects.filter(
                url_path=f"{module.url_path}{path_components[1]}/", path__startswith=module.path
            )
            .select_related("locale", "alias_of__locale")
            .first()
        )
        return (lesson, {"module": module}) if lesson is not None else None

    def pages_showing_this(self) -> list[Page]:
        """Every page: the site's header links to the catalogue."""
        return list(Page.objects.live())

    def get_context(self, request, *args, **kwargs):
        from training.forms import CatalogueFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = CatalogueFilterForm(request.GET)
        filters = form.cleaned_data if form.is_valid() else {}
        modules = TrainingModulePage.objects.in_catalogue(self).filtered(**filters)
        # The database counts and slices: a page of cards costs the same few
        # queries however many modules there are.
        paginator = Paginator(modules.for_listing(), CATALOGUE_PAGE_SIZE)
        page_obj = paginator.get_page(request.GET.get("page"))
        with_available_languages(page_obj.object_list)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            {
                "form": form,
                "modules": page_obj,
                "page_obj": page_obj,
                "filter_query": query.urlencode(),
            }
        )
        return context


def with_available_languages(modules: list["TrainingModulePage"]) -> list["TrainingModulePage"]:
    """Set `available_in` on each module: the codes of the languages it can be
    followed in (its text is live in them, or it is taught in them), in the
    order of settings.LANGUAGES; one query for the whole list (languages
    taught are prefetched)."""
    written: dict = {}
    for key, code in (
        Page.objects.live()
        .filter(translation_key__in=[module.translation_key for module in modules])
        .filter(alias_of__isnull=True)
        .values_list("translation_key", "locale__language_code")
    ):
        written.setdefault(key, set()).add(code)
    for module in modules:
        codes = written.get(module.translation_key, set())
        codes |= {language.language for language in module.languages.all()}
        module.available_in = [(code, name) for code, name in settings.LANGUAGES if code in codes]
        module.available_codes = ",".join(code for code, _name in module.available_in)
    return modules


class TrainingModuleQuerySet(PageQuerySet):
    def in_catalogue(self, catalogue: CatalogueIndexPage):
        return self.live().public().child_of(catalogue)

    def filtered(self, *, domain=None, level="", language="", q=""):
        modules = self
        if domain:
            modules = modules.filter(domain=domain)
        if level:
            modules = modules.filter(level=level)
        if language:
            modules = modules.available_in(language)
        if q:
            matching = [page.pk for page in self.search(q, operator="and")]
            modules = modules.filter(pk__in=matching)
        return modules

    def available_in(self, language: str):
        """Modules whose text is live in `language` (not an alias of another
        language's page) or which are taught in it."""
        written = Page.objects.live().filter(
            translation_key=OuterRef("translation_key"),
            locale__language_code=language,
            alias_of__isnull=True,
        )
        taught = ModuleLanguage.objects.filter(page=OuterRef("pk"), language=language)
        return self.filter(Exists(written) | Exists(taught))

    def for_listing(self):
        images = get_image_model().objects.prefetch_renditions(CARD_IMAGE_SPEC)
        return (
            self.select_related("domain")
            .annotate(
                content_language=Coalesce(
                    "alias_of__locale__language_code", "locale__language_code"
                )
            )
            .prefetch_related("languages", Prefetch("image", queryset=images))
            .order_by("title")
        )


TrainingModuleManager = PageManager.from_queryset(TrainingModuleQuerySet)


class TrainingModulePage(
    RecordedPageMixin,
    ContentLanguageMixin,
    StaysInReadersLanguageMixin,
    AnonymousCachedPageMixin,
    Page,
):
    """A course on one topic: objectives, lessons, sessions and an assessment."""

    class Level(models.TextChoices):
        INTRODUCTORY = "introductory", _("Introductory")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    domain = models.ForeignKey(
        "core.Domain",
        verbose_name=_("domain"),
        on_delete=models.PROTECT,
        related_name="training_modules",
    )
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.INTRODUCTORY
    )
    duration_hours = models.PositiveSmallIntegerField(
        _("duration (hours)"), validators=[MinValueValidator(1)]
    )
    summary = models.TextField(_("summary"))
    objectives = RichTextField(
        _("learning objectives"), features=["ul", "ol", "bold", "italic", "link"]
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prerequisites"),
        symmetrical=False,
        blank=True,
        related_name="required_by",
        help_text=_("Modules a learner must complete before enrolling in this one."),
    )
    trainers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainers"),
        blank=True,
        related_name="trained_modules",
        limit_choices_to={"groups__name": Role.EXPERT.group_name},
        help_text=_(
            "Experts who teach this module; those with a public profile are shown on the "
            "module page."
        ),
    )
    # Completion rule
    requires_all_lessons = models.BooleanField(_("all lessons must be done"), default=True)
    requires_assessment = models.BooleanField(_("the assessment must be passed"), default=True)
    attendance_threshold = models.PositiveSmallIntegerField(
        _("attendance threshold (%)"),
        default=80,
        validators=[MaxValueValidator(100)],
        help_text=_("Share of session days a session learner must attend."),
    )
    # Assessment
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum number of attempts"), default=3, validators=[MinValueValidator(1)]
    )
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("questions"), blank=True)

    objects = TrainingModuleManager()

    def in_language(self, language: str) -> "TrainingModulePage":
        """This module's live translation in `language`, else the module itself.

        Certificates print the module's title and outcomes in the holder's
        language whenever a translation of the module is live (an alias that
        wagtail-localize keeps until the module is translated is not one).
        """
        if self.locale.language_code == language and self.alias_of_id is None:
            return self
        translation = (
            TrainingModulePage.objects.live()
            .filter(
                translation_key=self.translation_key,
                locale__language_code=language,
                alias_of__isnull=True,
            )
            .first()
        )
        return translation or self

    def outcomes(self) -> list[str]:
        """The learning objectives' list items as plain text, for print."""
        items = BeautifulSoup(self.objectives or "", "html.parser").find_all("li")
        return [" ".join(item.get_text(" ").split()) for item in items]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("domain"), FieldPanel("level"), FieldPanel("duration_hours")]),
        InlinePanel("languages", label=_("Languages taught"), min_num=1),
        FieldPanel("objectives"),
        FieldPanel("image"),
        FieldPanel("prerequisites"),
        FieldPanel("trainers"),
    ]
    assessment_panels = [
        FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
        FieldPanel("questions"),
    ]
    completion_panels = [
        MultiFieldPanel(
            [
                FieldPanel("requires_all_lessons"),
                FieldPanel("requires_assessment"),
                FieldPanel("attendance_threshold"),
            ],
            heading=_("Completion rule"),
        )
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(assessment_panels, heading=_("Assessment")),
            ObjectList(completion_panels, heading=_("Completion")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.FilterField("domain"),
        index.FilterField("level"),
    ]

    parent_page_types = ["training.CatalogueIndexPage"]
    subpage_types = ["training.LessonPage"]
    template = "training/training_module_page.html"

    class Meta:
        verbose_name = _("training module")

    @property
    def completion_rule(self) -> CompletionRule:
        return CompletionRule(
            requires_all_lessons=self.requires_all_lessons,
            requires_assessment=self.requires_assessment,
            attendance_threshold=self.attendance_threshold,
        )

    @property
    def has_assessment(self) -> bool:
        return bool(self.questions)

    def assessment_questions(self):
        return questions_from_stream(self.questions)

    def live_prerequisites(self) -> list["TrainingModulePage"]:
        return sorted((m for m in self.prerequisites.all() if m.live), key=lambda m: m.title)

    def lessons(self):
        return LessonPage.objects.child_of(self).live().defer_streamfields().order_by("path")

    def pages_showing_this(self) -> list[Page]:
        """Also its lessons (title, breadcrumbs) and the modules that require it."""
        return [
            *super().pages_showing_this(),
            *self.get_children(),
            *self.required_by.all(),
        ]

    def get_context(self, request, *args, catalogue=None, **kwargs):
        from training.progress import module_page_context

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = catalogue or self.get_parent()
        context.update(module_page_context(self, request))
        return context


class ModuleLanguage(Orderable):
    page = ParentalKey(TrainingModulePage, on_delete=models.CASCADE, related_name="languages")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)

    panels = [FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("language")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="module_language_once")
        ]

    def __str__(self) -> str:
        return self.get_language_display()


class LessonPage(
    RecordedPageMixin,
    ContentLanguageMixin,
    StaysInReadersLanguageMixin,
    AnonymousCachedPageMixin,
    Page,
):
    """One lesson of a module, built from the shared block set."""

    summary = models.TextField(_("summary"), blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated reading time (minutes)"), default=15
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["training.TrainingModulePage"]
    subpage_types = []
    template = "training/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")

    def pages_showing_this(self) -> list[Page]:
        """Also the other lessons of its module (their lists and pagers)."""
        return [*super().pages_showing_this(), *self.get_siblings(inclusive=False)]

    def get_context(self, request, *args, module=None, catalogue=None, **kwargs):
        from training.progress import lesson_page_context

        if module is None:
            module = TrainingModulePage.objects.parent_of(self).get()
        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = catalogue or module.get_parent()
        context.update(lesson_page_context(self, module, request))
        return context
