from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    name = "exchange"
    verbose_name = _("Exchange")

    def ready(self):
        from core.coordination import add_coordination_section

        from .coordination import coordination_context

        add_coordination_section(
            "exchange/includes/coordination_section.html", coordination_context, order=20
        )
