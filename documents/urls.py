from django.urls import path

from documents import views

app_name = "documents"

urlpatterns = [
    path("verify/<str:code>/", views.verify, name="verify"),
    path("issued/<str:number>/revoke/", views.revoke, name="revoke"),
    path("issued/signature/", views.signature, name="signature"),
    path("reports/funders/", views.funder_report, name="funder_report"),
]
