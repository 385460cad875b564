import functools

from allauth.account import views as account_views
from csp.middleware import CSPMiddleware

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.views import static

from core.access import needs_mfa_setup, redirect_to_mfa_setup

#: Views a coordinator without two-factor may still reach: logging out, the
#: password check allauth asks for before activating an authenticator, and
#: files (media in development; static files are served by WhiteNoise
#: before any view). Every view of `allauth.mfa` is setting two-factor up.
OPEN_WITHOUT_MFA = (account_views.logout, account_views.reauthenticate, static.serve)


def is_mfa_setup_view(view_func) -> bool:
    return view_func in OPEN_WITHOUT_MFA or view_func.__module__.startswith("allauth.mfa.")


class CoordinatorMFAMiddleware:
    """Send coordinators (and any admin user) without two-factor
    authentication to set it up, whatever page they ask for.

    The rule follows the role, not a list of paths: it runs once the URL is
    resolved and before the view, so a new page is covered from the day it
    is added, and a page whose object does not exist redirects like the
    others instead of telling what exists.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if needs_mfa_setup(request.user) and not is_mfa_setup_view(view_func):
            return redirect_to_mfa_setup(request)
        return None


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy, with `CONTENT_SECURITY_POLICY_ADMIN` added on the
    Wagtail admin, whose pages need inline scripts and styles; the public
    site keeps the strict policy (through django-csp's documented hook)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(admin_prefix()):
            parts.update = {**settings.CONTENT_SECURITY_POLICY_ADMIN, **(parts.update or {})}
        return parts


class PersonalPagesMiddleware:
    """Nothing shown to a signed-in person is kept by a browser or a proxy.

    Every page a signed-in person sees carries their name, their roles or
    their data, so the rule follows the person, not a list of pages:
    `Cache-Control: private, no-store`. Anonymous pages keep their own
    caching (the page cache, docs/caching.md)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated:
            response["Cache-Control"] = "private, no-store"
        return response


@functools.cache
def admin_prefix() -> str:
    return reverse("wagtailadmin_home")


class NulInAddressMiddleware:
    """No address of the site contains a NUL character (\\x00, `%00`): answer
    404 before any view or lookup sees one. PostgreSQL refuses NUL in text, so
    a `<str:...>` part of a URL (a document number, a token) or Wagtail's
    redirect lookup on a 404 would otherwise fail with a 500. Form fields and
    query parameters refuse NUL with a form error (Django's CharField
    validator; `core.forms` for choice fields)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            raise Http404
        return self.get_response(request)


class RequestBodyLimitMiddleware:
    """Answer 413 to a request whose declared body exceeds
    `UPLOAD_MAX_REQUEST_BYTES`, before anything reads it.

    Django reads a WSGI body only up to its Content-Length (none: nothing),
    so the header is all there is to check.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = settings.UPLOAD_MAX_REQUEST_BYTES
        if length > limit:
            return render(request, "413.html", {"size": length, "limit": limit}, status=413)
        return self.get_response(request)
