"""Open Badges 3.0: every certificate and attestation as a verifiable credential.

- `loader`: the JSON-LD contexts shipped here, served by pyld's frozen
  loader; nothing is fetched from the network.
- `keys`: the issuer's Ed25519 key, its `did:web` identifier and the DID
  document that publishes the current and the retired public keys.
- `proofs`: Data Integrity proofs with the `eddsa-rdfc-2022` cryptosuite.
- `build`: the `OpenBadgeCredential` of a certificate or an attestation.
- `status`: the Bitstring Status List that says which ones are revoked.
- `verify`: checks a credential with the published keys and the status list.
- `baking`: the credential inside a PNG (`iTXt`) or SVG badge image.
"""
