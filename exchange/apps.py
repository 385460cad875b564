from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    name = "exchange"
    verbose_name = _("Exchange")

    def ready(self):
        from documents.registry import register

        from .attestation_services import ATTESTATIONS

        register(ATTESTATIONS)
