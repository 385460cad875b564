"""Revocation as a W3C Bitstring Status List (`BitstringStatusListEntry`).

Each issued document gets an entry (`CredentialStatusEntry`) when its PDF is
rendered; its credential names the list and the bit. The list credential
is built from the register on each request (a revoked document's bit is
1), signed like the credentials, and served at `documents:status_list`.
"""

import base64
import datetime as dt
import gzip

from django.conf import settings
from django.db.models import Q
from django.urls import reverse

from documents.credentials.build import sign_credential
from documents.credentials.keys import issuer_did
from documents.credentials.loader import VC_V2
from documents.models import STATUS_LIST_SIZE, CredentialStatusEntry
from documents.registry import kinds

PURPOSE = "revocation"


def status_list_url(status_list: int) -> str:
    return settings.SITE_URL.rstrip("/") + reverse(
        "documents:status_list", kwargs={"status_list": status_list}
    )


def status_entry(number: str) -> CredentialStatusEntry:
    """The document's entry, created on first use (a retried issue keeps its bit)."""
    entry, _ = CredentialStatusEntry.objects.get_or_create(number=number)
    return entry


def credential_status(entry: CredentialStatusEntry) -> dict:
    """The `credentialStatus` of the credential of `entry`'s document."""
    url = status_list_url(entry.status_list)
    return {
        "id": f"{url}#{entry.index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": PURPOSE,
        "statusListIndex": str(entry.index),
        "statusListCredential": url,
    }


def revoked_indexes(status_list: int) -> list[int]:
    """The bits set in `status_list`: entries of revoked documents of every kind."""
    first = (status_list - 1) * STATUS_LIST_SIZE + 1
    in_list = Q(pk__gte=first, pk__lt=first + STATUS_LIST_SIZE)
    revoked = Q(pk__in=[])
    for kind in kinds():
        numbers = kind.model.objects.filter(revoked_at__isnull=False).values("number")
        revoked |= Q(number__in=numbers)
    pks = CredentialStatusEntry.objects.filter(in_list & revoked).values_list("pk", flat=True)
    return sorted(pk - first for pk in pks)


def encode_bits(indexes: list[int], size: int = STATUS_LIST_SIZE) -> str:
    """Multibase base64url (`u…`, no padding) of the GZIP of the bitstring;
    index 0 is the left-most bit of the first byte."""
    bits = bytearray(size // 8)
    for index in indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode("ascii")


def decode_bits(encoded: str) -> bytes:
    """The bitstring of an `encodedList` (ValueError when it is not one)."""
    if not encoded.startswith("u"):
        raise ValueError("encodedList is not base64url multibase")
    data = encoded[1:]
    return gzip.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))


def bit_is_set(bits: bytes, index: int) -> bool:
    if not 0 <= index < len(bits) * 8:
        raise ValueError("statusListIndex outside the list")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def status_list_credential(status_list: int) -> dict:
    """The signed `BitstringStatusListCredential` of list `status_list`."""
    url = status_list_url(status_list)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    credential = {
        "@context": [VC_V2],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_did(),
        "validFrom": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": PURPOSE,
            "encodedList": encode_bits(revoked_indexes(status_list)),
        },
    }
    return sign_credential(credential)
