"""The `OpenBadgeCredential` (Open Badges 3.0 on the VC Data Model 2.0) of an
issued document: a certificate's achievement is its module, an attestation's
its mission. Built from the same plain data the PDF prints, in the holder's
language, then signed (`issue_credential`).
"""

import datetime as dt
import hashlib
import hmac

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from documents.attestations import AttestationDocument
from documents.certificates import CertificateDocument
from documents.credentials.keys import (
    issuer_did,
    public_key_multibase,
    signing_key,
    verification_method_id,
)
from documents.credentials.loader import OB_V3, VC_V2
from documents.credentials.proofs import add_proof

CREDENTIAL_TYPES = ["VerifiableCredential", "OpenBadgeCredential"]
SCHEMA_ID = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
)
ISSUER_NAME = "Passerelle"


def _date_time(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def identity_salt(number: str) -> str:
    """A salt per credential, stable for its number (re-rendering gives the same hash)."""
    return hmac.new(settings.SECRET_KEY.encode(), number.encode(), hashlib.sha256).hexdigest()[:16]


def identity_hash(email: str, salt: str) -> str:
    """`sha256$` + hex SHA-256 of the e-mail followed by the salt (OB 3.0 IdentityHash)."""
    return "sha256$" + hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()


def achievement_image() -> dict:
    """The badge wallets and profiles show for every Passerelle achievement."""
    return {
        "id": settings.SITE_URL.rstrip("/") + reverse("documents:badge_image"),
        "type": "Image",
        "caption": ISSUER_NAME,
    }


def issuer_profile() -> dict:
    """The programme as the credential's issuer: its DID resolves to the public keys."""
    return {
        "id": issuer_did(),
        "type": ["Profile"],
        "name": ISSUER_NAME,
        "url": settings.SITE_URL.rstrip("/") + "/",
        "description": _("Training and expertise exchange between partner cities."),
    }


def _certificate_achievement(document: CertificateDocument) -> tuple[dict, dict]:
    outcomes = "\n".join(f"- {outcome}" for outcome in document.outcomes)
    narrative = _(
        "Completed the %(hours)s-hour module “%(title)s” on Passerelle: its lessons and "
        "assessment, as the module's completion rule requires."
    ) % {"hours": document.hours, "title": document.module_title}
    achievement = {
        "id": document.achievement_url or f"{document.verification_url}#achievement",
        "type": ["Achievement"],
        "achievementType": "Course",
        "name": document.module_title,
        "description": document.summary or document.module_title,
        "criteria": {"narrative": narrative + (f"\n\n{outcomes}" if outcomes else "")},
        "inLanguage": document.language,
    }
    if document.domain:
        achievement["fieldOfStudy"] = document.domain
    if document.hours:
        achievement["tag"] = [_("%(hours)s hours") % {"hours": document.hours}]
    related = [
        {"id": url, "type": ["Related"], "inLanguage": language, "version": title}
        for language, title, url in document.translations
        if language != document.language and url
    ]
    if related:
        achievement["related"] = related
    return achievement, {}


def _attestation_achievement(document: AttestationDocument) -> tuple[dict, dict]:
    facts = {
        "title": document.mission_title,
        "city": document.partner_city,
        "start": document.start_date.isoformat(),
        "end": document.end_date.isoformat(),
        "role": document.role,
    }
    achievement = {
        "id": document.achievement_url or f"{document.verification_url}#achievement",
        "type": ["Achievement"],
        "achievementType": "Fieldwork",
        "name": document.mission_title,
        "description": _("Expertise mission “%(title)s” with %(city)s, from %(start)s to %(end)s.")
        % facts,
        "criteria": {
            "narrative": _(
                "Took part as %(role)s in the completed mission “%(title)s” with %(city)s, "
                "from %(start)s to %(end)s."
            )
            % facts
        },
        "inLanguage": document.language,
        "tag": [document.partner_city],
    }
    subject = {
        "role": document.role,
        "activityStartDate": _date_time(document.start_date),
        "activityEndDate": _date_time(document.end_date),
    }
    return achievement, subject


def build_credential(
    document: CertificateDocument | AttestationDocument, *, status: dict | None = None
) -> dict:
    """The unsigned credential of a certificate or an attestation."""
    with translation.override(document.language):
        if isinstance(document, CertificateDocument):
            achievement, subject_facts = _certificate_achievement(document)
            evidence_name = _("Certificate %(number)s") % {"number": document.number}
        else:
            achievement, subject_facts = _attestation_achievement(document)
            evidence_name = _("Mission attestation %(number)s") % {"number": document.number}
        achievement["image"] = achievement_image()
        subject = {"type": ["AchievementSubject"], "achievement": achievement, **subject_facts}
        if document.holder_name:
            subject["name"] = document.holder_name
        if document.holder_email:
            salt = identity_salt(document.number)
            subject["identifier"] = [
                {
                    "type": "IdentityObject",
                    "identityHash": identity_hash(document.holder_email, salt),
                    "identityType": "emailAddress",
                    "hashed": True,
                    "salt": salt,
                }
            ]
        credential = {
            "@context": [VC_V2, OB_V3],
            "id": document.verification_url,
            "type": CREDENTIAL_TYPES,
            "name": achievement["name"],
            "description": achievement["description"],
            "issuer": issuer_profile(),
            "validFrom": _date_time(document.issued_on),
            "credentialSubject": subject,
            "evidence": [
                {
                    "id": document.verification_url,
                    "type": ["Evidence"],
                    "name": evidence_name,
                    "description": _("Signed PDF issued by %(issuer)s on %(date)s.")
                    % {"issuer": document.issuer_name, "date": document.issued_on.isoformat()},
                }
            ],
            "credentialSchema": [{"id": SCHEMA_ID, "type": "1EdTechJsonSchemaValidator2019"}],
        }
    if status:
        credential["credentialStatus"] = status
    return credential


def sign_credential(credential: dict) -> dict:
    """`credential` with an `eddsa-rdfc-2022` proof by the current issuer key,
    in a list (Open Badges 3.0's schema wants `proof` to be one)."""
    key = signing_key()
    return add_proof(
        credential,
        key=key,
        verification_method=verification_method_id(public_key_multibase(key.public_key())),
        as_set=True,
    )


def issue_credential(
    document: CertificateDocument | AttestationDocument, *, status: dict | None = None
) -> dict:
    """The signed credential of `document`."""
    return sign_credential(build_credential(document, status=status))
