from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("Training")

    def ready(self):
        from core.coordination import add_coordination_section
        from core.pagecache import show_on_public_pages
        from documents.registry import register

        from .certificate_services import CERTIFICATES
        from .coordination import coordination_context
        from .models import Enrolment, ModuleLanguage, Session

        show_on_public_pages(ModuleLanguage, Session, Enrolment)
        register(CERTIFICATES)
        add_coordination_section(
            "training/includes/coordination_section.html", coordination_context, order=10
        )
