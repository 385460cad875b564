"""The site's URLs plus one bare Django view, served through the same stack."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def bare(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("bench/bare/", bare),
    path("bench/bare/logged-in/", login_required(bare)),
    *site_urlpatterns,
]
