from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    name = "exchange"
    verbose_name = _("Exchange")

    def ready(self):
        from core.coordination import add_coordination_section
        from core.models import City, Domain, Partnership
        from core.partnership_figures import add_partnership_figures
        from core.steer import add_list, add_panel
        from documents.registry import register
        from experts.models import ExpertProfile

        from . import figures
        from .attestation_services import ATTESTATIONS
        from .coordination import coordination_context
        from .models import (
            Mission,
            MissionEvaluation,
            MissionReport,
            PartnerRequest,
            RequestTransition,
        )

        register(ATTESTATIONS)
        add_coordination_section(
            "exchange/includes/coordination_section.html", coordination_context, order=20
        )
        add_panel(
            "exchange",
            figures.panel,
            models=(
                PartnerRequest,
                RequestTransition,
                Mission,
                Mission.experts.through,
                MissionEvaluation,
                MissionReport,
                ExpertProfile,
                City,
                Domain,
                Partnership,
            ),
            order=20,
        )
        add_partnership_figures(
            "exchange",
            labels=(_("Missions"), _("Expert-days")),
            compute=figures.partnership_missions,
            models=(Mission, Mission.experts.through, PartnerRequest),
            order=20,
        )
        for steer_list in (
            figures.REQUESTS,
            figures.MISSIONS,
            figures.EVALUATIONS,
            figures.EXPERTS,
        ):
            add_list(steer_list)
