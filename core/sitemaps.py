from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.utils.functional import cached_property

from core.models import Partnership, PartnershipText


class PartnershipSitemap(Sitemap):
    """Each public partnership's page in every language its texts are
    written in, with hreflang alternates."""

    changefreq = "monthly"
    priority = 0.6
    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return Partnership.objects.public().order_by("pk")

    @cached_property
    def written(self) -> dict[int, set[str]]:
        """The languages each partnership's texts are written in (one query)."""
        written: dict[int, set[str]] = {}
        for partnership, code in PartnershipText.objects.values_list(
            "partnership", "locale__language_code"
        ):
            written.setdefault(partnership, set()).add(code)
        return written

    def get_languages_for_item(self, item):
        written = self.written.get(item.pk) or {settings.LANGUAGE_CODE}
        return [code for code in self._languages() if code in written]
