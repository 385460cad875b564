"""Printable documents: one rendering module for every PDF Passerelle makes.

- ``render``: HTML template + print CSS -> PDF with WeasyPrint, one font
  configuration per process, a URL fetcher limited to our own files.
- ``qr``: QR codes as inline SVG.
- ``signing``: PAdES signatures with the platform key, and their validation.
- ``certificates``: certificate numbers, verification codes and the
  data-only certificate document.
- ``attestations``: the data-only mission attestation (numbered, signed and
  verified like a certificate).
- ``handouts``: the data-only module handout and its cache key.
"""
