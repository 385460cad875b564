from allauth.account import views as account_views

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
