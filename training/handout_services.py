"""Module handouts: every live lesson of a module as one PDF, cached by content.

The PDF comes from `documents.handouts`; this module turns the
pages into plain data and keeps rendered PDFs in the private storage (no
public URL: a module's view restrictions apply to its handout, which only the
permission-checked view serves) under
a key made of the published revisions of the module and its lessons and
the language, so a republished lesson makes a new handout and every other
download is served without rendering. Storing a new handout removes the
module's older ones in that language.
"""

import logging

from django.core.files.base import ContentFile, File
from django.template.loader import select_template
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from wagtail.rich_text import expand_db_html

from core.storage import private_storage
from documents.handouts import HandoutDocument, HandoutLesson, handout_cache_key, render_handout
from training.models import LessonPage, TrainingModulePage

logger = logging.getLogger(__name__)

HANDOUT_DIR = "handouts"


def _print_block(block) -> str:
    """A lesson block for print: `documents/handout_blocks/<type>.html` if any
    (no video player, no download button), else the block's own template."""
    template = select_template(
        [f"documents/handout_blocks/{block.block_type}.html", block.block.meta.template]
    )
    return template.render({"value": block.value, "self": block.value})


def stream_print_html(body) -> SafeString:
    """A StreamField value (e.g. a lesson's body) rendered for print."""
    return mark_safe("\n".join(_print_block(block) for block in body))  # noqa: S308


def _revision_marks(module: TrainingModulePage, lessons: list[LessonPage]) -> list[tuple]:
    return [
        (
            page.pk,
            page.live_revision_id,
            page.last_published_at and page.last_published_at.isoformat(),
        )
        for page in [module, *lessons]
    ]


def handout_document(
    module: TrainingModulePage, lessons: list[LessonPage], *, language: str
) -> HandoutDocument:
    with translation.override(language):
        return HandoutDocument(
            title=module.title,
            summary=module.summary,
            objectives_html=mark_safe(expand_db_html(module.objectives)),  # noqa: S308
            hours=module.duration_hours,
            lessons=tuple(
                HandoutLesson(
                    title=lesson.title,
                    summary=lesson.summary,
                    minutes=lesson.estimated_minutes,
                    body_html=stream_print_html(lesson.body),
                )
                for lesson in lessons
            ),
            language=language,
            generated_on=timezone.localdate(),
        )


def _handout_dir(module: TrainingModulePage, language: str) -> str:
    return f"{HANDOUT_DIR}/{module.pk}/{language}"


def handout_storage_name(module: TrainingModulePage, *, language: str) -> tuple[str, list]:
    lessons = list(module.lessons().specific())
    key = handout_cache_key(
        module_id=module.pk, revisions=_revision_marks(module, lessons), language=language
    )
    return f"{_handout_dir(module, language)}/{key}.pdf", lessons


def _delete_quietly(name: str) -> None:
    try:
        private_storage().delete(name)
    except FileNotFoundError:  # another process removed it first
        return
    logger.info("Old handout %s deleted", name)


def _delete_older_handouts(module: TrainingModulePage, *, language: str, keep: set[str]) -> None:
    """Remove the module's stored handouts in `language` except the names in
    `keep`, and the module's files from before handouts had a folder per
    language (no current name lives there). Files already gone are fine."""
    for directory in (_handout_dir(module, language), f"{HANDOUT_DIR}/{module.pk}"):
        try:
            _folders, files = private_storage().listdir(directory)
        except FileNotFoundError:
            continue
        for filename in files:
            name = f"{directory}/{filename}"
            if name not in keep:
                _delete_quietly(name)


def handout_get_or_render(*, module: TrainingModulePage, language: str) -> str:
    """The storage name of the module's current handout in `language`, rendered if needed.

    After storing a new handout, the module's older handouts in that language
    are deleted, except the one the module's published state maps to now
    (read again: if this request saw an older state, a newer handout that
    another request stored meanwhile stays)."""
    name, lessons = handout_storage_name(module, language=language)
    if private_storage().exists(name):
        return name
    pdf = render_handout(handout_document(module, lessons, language=language))
    saved = private_storage().save(name, ContentFile(pdf))
    if saved != name:  # rendered concurrently: keep the first, drop ours
        private_storage().delete(saved)
    logger.info("Handout of module %s rendered (%s bytes)", module.pk, len(pdf))
    keep = {name}
    fresh = TrainingModulePage.objects.filter(pk=module.pk).first()
    if fresh is not None:
        keep.add(handout_storage_name(fresh, language=language)[0])
    _delete_older_handouts(module, language=language, keep=keep)
    return name


def handout_open(*, module: TrainingModulePage, language: str) -> File:
    """The module's current handout in `language`, open for reading.

    If the file went between finding and opening it (a newer handout
    replaced it), it is looked up, and rendered if needed, once more."""
    name = handout_get_or_render(module=module, language=language)
    try:
        return private_storage().open(name, "rb")
    except FileNotFoundError:
        name = handout_get_or_render(module=module, language=language)
        return private_storage().open(name, "rb")
