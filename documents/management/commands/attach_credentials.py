"""manage.py attach_credentials: give documents issued before Open Badges
credentials existed their credential (their PDF is rendered and signed again)."""

from django.core.management.base import BaseCommand

from documents.registry import kinds
from documents.services import document_attach_credential


class Command(BaseCommand):
    help = (
        "Render again, with its Open Badges credential attached, the PDF of every valid "
        "certificate and attestation that has none; prints how many were done."
    )

    def handle(self, *args, **options):
        done = 0
        for kind in kinds():
            documents = kind.model.objects.valid().exclude(pdf="").order_by("pk")
            for document in documents.iterator(chunk_size=100):
                if document_attach_credential(document=document):
                    done += 1
                    self.stdout.write(f"{document.number}: credential attached")
        self.stdout.write(f"{done} document(s) given a credential")
