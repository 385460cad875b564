from django.urls import path

from documents import views

app_name = "documents"

urlpatterns = [
    path("verify/<str:code>/", views.verify, name="verify"),
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
