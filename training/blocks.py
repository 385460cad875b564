"""The shared StreamField block set for lesson content.

Every block declares its icon, template, description and a preview value
for the admin's block picker. Display logic lives in value classes, not
in the templates.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

PREVIEW_TEXT = (
    "<p>Traffic signals share time between the movements at a junction. A good plan "
    "gives each movement the green time its flow needs, and no more.</p>"
)


class RichTextBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "blocks/rich_text.html"
        label = _("Text")
        description = _("Paragraphs, headings, lists and links.")
        preview_value = PREVIEW_TEXT
        features = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)
    credit = blocks.CharBlock(label=_("credit"), required=False)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")
        description = _("An image with a caption and a credit.")
        preview_value = {"caption": "A signalised junction in Phnom Penh", "credit": "Passerelle"}


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video URL"), help_text=_("A YouTube or Vimeo address."))
    caption = blocks.CharBlock(label=_("caption"), required=False)
    transcript = blocks.TextBlock(label=_("transcript"), required=False)

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        label = _("Video")
        description = _("An embedded video with a caption and an optional transcript.")
        preview_value = {"caption": "How a junction is timed", "transcript": ""}


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), required=False)
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Document download")
        description = _("A handout, a template or a report the learner can download.")
        preview_value = {"title": "Junction survey form", "description": "One page, PDF."}


class KeyFigure(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("figure"), max_length=30)
    label = blocks.CharBlock(label=_("what it measures"), max_length=160)


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False)
    figures = blocks.ListBlock(KeyFigure(), label=_("figures"), min_num=1)
    source = blocks.CharBlock(label=_("source"), required=False)

    class Meta:
        icon = "table"
        template = "blocks/key_figures.html"
        label = _("Key figures")
        description = _("A few numbers that matter, each with what it measures.")
        preview_value = {
            "title": "Paris in figures",
            "figures": [
                {"figure": "1,800", "label": "signalised junctions"},
                {"figure": "24/7", "label": "traffic control centre"},
            ],
        }


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    city = blocks.CharBlock(label=_("city"))
    year = blocks.IntegerBlock(label=_("year"), min_value=1900, max_value=2100, required=False)
    situation = blocks.RichTextBlock(label=_("situation"), features=["bold", "italic", "link"])
    outcome = blocks.RichTextBlock(label=_("outcome"), features=["bold", "italic", "link"])

    class Meta:
        icon = "site"
        template = "blocks/case_study.html"
        label = _("Case study")
        description = _("What a city did, and what came of it.")
        preview_value = {
            "title": "Retiming the central boulevards",
            "city": "Phnom Penh",
            "year": 2006,
            "situation": "<p>Queues blocked the junctions at rush hour.</p>",
            "outcome": "<p>Journey times fell once the plans followed the flows.</p>",
        }


class CalloutValue(blocks.StructValue):
    @property
    def css_modifier(self) -> str:
        return f"callout--{self.get('kind') or 'info'}"

    @property
    def heading(self) -> str:
        return self.get("title") or str(dict(CALLOUT_KINDS)[self.get("kind") or "info"])


CALLOUT_KINDS = [
    ("info", _("Good to know")),
    ("tip", _("Tip")),
    ("warning", _("Watch out")),
]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=CALLOUT_KINDS, default="info", label=_("kind"))
    title = blocks.CharBlock(label=_("title"), required=False)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"
        label = _("Callout")
        description = _("A highlighted note: a tip, a warning or something good to know.")
        value_class = CalloutValue
        preview_value = {
            "kind": "tip",
            "text": "<p>Count the traffic before you change a signal plan.</p>",
        }


class ExerciseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    instructions = blocks.RichTextBlock(
        label=_("instructions"), features=["bold", "italic", "ol", "ul", "link"]
    )
    duration_minutes = blocks.IntegerBlock(
        label=_("duration (minutes)"), min_value=1, required=False
    )

    class Meta:
        icon = "tasks"
        template = "blocks/exercise.html"
        label = _("Try it at home")
        description = _("A short exercise to do in the learner's own city.")
        preview_value = {
            "title": "Count a junction",
            "instructions": "<p>Count the vehicles at a busy junction for 15 minutes.</p>",
            "duration_minutes": 30,
        }


class LessonStreamBlock(blocks.StreamBlock):
    """The one block set lessons (and any other rich page) are built from."""

    text = RichTextBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    key_figures = KeyFiguresBlock()
    case_study = CaseStudyBlock()
    callout = CalloutBlock()
    exercise = ExerciseBlock()
