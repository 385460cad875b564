from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExpertsConfig(AppConfig):
    name = "experts"
    verbose_name = _("Experts")

    def ready(self):
        from core.pagecache import show_on_public_pages

        from .models import ExpertProfile

        show_on_public_pages(ExpertProfile)  # trainers on module pages
