"""PAdES signatures with the platform's key and certificate, and their checks.

The key and certificate are PEM files whose paths come from settings
(``DOCUMENT_SIGNING_KEY`` / ``DOCUMENT_SIGNING_CERT`` in the environment).
When ``DOCUMENT_SIGNING_SELF_SIGNED`` is on (development, tests) and the files
do not exist, a self-signed pair is created on first use.

Validation trusts exactly the platform certificate (plus any extra roots in
``DOCUMENT_SIGNING_TRUST_ROOTS``): a document signed by anybody else, changed
after signing, or not signed at all does not pass.
"""

import asyncio
import datetime as dt
import fcntl
import functools
import io
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.metadata import model as metadata_model
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import attributes, fields, signers
from pyhanko.sign.general import as_signing_certificate_v2
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

SIGNATURE_FIELD = "PasserelleSignature"
BYTES_RESERVED = 8192


class SigningKeyMissing(ImproperlyConfigured):
    pass


@dataclass(frozen=True)
class SignatureCheck:
    """The outcome of checking a PDF's signature. ``problem`` is None when valid."""

    problem: str | None
    signer: str = ""
    signed_at: dt.datetime | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def create_self_signed_pair(key_path: Path, cert_path: Path, *, common_name: str) -> None:
    """Write a new EC P-256 key and a 10-year self-signed certificate (PEM)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Passerelle (development)"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    key_path.parent.mkdir(parents=True, exist_ok=True)
    cert_path.parent.mkdir(parents=True, exist_ok=True)
    key_bytes = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    write_atomically(key_path, key_bytes, mode=0o600)
    write_atomically(cert_path, cert.public_bytes(serialization.Encoding.PEM), mode=0o644)


def write_atomically(path: Path, data: bytes, *, mode: int) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, path)


def ensure_signing_pair() -> tuple[Path, Path]:
    """Return (key path, certificate path), creating a dev pair if allowed."""
    key_path = Path(settings.DOCUMENT_SIGNING_KEY)
    cert_path = Path(settings.DOCUMENT_SIGNING_CERT)
    if key_path.exists() and cert_path.exists():
        return key_path, cert_path
    if not settings.DOCUMENT_SIGNING_SELF_SIGNED:
        raise SigningKeyMissing(
            f"Document signing key {key_path} or certificate {cert_path} is missing; "
            "set DOCUMENT_SIGNING_KEY and DOCUMENT_SIGNING_CERT."
        )
    key_path.parent.mkdir(parents=True, exist_ok=True)
    # Two processes starting together must not write a key and a
    # certificate that do not belong together.
    with open(key_path.parent / ".signing.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (key_path.exists() and cert_path.exists()):
            create_self_signed_pair(key_path, cert_path, common_name="Passerelle document signing")
    return key_path, cert_path


class KeptSigningCertificate(attributes.SigningCertificateV2Provider):
    """pyHanko's signing-certificate-v2 attribute, built by pyHanko once per
    certificate and handed back as parsed DER for every signature.

    The value is the same for every signature by one certificate. asn1crypto
    serialises a value it was given as Python objects again on each of the
    twenty or so times pyHanko encodes the signed attributes (7 ms of a 12 ms
    signature), but one it parsed from DER only once.
    """

    def __init__(self, signing_cert: asn1_x509.Certificate):
        super().__init__(signing_cert)
        self._der = as_signing_certificate_v2(signing_cert).dump()

    async def build_attr_value(self, dry_run=False) -> tsp.SigningCertificateV2:
        return tsp.SigningCertificateV2.load(self._der)


class PadesSignedAttributes(attributes.SignedAttributeProviderSpec):
    """The signed attributes of a PAdES signature beside the content type and
    message digest pyHanko always adds: signing-certificate-v2, and no signing
    time (PAdES forbids it: the time is the signature dictionary's /M), as
    pyHanko's own PAdES choice gives them."""

    def __init__(self, signing_cert: asn1_x509.Certificate):
        self.signing_certificate = KeptSigningCertificate(signing_cert)

    def signed_attr_providers(self, data_digest: bytes, digest_algorithm: str):
        yield self.signing_certificate


@functools.cache
def _signer(key_path: str, cert_path: str) -> signers.SimpleSigner:
    """pyHanko's stock signer for the platform key, loaded once per process."""
    signer = signers.SimpleSigner.load(key_path, cert_path)
    if signer is None:
        raise SigningKeyMissing(f"Could not load the signing key {key_path} / {cert_path}")
    signer.signed_attr_prov_spec = PadesSignedAttributes(signer.signing_cert)
    return signer


def platform_signer() -> signers.SimpleSigner:
    key_path, cert_path = ensure_signing_pair()
    return _signer(str(key_path), str(cert_path))


@functools.cache
def _trust_roots(cert_path: str, extra: tuple[str, ...]) -> tuple[asn1_x509.Certificate, ...]:
    roots = []
    for path in (cert_path, *extra):
        pem = Path(path).read_bytes()
        cert = x509.load_pem_x509_certificate(pem)
        roots.append(asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)))
    return tuple(roots)


