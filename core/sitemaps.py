from django.contrib.sitemaps import Sitemap

from core.models import Partnership


class PartnershipSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6
    i18n = True

    def items(self):
        return Partnership.objects.public().order_by("pk")
