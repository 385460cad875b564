from django.urls import reverse

from core.access import needs_mfa_setup, redirect_to_mfa_setup


class CoordinatorMFAMiddleware:
    """Send admin users without two-factor authentication to set it up
    before they reach the Wagtail admin."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        if request.path.startswith(self.admin_prefix) and needs_mfa_setup(request.user):
            return redirect_to_mfa_setup(request)
        return self.get_response(request)
