"""An official who reads Khmer (or Portuguese) follows the demo's traffic
module from the login to the certificate without leaving their language: the
catalogue, the lessons, the assessment, the e-mail, the certificate PDF (read
back with pdftotext: its wording, not only the name and the title) and the
public verification page that the address printed on it and its QR code open."""

import io
import json
import re
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from playwright.sync_api import expect
from pypdf import PdfReader

from django.core import mail
from django.utils import translation

from documents.signing import embedded_file
from documents.tests.conftest import pdf_to_image
from training.demo_content import TRAFFIC

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

#: What the certificate template says (msgctxt "certificate"), in English.
CERTIFICATE_SENTENCES = (
    "Certificate of completion",
    "This certifies that",
    "has completed the training module",
    "Learning outcomes",
    "Issued by",
    "Check this certificate at",
)
#: Those looked for in the holder's language. WeasyPrint maps each glyph of a
#: font to the text of the first cluster it drew it in, so Khmer glyphs shared
#: between stacked clusters read back as other letters (docs/documents.md):
#: the heading and the lead come first on the page and read back intact; the
#: later sentences may not.
CERTIFICATE_WORDING = {
    "pt": CERTIFICATE_SENTENCES,
    "km": ("Certificate of completion", "This certifies that"),
}
#: The module's title as pdftotext finds it: in Khmer, its first words
#: ("Traffic management"); the attached data holds it whole.
PRINTED_TITLE = {"pt": TRAFFIC["pt"]["title"], "km": "ការគ្រប់គ្រងចរាចរណ៍"}
PASSWORD = "correct horse battery staple"  # UserFactory's


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def in_language(language: str, text: str, context: str | None = None) -> str:
    with translation.override(language):
        return translation.pgettext(context, text) if context else translation.gettext(text)


