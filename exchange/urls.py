from django.urls import path
from django.views.generic import RedirectView

from .views import experts, missions, requests

app_name = "exchange"

urlpatterns = [
    path("requests/", requests.request_list, name="request_list"),
    path("requests/new/", requests.request_create, name="request_create"),
    path("requests/batch/", requests.batch_preview, name="batch_preview"),
    path("requests/<int:pk>/", requests.request_detail, name="request_detail"),
    path("requests/<int:pk>/edit/", requests.request_edit, name="request_edit"),
    path("requests/<int:pk>/move/", requests.request_move, name="request_move"),
    path("requests/<int:pk>/shortlist/", requests.request_shortlist, name="request_shortlist"),
    path("requests/<int:pk>/propose/", requests.request_propose, name="request_propose"),
    path(
        "requests/<int:pk>/availability/",
        requests.request_availability,
        name="request_availability",
    ),
    path("missions/<int:pk>/", missions.mission_detail, name="mission_detail"),
    path("missions/<int:pk>/report/", missions.mission_report, name="mission_report"),
    path("missions/<int:pk>/evaluate/", missions.mission_evaluate, name="mission_evaluate"),
    path(
        "missions/<int:pk>/attestations/<int:expert_id>.pdf",
        missions.mission_attestation,
        name="mission_attestation",
    ),
    path("attestations/<str:number>.pdf", missions.attestation_pdf, name="attestation_pdf"),
    # Revocation is the documents app's page, shared with certificates.
    path(
        "attestations/<str:number>/revoke/",
        RedirectView.as_view(pattern_name="documents:revoke", permanent=True),
    ),
    path("experts/me/fits/", experts.fits_me, name="fits_me"),
    path("experts/me/missions/", experts.my_missions, name="my_missions"),
    path("experts/me/proposals/<int:pk>/answer/", experts.answer, name="answer"),
    path("experts/requests/<int:pk>/volunteer/", experts.volunteer, name="volunteer"),
    path("attachments/<int:pk>/", missions.attachment_download, name="attachment_download"),
]
