from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from django.core.signals import request_started

        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model

        from . import audit_hooks, cache_purge, cache_versions, privacy
        from .coordination import add_coordination_section
        from .models import (
            City,
            CooperationProject,
            Domain,
            FundingPartner,
            Partnership,
            ProjectFunding,
            roles_changed_by,
        )
        from .views.coordination import coordination_context

        add_coordination_section(
            "core/includes/coordination_section.html",
            coordination_context,
            order=0,
        )
        cache_purge.connect()
        # Answers read ahead with a route serve the rest of that request only.
        request_started.connect(cache_versions.stop_reading_ahead)
        # Roles are looked up once per person and kept until one changes.
        cache_versions.track_versions(*roles_changed_by())
        # The home page lists the partnerships: cities, summaries, projects' domains.
        cache_purge.show_on_public_pages(
            Partnership, City, CooperationProject, Domain, pages=cache_purge.home_pages
        )
        cache_purge.show_on_public_pages(ProjectFunding, FundingPartner)
        # Images and documents: on the pages that use them (Wagtail's reference
        # index) and the pages listing those (catalogue cards).
        cache_purge.show_on_public_pages(
            get_image_model(),
            get_document_model(),
            pages=cache_purge.pages_using,
            neighbours=True,
        )
        # What each app holds about a person (its personal_data.py).
        privacy.autodiscover()
        audit_hooks.connect()
