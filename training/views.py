"""Learner and session-staff views. Pages themselves are served by Wagtail."""

from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.access import coordinator_required, needs_mfa_setup, redirect_to_mfa_setup
from training import progress as reads
from training.calendar import session_ics
from training.forms import AttendanceForm, CertificateSearchForm
from training.handout_services import handout_open
from training.models import (
    AssessmentAttempt,
    Certificate,
    Enrolment,
    LessonPage,
    Session,
    TrainingModulePage,
)
from training.questions import review
from training.services import (
    AssessmentRefused,
    PrerequisitesMissing,
    TrainingError,
    assessment_submit,
    attendance_mark,
    enrolment_create,
    enrolment_withdraw,
    lesson_mark_done,
)


def _public_module(module_id: int) -> TrainingModulePage:
    return get_object_or_404(TrainingModulePage.objects.live().public(), pk=module_id)


@require_GET
def module_handout(request, module_id: int):
    """Every lesson of a module as one PDF, for anyone who can see the module
    (Wagtail's view restrictions apply, as on the page itself)."""
    module = get_object_or_404(TrainingModulePage.objects.live(), pk=module_id)
    if not all(r.accept_request(request) for r in module.get_view_restrictions()):
        raise Http404
    return FileResponse(
        handout_open(module=module, language=get_language()),
        as_attachment=True,
        filename=f"{module.slug}-handout.pdf",
        content_type="application/pdf",
    )


def _own_enrolment(request, enrolment_id: int) -> Enrolment:
    enrolments = Enrolment.objects.of(request.user).current().select_related("module", "session")
    return get_object_or_404(enrolments, pk=enrolment_id)


def session_staff_required(view):
    """Logged in; coordinators with two-factor set up. Scoping is the lookup's job."""

    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if needs_mfa_setup(request.user):
            return redirect_to_mfa_setup(request)
        return view(request, *args, **kwargs)

    return wrapped


@login_required
def dashboard(request):
    return render(request, "training/dashboard.html", reads.dashboard(request.user))


@login_required
@require_POST
def enrol(request, module_id: int):
    module = _public_module(module_id)
    session = None
    if request.POST.get("session"):
        session_id = request.POST["session"]
        if not (session_id.isascii() and session_id.isdigit()):  # "²" is a digit to isdigit()
            raise Http404
        session = get_object_or_404(Session.objects.for_module(module), pk=int(session_id))
    try:
        enrolment = enrolment_create(user=request.user, module=module, session=session)
    except PrerequisitesMissing as exc:
        titles = ", ".join(m.title for m in exc.modules)
        messages.error(
            request,
            _("Complete these modules before enrolling: %(titles)s.") % {"titles": titles},
        )
    except TrainingError as exc:
        messages.error(request, exc.message)
    else:
        if enrolment.is_waiting:
            enrolment = reads.enrolment_for(request.user, module)
            messages.warning(
                request,
                _(
                    "The session is full: you are on the waiting list, in position %(position)s. "
                    "We will e-mail you if a seat becomes free."
                )
                % {"position": enrolment.waiting_position},
            )
        else:
            messages.success(request, _("You are enrolled. Welcome to the module!"))
    return redirect(module.get_url(request))


@login_required
@require_http_methods(["GET", "POST"])
def withdraw(request, enrolment_id: int):
    """GET: a page that says what withdrawing does (to the seat too) and asks
    to confirm. POST: withdraw."""
    enrolment = _own_enrolment(request, enrolment_id)
    if request.method == "POST":
        try:
            promoted = enrolment_withdraw(enrolment=enrolment)
        except TrainingError as exc:
            messages.error(request, exc.message)
        else:
            done = _("You have withdrawn from %(title)s.") % {"title": enrolment.module.title}
            if promoted:
                done += " " + _("Your seat went to the first person on the waiting list.")
            messages.success(request, done)
        return redirect("training:dashboard")
    in_session = enrolment.session_id is not None and enrolment.is_active
    return render(
        request,
        "training/withdraw.html",
        {
            "enrolment": reads.with_waiting_positions([enrolment])[0],
            "waiting": enrolment.session.enrolments.waiting().count() if in_session else 0,
        },
    )


@login_required
@require_POST
def lesson_done(request, lesson_id: int):
    lesson = get_object_or_404(LessonPage.objects.live().public(), pk=lesson_id)
    try:
        lesson_mark_done(user=request.user, lesson=lesson)
    except TrainingError as exc:
        messages.error(request, exc.message)
        return redirect(lesson.get_url(request))
    following = lesson.get_next_siblings().live().type(LessonPage).first()
    messages.success(request, _("Lesson marked as done."))
    return redirect((following or lesson.get_parent()).get_url(request))


def _submitted_answers(post) -> dict[str, list[int]]:
    answers = {}
    for key in post:
        if key.startswith("q-"):
            try:
                answers[key[2:]] = [int(value) for value in post.getlist(key)]
            except ValueError as exc:
                raise AssessmentRefused from exc
    return answers


