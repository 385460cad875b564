"""Signed documents validate; anything else is named for what it is."""

import asyncio
import hashlib
import io
import re
import subprocess

import pytest
from asn1crypto import tsp
from pyhanko.pdf_utils.generic import TextStringObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers

from django.test import override_settings

from documents import signing
from documents.certificates import render_certificate
from documents.signing import check_signature, sign_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def unsigned_pdf(make_certificate):
    return render_certificate(make_certificate(), sign=False)


def test_platform_signature_is_valid(unsigned_pdf):
    check = check_signature(sign_pdf(unsigned_pdf))

    assert check.ok, check.problem
    assert "Passerelle" in check.signer
    assert check.signed_at is not None


def test_the_signature_is_a_pades_one(unsigned_pdf):
    signed = sign_pdf(unsigned_pdf)
    signature = PdfFileReader(io.BytesIO(signed), strict=False).embedded_signatures[-1]

    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert signature.field_name == signing.SIGNATURE_FIELD


def test_poppler_also_reports_the_signature_valid(unsigned_pdf, tmp_path):
    path = tmp_path / "signed.pdf"
    path.write_bytes(sign_pdf(unsigned_pdf))

    output = subprocess.run(  # noqa: S603
        ["pdfsig", str(path)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    assert "Signature is Valid" in output
    assert "Total document signed" in output


def test_unsigned_pdf_is_reported_unsigned(unsigned_pdf):
    assert check_signature(unsigned_pdf).problem.startswith("unsigned")


def test_one_changed_byte_is_reported_tampered(unsigned_pdf):
    signed = bytearray(sign_pdf(unsigned_pdf))
    signed[len(signed) // 3] ^= 0x01

    assert check_signature(bytes(signed)).problem.startswith("tampered")


def test_update_appended_after_signing_is_reported(unsigned_pdf):
    writer = IncrementalPdfFileWriter(io.BytesIO(sign_pdf(unsigned_pdf)), strict=False)
    writer.root["/Lang"] = TextStringObject("xx")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)

    assert check_signature(out.getvalue()).problem == (
        "tampered: the file was changed after it was signed"
    )


def test_signature_by_another_key_is_untrusted(unsigned_pdf, tmp_path):
    with override_settings(
        DOCUMENT_SIGNING_KEY=tmp_path / "other-key.pem",
        DOCUMENT_SIGNING_CERT=tmp_path / "other-cert.pem",
    ):
        forged = sign_pdf(unsigned_pdf)

    assert check_signature(forged).problem.startswith("untrusted")


def test_garbage_is_reported_damaged():
    assert check_signature(b"not a pdf at all").problem.startswith("damaged")


def test_missing_key_without_self_signing_refuses_to_sign(unsigned_pdf, settings, tmp_path):
    settings.DOCUMENT_SIGNING_KEY = tmp_path / "absent-key.pem"
    settings.DOCUMENT_SIGNING_CERT = tmp_path / "absent-cert.pem"
    settings.DOCUMENT_SIGNING_SELF_SIGNED = False

    with pytest.raises(signing.SigningKeyMissing):
        sign_pdf(unsigned_pdf)


def test_a_changed_byte_in_the_signed_ranges_or_the_padding_is_detected(unsigned_pdf):
    signed = sign_pdf(unsigned_pdf)
    match = re.search(rb"/ByteRange \[(\d+) (\d+) (\d+) (\d+)", signed)
    _, first_length, second_start, _ = map(int, match.groups())
    covered = [*range(0, first_length), *range(second_start, len(signed))]
    positions = {
        *covered[:: len(covered) // 60],  # across everything the digest covers
        second_start - 3,  # the signature container's zero padding
        second_start - 2000,
    }

    for position in sorted(positions):
        changed = bytearray(signed)
        changed[position] ^= 0x01
        assert not check_signature(bytes(changed)).ok, f"byte {position} changed unnoticed"


def test_signing_and_checking_work_inside_a_running_event_loop(unsigned_pdf):
    async def inside_a_loop():
        signed = sign_pdf(unsigned_pdf)
        return check_signature(signed)

    assert asyncio.run(inside_a_loop()).ok


def test_the_signer_is_loaded_once_and_follows_a_key_change(unsigned_pdf, tmp_path):
    assert signing.platform_signer() is signing.platform_signer()
    with override_settings(
        DOCUMENT_SIGNING_KEY=tmp_path / "other-key.pem",
        DOCUMENT_SIGNING_CERT=tmp_path / "other-cert.pem",
    ):
        other = signing.platform_signer()
        forged = sign_pdf(unsigned_pdf)

    assert other is not signing.platform_signer()
    # The other key's signature names the other certificate, not the platform's.
    assert check_signature(forged).problem.startswith("untrusted")


def _signed_attributes(pdf: bytes) -> dict[str, bytes]:
    signature = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures[-1]
    return {
        attribute["type"].native: attribute["values"][0].dump()
        for attribute in signature.signer_info["signed_attrs"]
    }


def test_the_signed_attributes_are_pyhankos_own_for_pades(unsigned_pdf):
    """The platform signer keeps pyHanko's signing-certificate-v2 value as DER;
    the attributes signed are what pyHanko's stock PAdES signer signs."""
    key_path, cert_path = signing.ensure_signing_pair()
    stock = signers.SimpleSigner.load(str(key_path), str(cert_path))
    writer = IncrementalPdfFileWriter(io.BytesIO(unsigned_pdf), strict=False)
    metadata = signers.PdfSignatureMetadata(
        field_name=signing.SIGNATURE_FIELD,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    by_stock = signers.PdfSigner(metadata, signer=stock).sign_pdf(writer).getvalue()

    ours, theirs = _signed_attributes(sign_pdf(unsigned_pdf)), _signed_attributes(by_stock)

    assert set(ours) == set(theirs) == {"content_type", "message_digest", "signing_certificate_v2"}
    assert ours["signing_certificate_v2"] == theirs["signing_certificate_v2"]
    [certificate_id] = tsp.SigningCertificateV2.load(ours["signing_certificate_v2"])["certs"]
    assert certificate_id["cert_hash"].native == hashlib.sha256(stock.signing_cert.dump()).digest()


def test_every_signature_signs_its_own_digest(unsigned_pdf, make_certificate):
    other = render_certificate(make_certificate(holder_name="Ana Souza"), sign=False)

    first, second = sign_pdf(unsigned_pdf), sign_pdf(other)

    assert check_signature(first).ok and check_signature(second).ok
    digests = [_signed_attributes(pdf)["message_digest"] for pdf in (first, second)]
    assert digests[0] != digests[1]
