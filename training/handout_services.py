"""Module handouts: every live lesson of a module as one PDF, cached by content.

The PDF comes from `exchange.documents.handouts`; this module turns the
pages into plain data and keeps rendered PDFs in the default storage under
a key made of the published revisions of the module and its lessons and
the language, so a republished lesson makes a new handout and every other
download is served without rendering.
"""

import logging

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.loader import select_template
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from wagtail.rich_text import expand_db_html

from exchange.documents.handouts import (
    HandoutDocument,
    HandoutLesson,
    handout_cache_key,
    render_handout,
)

from .models import LessonPage, TrainingModulePage

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


def handout_storage_name(module: TrainingModulePage, *, language: str) -> tuple[str, list]:
    lessons = list(module.lessons().specific())
    key = handout_cache_key(
        module_id=module.pk, revisions=_revision_marks(module, lessons), language=language
    )
    return f"{HANDOUT_DIR}/{module.pk}/{key}.pdf", lessons


def handout_get_or_render(*, module: TrainingModulePage, language: str) -> str:
    """The storage name of the module's current handout in `language`, rendered if needed."""
    name, lessons = handout_storage_name(module, language=language)
    if default_storage.exists(name):
        return name
    pdf = render_handout(handout_document(module, lessons, language=language))
    saved = default_storage.save(name, ContentFile(pdf))
    if saved != name:  # rendered concurrently: keep the first, drop ours
        default_storage.delete(saved)
    logger.info("Handout of module %s rendered (%s bytes)", module.pk, len(pdf))
    return name
