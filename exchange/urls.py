from django.urls import path

from .views import account, missions, public, requests

app_name = "exchange"

urlpatterns = [
    path("partnerships/", public.partnership_list, name="partnership_list"),
    path("partnerships/<slug:slug>/", public.partnership_detail, name="partnership_detail"),
    path("me/", account.me, name="me"),
    path("me/profile/", account.profile, name="profile"),
    path("requests/", requests.request_list, name="request_list"),
    path("requests/new/", requests.request_create, name="request_create"),
    path("requests/batch/", requests.batch_preview, name="batch_preview"),
    path("requests/<int:pk>/", requests.request_detail, name="request_detail"),
    path("requests/<int:pk>/edit/", requests.request_edit, name="request_edit"),
    path("requests/<int:pk>/move/", requests.request_move, name="request_move"),
    path("requests/<int:pk>/shortlist/", requests.request_shortlist, name="request_shortlist"),
    path("requests/<int:pk>/propose/", requests.request_propose, name="request_propose"),
    path("missions/<int:pk>/", missions.mission_detail, name="mission_detail"),
    path("missions/<int:pk>/report/", missions.mission_report, name="mission_report"),
    path("missions/<int:pk>/evaluate/", missions.mission_evaluate, name="mission_evaluate"),
    path(
        "missions/<int:pk>/attestations/<int:expert_id>.pdf",
        missions.mission_attestation,
        name="mission_attestation",
    ),
    path(
        "attestations/<str:number>/revoke/",
        missions.attestation_revoke_view,
        name="attestation_revoke",
    ),
    path("attachments/<int:pk>/", missions.attachment_download, name="attachment_download"),
]
