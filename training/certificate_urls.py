from django.urls import path

from training import certificate_views

app_name = "certificates"

urlpatterns = [
    path("verify/<str:code>/", certificate_views.certificate_verify, name="verify"),
    path("certificates/<str:number>.pdf", certificate_views.certificate_pdf, name="pdf"),
    path(
        "certificates/<str:number>/revoke/",
        certificate_views.certificate_revoke_view,
        name="revoke",
    ),
    path(
        "certificates/enrolments/<int:enrolment_id>/issue/",
        certificate_views.certificate_issue_view,
        name="issue",
    ),
    path(
        "certificates/sessions/<int:session_id>/",
        certificate_views.certificate_batch_new,
        name="batch_new",
    ),
    path(
        "certificates/batches/<int:batch_id>/",
        certificate_views.certificate_batch_detail,
        name="batch",
    ),
    path(
        "certificates/batches/<int:batch_id>.zip",
        certificate_views.certificate_batch_zip,
        name="batch_zip",
    ),
]
