"""Demo certificate: the demo official holds one for the first English module.

Idempotent: `certificate_issue` returns the existing certificate.
"""

from core.models import User
from training.certificate_services import certificate_issue
from training.models import Certificate, TrainingModulePage


def load() -> Certificate | None:
    holder = User.objects.filter(email="official@passerelle.demo").first()
    issuer = User.objects.filter(email="coordinator@passerelle.demo").first()
    module = (
        TrainingModulePage.objects.live()
        .filter(slug="traffic-management", locale__language_code="en")
        .first()
    )
    if holder is None or module is None:
        return None
    certificate, _created = certificate_issue(holder=holder, module=module, issued_by=issuer)
    return certificate
