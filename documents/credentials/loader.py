"""The JSON-LD contexts the credentials use, shipped in `contexts/`.

pyld's `FrozenDocumentLoader` serves exactly these files and refuses any
other URL with a `JsonLdError`: canonicalising a credential never makes the
server (or a verifier) fetch anything, whatever its `@context` names.
"""

import functools
from pathlib import Path

from pyld.documentloader.frozen import FrozenDocumentLoader

CONTEXTS_DIR = Path(__file__).parent / "contexts"
VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"

CONTEXTS = {
    VC_V2: CONTEXTS_DIR / "credentials-v2.jsonld",
    OB_V3: CONTEXTS_DIR / "ob-v3p0-context-3.0.3.jsonld",
}


@functools.cache
def document_loader() -> FrozenDocumentLoader:
    """The only document loader credentials are processed with."""
    return FrozenDocumentLoader(documents=CONTEXTS)
