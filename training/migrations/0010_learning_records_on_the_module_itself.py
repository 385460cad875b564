from django.conf import settings
from django.db import migrations


def _recorded_pages(model) -> dict[int, int]:
    """pk of each translation or alias -> pk of the page records point to
    (as `RecordedPageMixin.recorded_page` finds it)."""
    sources = dict(
        model.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE, alias_of__isnull=True
        ).values_list("translation_key", "pk")
    )
    found = {}
    others = model.objects.exclude(
        locale__language_code=settings.LANGUAGE_CODE, alias_of__isnull=True
    ).values_list("pk", "translation_key", "alias_of")
    for pk, key, alias_of in others:
        target = sources.get(key) or alias_of
        if target and target != pk:
            found[pk] = target
    return found


def move_records(apps, schema_editor):
    """Enrolments, lessons done, attempts and certificates made on a module's
    translation or alias point to the module itself; a lesson done in two
    languages is kept once."""
    modules = _recorded_pages(apps.get_model("training", "TrainingModulePage"))
    lessons = _recorded_pages(apps.get_model("training", "LessonPage"))
    Enrolment = apps.get_model("training", "Enrolment")
    LessonProgress = apps.get_model("training", "LessonProgress")
    for translation, source in modules.items():
        for name in ("AssessmentAttempt", "Certificate"):
            apps.get_model("training", name).objects.filter(module=translation).update(
                module=source
            )
        for enrolment in Enrolment.objects.filter(module=translation):
            if not Enrolment.objects.filter(user=enrolment.user_id, module=source).exists():
                Enrolment.objects.filter(pk=enrolment.pk).update(module=source)
    for translation, source in lessons.items():
        for progress in LessonProgress.objects.filter(lesson=translation):
            if LessonProgress.objects.filter(user=progress.user_id, lesson=source).exists():
                progress.delete()
            else:
                LessonProgress.objects.filter(pk=progress.pk).update(lesson=source)


class Migration(migrations.Migration):
    dependencies = [("training", "0009_handouts_in_private_storage")]

    operations = [migrations.RunPython(move_records, migrations.RunPython.noop)]
