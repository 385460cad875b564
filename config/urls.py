from health_check.views import HealthCheckView

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView

from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap as PageSitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core.pagecache import wagtail_urlpatterns
from core.sitemaps import PartnershipSitemap

sitemaps = {"pages": PageSitemap, "partnerships": PartnershipSitemap}

urlpatterns = [
    # The admin logs in through allauth (rate limits, two-factor), never its own form.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    # For load balancers: the database, the cache, media storage and the task queue.
    path(
        "health/",
        HealthCheckView.as_view(
            checks=[
                "health_check.checks.Database",
                "health_check.checks.Cache",
                "health_check.checks.Storage",
                "core.health.TaskBackend",
            ]
        ),
        name="health",
    ),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("core.urls")),
    path("", include("exchange.urls")),
    path("experts/", include("experts.urls")),
    path("learning/", include("training.urls")),
    # Verification pages and certificates: a link made on a Khmer page opens
    # in Khmer; the unprefixed URLs printed on older documents stay English.
    path("", include("documents.urls")),
    path("", include("training.certificate_urls")),
    path("", include(wagtail_urlpatterns())),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