@login_required
@require_http_methods(["GET", "POST"])
def assessment(request, module_id: int):
    module = _public_module(module_id)
    enrolment = reads.enrolment_for(request.user, module)
    if enrolment is None or not enrolment.is_active:
        messages.error(request, _("Enrol in the module before taking its assessment."))
        return redirect(module.get_url(request))
    if request.method == "POST":
        try:
            attempt = assessment_submit(
                user=request.user, module=module, answers=_submitted_answers(request.POST)
            )
        except TrainingError as exc:
            messages.error(request, exc.message)
        else:
            if attempt.passed:
                messages.success(
                    request, _("You passed with %(score)s%%.") % {"score": attempt.score}
                )
            else:
                wrong = [
                    str(r.number)
                    for r in review(module.assessment_questions(), attempt.answers)
                    if not r.right
                ]
                messages.warning(
                    request,
                    _(
                        "You scored %(score)s%%; the pass mark is %(mark)s%%. "
                        "Questions to look at again: %(wrong)s."
                    )
                    % {"score": attempt.score, "mark": module.pass_mark, "wrong": ", ".join(wrong)},
                )
        return redirect("training:assessment", module_id=module.pk)
    questions = module.assessment_questions()
    attempts = list(AssessmentAttempt.objects.of(request.user).for_module(module))
    passed = any(attempt.passed for attempt in attempts)
    attempts_left = max(module.max_attempts - len(attempts), 0)
    reviews = [review(questions, attempt.answers) for attempt in attempts]
    last = reviews[-1] if reviews else review(questions, {})
    return render(
        request,
        "training/assessment.html",
        {
            "module": module,
            # Each attempt with the numbers of the questions it got wrong.
            "attempts": [
                (attempt, [r.number for r in reviewed if not r.right])
                for attempt, reviewed in zip(attempts, reviews, strict=True)
            ],
            # The questions with the last attempt's answers (the form marks
            # those to look at again; the explanations say right or wrong).
            "reviewed": last,
            "retrying": bool(attempts),
            "passed": passed,
            "attempts_left": attempts_left,
            "show_explanations": passed or attempts_left == 0,
            "can_submit": not passed and attempts_left > 0,
            "certificate": reads.certificates_by_module(request.user).get(module.translation_key)
            if passed
            else None,
        },
    )


@login_required
def session_calendar(request, enrolment_id: int):
    enrolment = _own_enrolment(request, enrolment_id)
    if enrolment.session is None:
        return redirect("training:dashboard")
    session = enrolment.session
    url = request.build_absolute_uri(enrolment.module.get_url(request))
    body = session_ics(
        uid=f"session-{session.pk}@passerelle",
        title=enrolment.module.title,
        starts_at=session.local_start,
        ends_at=session.local_end,
        location=session.place or session.online_url,
        url=url,
        description=session.online_url,
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="session-{session.pk}.ics"'
    return response


@session_staff_required
@require_http_methods(["GET", "POST"])
def session_detail(request, session_id: int):
    session = get_object_or_404(
        Session.objects.managed_by(request.user).select_related("module", "trainer"),
        pk=session_id,
    )
    form = AttendanceForm(request.POST or None, session=session)
    if request.method == "POST":
        if form.is_valid():
            try:
                attendance_mark(
                    session=session,
                    day=form.cleaned_data["day"],
                    present=set(form.cleaned_data["present"]),
                    marked_by=request.user,
                )
            except TrainingError as exc:
                messages.error(request, exc.message)
            else:
                messages.success(request, _("Attendance saved."))
                return redirect("training:session_detail", session_id=session.pk)
        else:
            problems = [_("The attendance sheet could not be saved."), *form.errors.get("day", [])]
            messages.error(request, " ".join(problems))
    context = reads.session_roster(session)
    now = timezone.now()
    context["sheet_days"] = [(day, session.has_started_on(day, now)) for day in context["days"]]
    return render(request, "training/session_detail.html", context)


@session_staff_required
@require_GET
def session_list(request):
    """Sessions the user manages (coordinators: all), upcoming or past."""
    past = request.GET.get("when") == "past"
    sessions = (
        Session.objects.managed_by(request.user).with_counts().select_related("module", "trainer")
    )
    now = timezone.now()
    sessions = (
        sessions.filter(ends_at__lt=now).order_by("-starts_at")
        if past
        else sessions.filter(ends_at__gte=now).order_by("starts_at")
    )
    return render(
        request,
        "training/session_list.html",
        {
            "page": Paginator(sessions, 25).get_page(request.GET.get("page")),
            "past": past,
            "query": "when=past" if past else "",
        },
    )


@coordinator_required
@require_GET
def certificate_list(request):
    """Every certificate issued, newest first; search by number, holder or module."""
    certificates = Certificate.objects.order_by("-issued_on", "-pk")
    form = CertificateSearchForm(request.GET)
    q = form.cleaned_data["q"] if form.is_valid() else ""
    if q:
        certificates = certificates.filter(
            Q(number__icontains=q) | Q(holder_name__icontains=q) | Q(module_title__icontains=q)
        )
    return render(
        request,
        "training/certificate_list.html",
        {
            "page": Paginator(certificates, 50).get_page(request.GET.get("page")),
            "form": form,
            "query": urlencode({"q": q}) if q else "",
        },
    )
