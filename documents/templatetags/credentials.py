"""`{% credential_links document %}`: "Add to LinkedIn profile" and "Download for a wallet"."""

from urllib.parse import urlencode

from django import template

from documents.certificates import verification_url
from documents.registry import kind_for_model

register = template.Library()

LINKEDIN_ADD = "https://www.linkedin.com/profile/add"
ORGANISATION = "Passerelle"


def linkedin_url(document) -> str:
    """LinkedIn's public add-to-profile link: name, organisation, issue date, URL and id.

    The URL is the one printed on the document (and in its QR code and
    credential): its verification page in the document's language, whatever
    language the holder is reading the site in."""
    kind = kind_for_model(type(document))
    name = getattr(document, f"{kind.subject}_title", "") or document.number
    query = {
        "startTask": "CERTIFICATION_NAME",
        "name": name,
        "organizationName": ORGANISATION,
        "issueYear": document.issued_on.year,
        "issueMonth": document.issued_on.month,
        "certUrl": verification_url(document.code, document.language),
        "certId": document.number,
    }
    return f"{LINKEDIN_ADD}?{urlencode(query)}"


@register.inclusion_tag("documents/includes/credential_links.html")
def credential_links(document):
    return {"document": document, "linkedin_url": linkedin_url(document)}
