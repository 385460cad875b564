from django.apps import AppConfig
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("Training")

    def ready(self):
        from wagtail.models import Page

        from core.cache_purge import show_on_public_pages
        from core.coordination import add_coordination_section
        from core.models import City, Domain, Partnership
        from core.partnership_figures import add_partnership_figures
        from core.steer import add_list, add_panel
        from documents.registry import register
        from experts.models import ExpertProfile

        from . import figures, live_parts  # noqa: F401  (live_parts registers them)
        from .certificate_services import CERTIFICATES
        from .coordination import coordination_context
        from .models import (
            AssessmentAttempt,
            CatalogueIndexPage,
            Certificate,
            Enrolment,
            Session,
            TrainingModulePage,
        )
        from .services import seat_freed_by_deletion

        register(CERTIFICATES)
        post_delete.connect(
            seat_freed_by_deletion, sender=Enrolment, dispatch_uid="training_seat_freed"
        )
        # Module pages and catalogue cards show the domain, filters list them.
        show_on_public_pages(
            Domain,
            pages=lambda domain: [
                *TrainingModulePage.objects.filter(domain=domain),
                *CatalogueIndexPage.objects.all(),
            ],
        )
        # Module pages show their trainers' public profiles.
        show_on_public_pages(
            ExpertProfile,
            pages=lambda profile: TrainingModulePage.objects.filter(trainers=profile.user_id),
        )
        add_coordination_section(
            "training/includes/coordination_section.html", coordination_context, order=10
        )
        add_panel(
            "training",
            figures.panel,
            # Module pages (domain, hours) through Page, which every publish bumps.
            models=(
                Enrolment,
                Session,
                Certificate,
                AssessmentAttempt,
                Page,
                City,
                Domain,
                Partnership,
            ),
            order=10,
        )
        add_partnership_figures(
            "training",
            labels=(_("Learners trained"),),
            compute=figures.partnership_learners_trained,
            models=(Enrolment, Partnership),
            order=10,
        )
        for steer_list in (figures.ENROLMENTS, figures.SESSIONS, figures.CERTIFICATES):
            add_list(steer_list)
