from django.urls import path

from documents import credential_views, views

app_name = "documents"

urlpatterns = [
    path("verify/credential/", credential_views.verify_upload, name="verify_upload"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path(".well-known/did.json", credential_views.did_json, name="did"),
    path("credentials/badge.png", credential_views.badge_image, name="badge_image"),
    path(
        "credentials/status/<int:status_list>/",
        credential_views.status_list,
        name="status_list",
    ),
    path(
        "issued/<str:number>/credential.<str:form>",
        credential_views.credential,
        name="credential",
    ),
    path("issued/<str:number>/revoke/", views.revoke, name="revoke"),
    path("issued/signature/", views.signature, name="signature"),
    path("reports/funders/", views.funder_report, name="funder_report"),
    path(
        "reports/funders/<int:report_id>/",
        views.funder_report_detail,
        name="funder_report_detail",
    ),
    path(
        "reports/funders/<int:report_id>/pdf/",
        views.funder_report_download,
        name="funder_report_download",
    ),
]
