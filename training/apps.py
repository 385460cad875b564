from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("Training")

    def ready(self):
        from core.pagecache import show_on_public_pages
        from documents.registry import register

        from .certificate_services import CERTIFICATES
        from .models import Enrolment, ModuleLanguage, Session

        show_on_public_pages(ModuleLanguage, Session, Enrolment)
        register(CERTIFICATES)
