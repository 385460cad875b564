import datetime as dt
import io
import subprocess
from decimal import Decimal

import pytest
from PIL import Image

from documents.certificates import CertificateDocument, new_verification_code

KHMER_NAME = "សុខ សុភា"  # Sok Sophea: no stacked consonants, so text extraction is exact


@pytest.fixture
def make_certificate():
    def make(**overrides) -> CertificateDocument:
        data = {
            "number": "PSL-2026-000123",
            "code": new_verification_code(),
            "holder_name": f"{KHMER_NAME} (Sophea Sok)",
            "module_title": "Urban waste management",
            "hours": Decimal("12"),
            "issued_on": dt.date(2026, 11, 29),
            "issuer_name": "Claire Martin",
            "language": "en",
        }
        data.update(overrides)
        return CertificateDocument(**data)

    return make


def pdf_text(pdf: bytes) -> str:
    """The text poppler extracts from a PDF (pdftotext, layout order)."""
    result = subprocess.run(  # noqa: S603
        ["pdftotext", "-enc", "UTF-8", "-", "-"],  # noqa: S607
        input=pdf,
        capture_output=True,
        check=True,
    )
    return result.stdout.decode()


def pdf_to_image(pdf: bytes, *, dpi: int = 100) -> Image.Image:
    """The first page as a greyscale image (pdftoppm)."""
    result = subprocess.run(  # noqa: S603
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", "1", "-l", "1", "-"],  # noqa: S607
        input=pdf,
        capture_output=True,
        check=True,
    )
    return Image.open(io.BytesIO(result.stdout)).convert("L")
