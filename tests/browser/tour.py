"""The screenshot tour: every page of every role, read from the demo data.

One list shared by the tour's checks (`test_tour.py`: overflow, axe-core and
weight at 390 px in English) and by `make screenshots` (`screenshots.py`:
every language at 1280 and 390 px). Paths are looked up in the database, so
they follow the demo as it changes.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from gzip import compress

from django.urls import reverse, translate_url

from core.models import User

LANGUAGES = ("en", "fr", "pt", "km")
WIDTHS = (1280, 390)

# Demo accounts (core/demo.py); None is a visitor without an account.
ROLES = {
    None: None,
    "official": "official@passerelle.demo",
    "focalpoint": "focalpoint@passerelle.demo",
    "expert": "expert@passerelle.demo",
    "coordinator": "coordinator@passerelle.demo",
}


@dataclass(frozen=True)
class TourPage:
    name: str
    role: str | None
    path: Callable[[], str]

    def url(self, language: str) -> str:
        return translate_url(self.path(), language)


def _module():
    from training.models import TrainingModulePage

    return TrainingModulePage.objects.live().filter(locale__language_code="en").first()


def _lesson():
    from training.models import LessonPage

    return LessonPage.objects.live().filter(locale__language_code="en").first()


def _session():
    from training.models import Session

    return Session.objects.order_by("pk").first()


def _enrolment():
    from training.models import Enrolment

    return Enrolment.objects.filter(user__email=ROLES["official"]).order_by("pk").first()


def _certificate():
    from training.models import Certificate

    return Certificate.objects.order_by("pk").first()


def _request(**filters):
    from exchange.models import PartnerRequest

    return PartnerRequest.objects.filter(**filters).order_by("pk").first()


def _mission():
    from exchange.models import Mission

    return Mission.objects.order_by("pk").first()


def _expert():
    from experts.models import ExpertProfile

    return ExpertProfile.objects.order_by("pk").first()


PAGES = [
    TourPage("home", None, lambda: "/"),
    TourPage("partnerships", None, lambda: reverse("core:partnership_list")),
    TourPage(
        "partnership",
        None,
        lambda: reverse("core:partnership_detail", args=["paris-phnom-penh"]),
    ),
    TourPage("catalogue", None, lambda: "/training/"),
    TourPage("module", None, lambda: _module().url),
    TourPage("verify", None, lambda: reverse("documents:verify", args=[_certificate().code])),
    TourPage("site-map", None, lambda: reverse("core:site_map")),
    TourPage("login", None, lambda: reverse("account_login")),
    TourPage("signup", None, lambda: reverse("account_signup")),
    TourPage("password-reset", None, lambda: reverse("account_reset_password")),
    TourPage("not-found", None, lambda: "/no-such-page/"),
    TourPage("me", "official", lambda: reverse("core:me")),
    TourPage("profile", "official", lambda: reverse("core:profile")),
    TourPage("dashboard", "official", lambda: reverse("training:dashboard")),
    TourPage("module-enrolled", "official", lambda: _module().url),
    TourPage("lesson", "official", lambda: _lesson().url),
    TourPage("assessment", "official", lambda: reverse("training:assessment", args=[_module().pk])),
    TourPage("withdraw", "official", lambda: reverse("training:withdraw", args=[_enrolment().pk])),
    TourPage("forbidden", "official", lambda: reverse("core:coordination")),
    TourPage("two-factor", "official", lambda: reverse("mfa_index")),
    TourPage("email", "official", lambda: reverse("account_email")),
    TourPage("experts", "official", lambda: reverse("experts:directory")),
    TourPage("expert", "official", lambda: reverse("experts:detail", args=[_expert().pk])),
    TourPage("requests", "focalpoint", lambda: reverse("exchange:request_list")),
    TourPage("request-new", "focalpoint", lambda: reverse("exchange:request_create")),
    TourPage(
        "request",
        "focalpoint",
        lambda: reverse(
            "exchange:request_detail", args=[_request(created_by__email=ROLES["focalpoint"]).pk]
        ),
    ),
    TourPage(
        "request-edit",
        "focalpoint",
        lambda: reverse(
            "exchange:request_edit",
            args=[_request(created_by__email=ROLES["focalpoint"], status="draft").pk],
        ),
    ),
    TourPage(
        "request-moved",
        "coordinator",
        # Editing a request past its draft redirects with a message: the messages' markup.
        lambda: reverse("exchange:request_edit", args=[_request(status="matching").pk]),
    ),
    TourPage("expert-profile", "expert", lambda: reverse("experts:profile_edit")),
    TourPage("fits-me", "expert", lambda: reverse("exchange:fits_me")),
    TourPage("my-missions", "expert", lambda: reverse("exchange:my_missions")),
    TourPage("coordination", "coordinator", lambda: reverse("core:coordination")),
    TourPage("people", "coordinator", lambda: reverse("core:people")),
    TourPage("sessions", "coordinator", lambda: reverse("training:session_list")),
    TourPage(
        "session", "coordinator", lambda: reverse("training:session_detail", args=[_session().pk])
    ),
    TourPage("certificates", "coordinator", lambda: reverse("training:certificate_list")),
    TourPage(
        "certificate-batch",
        "coordinator",
        lambda: reverse("certificates:batch_new", args=[_session().pk]),
    ),
    TourPage(
        "revoke", "coordinator", lambda: reverse("documents:revoke", args=[_certificate().number])
    ),
    TourPage(
        "shortlist",
        "coordinator",
        lambda: reverse("exchange:request_shortlist", args=[_request(status="matching").pk]),
    ),
    TourPage("batch", "coordinator", lambda: reverse("exchange:batch_preview")),
    TourPage(
        "mission", "coordinator", lambda: reverse("exchange:mission_detail", args=[_mission().pk])
    ),
]


def by_role() -> Iterator[tuple[str | None, list[TourPage]]]:
    """The pages grouped by role, so each role logs in once."""
    for role in ROLES:
        pages = [page for page in PAGES if page.role == role]
        if pages:
            yield role, pages


def session_cookies(live_server_url: str, role: str | None) -> list[dict]:
    """Cookies that log a Playwright browser context in as the role's demo account."""
    if role is None:
        return []
    from django.test import Client

    client = Client()
    client.force_login(User.objects.get(email=ROLES[role]))
    cookie = client.cookies["sessionid"]
    return [{"name": "sessionid", "value": cookie.value, "url": live_server_url}]


class WeightMeter:
    """First-visit weight of a page: every response's body as it would travel
    compressed (text gzipped like the server does; fonts and images as they
    are, already compressed), counted once per URL."""

    TEXT = ("text/", "application/javascript", "application/json", "image/svg+xml")

    def __init__(self, page):
        self.sizes: dict[str, int] = {}
        page.on("requestfinished", self._finished)

    def _finished(self, request) -> None:
        response = request.response()
        if response is None or request.url in self.sizes:
            return
        try:
            body = response.body()
        except Exception:  # noqa: BLE001 — redirects have no body
            return
        # Playwright hands over the decoded body: gzip text again, as GZipMiddleware
        # and WhiteNoise's compressed files would send it.
        if response.headers.get("content-type", "").startswith(self.TEXT):
            size = len(compress(body, compresslevel=6))
        else:
            size = len(body)
        self.sizes[request.url] = size

    def reset(self) -> None:
        self.sizes.clear()

    @property
    def total(self) -> int:
        return sum(self.sizes.values())
