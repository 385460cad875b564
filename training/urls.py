from django.urls import path

from training import views

app_name = "training"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("modules/<int:module_id>/enrol/", views.enrol, name="enrol"),
    path("modules/<int:module_id>/handout.pdf", views.module_handout, name="handout"),
    path("modules/<int:module_id>/assessment/", views.assessment, name="assessment"),
    path("lessons/<int:lesson_id>/done/", views.lesson_done, name="lesson_done"),
    path("enrolments/<int:enrolment_id>/withdraw/", views.withdraw, name="withdraw"),
    path("enrolments/<int:enrolment_id>/session.ics", views.session_calendar, name="calendar"),
    path("sessions/", views.session_list, name="session_list"),
    path("sessions/<int:session_id>/", views.session_detail, name="session_detail"),
    path("certificates/", views.certificate_list, name="certificate_list"),
]