def validation_context() -> ValidationContext:
    _, cert_path = ensure_signing_pair()
    extra = tuple(str(p) for p in settings.DOCUMENT_SIGNING_TRUST_ROOTS)
    return ValidationContext(
        trust_roots=list(_trust_roots(str(cert_path), extra)), allow_fetching=False
    )


def _outside_event_loop(function, *args, **kwargs):
    """Call one of pyHanko's synchronous wrappers (they use ``asyncio.run``).

    When this thread already runs an event loop (an async context, or a test
    session driving a browser), ``asyncio.run`` refuses: run in a worker
    thread instead.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return function(*args, **kwargs)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args, **kwargs).result()


def sign_pdf(pdf: bytes, *, reason: str = "", location: str = "") -> bytes:
    """Return ``pdf`` with a PAdES signature by the platform, as one incremental update."""
    metadata = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason or None,
        location=location or None,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    _align_producer(writer)
    output = _outside_event_loop(
        signers.PdfSigner(metadata, signer=platform_signer()).sign_pdf,
        writer,
        bytes_reserved=BYTES_RESERVED,
    )
    return output.getvalue()


def _align_producer(writer: IncrementalPdfFileWriter) -> None:
    """Keep the Info dictionary equal to the XMP metadata (a PDF/A rule).

    pyHanko rewrites XMP ``pdf:Producer`` to its own name but appends it to
    the Info ``/Producer``; giving Info the same value keeps them equal.
    """
    try:
        reference = writer.trailer.raw_get("/Info")
    except KeyError:
        return
    reference.get_object()["/Producer"] = generic.TextStringObject(metadata_model.VENDOR)
    writer.mark_update(reference)


def check_signature(pdf: bytes) -> SignatureCheck:
    """Check that ``pdf`` carries an intact platform signature covering the whole file."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:  # pyHanko raises many kinds on a damaged file.
        return SignatureCheck(problem=f"damaged: not a readable PDF ({exc.__class__.__name__})")
    if not signatures:
        return SignatureCheck(problem="unsigned: the file carries no digital signature")
    signature = signatures[-1]
    try:
        # Any later revision is refused below, so the costly diff analysis is skipped.
        status = _outside_event_loop(
            validate_pdf_signature, signature, validation_context(), skip_diff=True
        )
    except Exception as exc:
        return SignatureCheck(
            problem=f"tampered: the signature cannot be checked ({exc.__class__.__name__})"
        )
    signer = status.signing_cert.subject.human_friendly if status.signing_cert else ""
    signed_at = status.signer_reported_dt
    if not _contents_padding_is_clean(pdf, signature.sig_object):
        problem = "tampered: bytes were changed inside the signature container"
    elif not status.intact:
        problem = "tampered: the content does not match its signature"
    elif not status.valid:
        problem = "tampered: the signature value is invalid"
    elif status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        problem = "tampered: the file was changed after it was signed"
    elif not status.trusted:
        problem = "untrusted: not signed by this platform's certificate"
    else:
        problem = None
    return SignatureCheck(problem=problem, signer=signer, signed_at=signed_at)


def _der_length(data: bytes) -> int | None:
    """Total length of the DER element at the start of ``data``."""
    if len(data) < 2 or data[0] != 0x30:
        return None
    first = data[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(data) < 2 + count:
        return None
    return 2 + count + int.from_bytes(data[2 : 2 + count], "big")


def _contents_padding_is_clean(pdf: bytes, sig_object) -> bool:
    """The signature value is not covered by its own digest; only its
    padding could change unnoticed. Require it to be the zeros pyHanko wrote.
    """
    try:
        _, first_length, second_start, _ = (int(n) for n in sig_object["/ByteRange"])
    except (KeyError, TypeError, ValueError):
        return False
    hex_text = pdf[first_length + 1 : second_start - 1]
    try:
        raw = bytes.fromhex(hex_text.decode("ascii"))
    except ValueError:
        return False
    der_length = _der_length(raw)
    if der_length is None or der_length > len(raw):
        return False
    return set(hex_text[2 * der_length :]) <= {ord("0")}


def embedded_file(pdf: bytes, name: str) -> bytes | None:
    """Return the content of the file attachment called ``name``, if any."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    names_tree = reader.root.get("/Names")
    if names_tree is None or "/EmbeddedFiles" not in names_tree:
        return None
    entries = names_tree["/EmbeddedFiles"].get("/Names", [])
    for index in range(0, len(entries) - 1, 2):
        if str(entries[index]) == name:
            return entries[index + 1]["/EF"]["/F"].data
    return None