def squeezed(text: str) -> str:
    """pdftotext may put a space inside a Khmer word or break a line, and the
    print style capitalises some headings: compare without whitespace or case."""
    return re.sub(r"\s+", "", text).casefold()


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        # -raw: in the order drawn, which keeps a Khmer subscript after its base.
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.mark.parametrize("language", ["km", "pt"])
def test_an_official_gets_the_certificate_in_their_language(
    language, live_server, page, settings, tmp_path
):
    from core import demo as core_demo
    from core.factories import UserFactory
    from core.roles import Role
    from training import demo as training_demo
    from training.models import Certificate, TrainingModulePage

    # The address printed on the certificate (and in its QR code) is this server's.
    settings.SITE_URL = live_server.url
    core_demo.load()
    training_demo.load()
    official = UserFactory(
        roles=[Role.OFFICIAL],
        first_name="Sokha",
        last_name="Chan",
        preferred_language=language,
        password=PASSWORD,
    )
    page.set_default_timeout(15_000)

    def says(text: str, context: str | None = None) -> str:
        return in_language(language, text, context)

    title = TRAFFIC[language]["title"]
    module = TrainingModulePage.objects.get(
        slug="traffic-management", locale__language_code=language
    )

    # They log in from the home page, in English like any first visit, and
    # land on My Passerelle in their language; the catalogue is in it too.
    page.goto(live_server.url)
    page.get_by_role("link", name="Log in").click()
    page.get_by_label("Email").fill(official.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(f"{live_server.url}/{language}/me/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    page.get_by_role("navigation", name=says("Main")).get_by_role(
        "link", name=says("Training")
    ).click()
    expect(page).to_have_url(f"{live_server.url}/{language}/training/")
    page.get_by_role("link", name=title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    page.get_by_role("button", name=says("Enrol (self-paced)")).click()

    # Every lesson, in their language, marked done one after the other.
    lessons = [lesson[language]["title"] for lesson in TRAFFIC["lessons"]]
    page.get_by_role("link", name=lessons[0]).first.click()
    for lesson in lessons:
        expect(page.get_by_role("heading", level=1)).to_have_text(lesson)
        expect(page.locator("html")).to_have_attribute("lang", language)
        page.get_by_role("button", name=says("Mark as done")).click()
        expect(page.get_by_role("status")).to_contain_text(says("Lesson marked as done."))
    # Back on the module page after the last one, every lesson ticked.
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator(".lesson-list li", has_text="✓")).to_have_count(len(lessons))

    # The assessment, in their language, answered right: the correct choices
    # are the ones the module's questions (as the editors set them) mark so.
    page.get_by_role("link", name=says("Take the assessment")).click()
    expect(page.locator("html")).to_have_attribute("lang", language)
    questions = module.assessment_questions()
    assert [question.text for question in questions] == [
        question[language]["text"] for question in TRAFFIC["questions"]
    ]
    for question in questions:
        assert question.correct
        group = page.get_by_role("group", name=question.text)
        for index in question.correct:
            group.get_by_label(question.choices[index], exact=True).check()
    page.get_by_role("button", name=says("Submit my answers")).click()
    expect(page.get_by_role("status")).to_contain_text(
        says("You passed with %(score)s%%.") % {"score": 100}
    )

    # Completed: the certificate was issued at once (tasks run inline in tests),
    # the e-mail saying so is in their language and links the pages in it.
    certificate = Certificate.objects.get(holder=official)
    assert certificate.language == language
    verify_url = f"{live_server.url}/{language}/verify/{certificate.code}/"
    (message,) = (message for message in mail.outbox if message.to == [official.email])
    assert message.subject == says("Your certificate: %(title)s") % {"title": title}
    assert verify_url in message.body
    assert f"{live_server.url}/{language}/certificates/{certificate.number}.pdf" in message.body
    expect(page.get_by_role("link", name=says("Its public verification page"))).to_have_attribute(
        "href", f"/{language}/verify/{certificate.code}/"
    )
    # Back on the module page (the breadcrumb), completed; the PDF is downloaded there.
    page.get_by_role("navigation", name=says("Breadcrumbs")).get_by_role("link", name=title).click()
    expect(page).to_have_url(re.compile(re.escape(f"{live_server.url}/{language}/training/")))
    panel = page.locator(".enrolment-panel")
    expect(panel).to_contain_text(says("You have completed this module."))
    expect(panel).to_contain_text(says("Your certificate is ready."))
    with page.expect_download() as download:
        panel.get_by_role("link", name=says("Download the certificate (PDF)")).click()
    pdf = Path(download.value.path()).read_bytes()
    assert PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"] == language

    printed = pdf_text(pdf, tmp_path)
    text = squeezed(printed)
    assert "sokhachan" in text
    assert squeezed(PRINTED_TITLE[language]) in text
    assert TRAFFIC[language]["title"].startswith(PRINTED_TITLE[language])
    for phrase in CERTIFICATE_WORDING[language]:
        translated = says(phrase, "certificate")
        assert translated != phrase, f"{phrase!r} is not translated into {language}"
        assert squeezed(translated) in text
    for phrase in CERTIFICATE_SENTENCES:
        assert squeezed(phrase) not in text
    # The data attached to the PDF (under its signature) holds the whole title.
    data = json.loads(embedded_file(pdf, "certificate.json"))
    assert (data["language"], data["module_title"]) == (language, title)

    # The address printed under "Check this certificate at", and the one its
    # QR code holds (scanned off the rendered page), open the verification
    # page in the certificate's language.
    address = re.search(re.escape(live_server.url) + r"/\S+/verify/[\w-]+/", printed)
    assert address, printed
    assert address[0] == verify_url
    [qr] = zxingcpp.read_barcodes(pdf_to_image(pdf, dpi=150))
    assert qr.text == verify_url
    page.context.clear_cookies()  # anybody, with no account
    page.goto(qr.text)
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("heading", level=1)).to_have_text(says("Certificate verification"))
    status = page.locator(".certificate-status")
    expect(status).to_contain_text(says("Valid"))
    expect(status).to_contain_text(
        says("this certificate was issued by Passerelle and has not been revoked.")
    )
    expect(status).not_to_contain_text("Valid")
    expect(page.get_by_text(title)).to_be_visible()
