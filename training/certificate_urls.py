from django.urls import path
from django.views.generic import RedirectView

from training import certificate_views

app_name = "certificates"

urlpatterns = [
    path("certificates/<str:number>.pdf", certificate_views.certificate_pdf, name="pdf"),
    # Revocation is the documents app's page, shared with attestations.
    path(
        "certificates/<str:number>/revoke/",
        RedirectView.as_view(pattern_name="documents:revoke", permanent=True),
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
